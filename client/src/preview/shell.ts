/**
 * The preview webview's own page: a fresh nonce per load, a Content
 * Security Policy that lets in only our stylesheet and our one script (by
 * nonce), and an empty container. The document's HTML never goes into this
 * page's source; it arrives later by postMessage, already sanitised by the
 * server, and preview.js inserts it as inert DOM.
 */

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  /** `asWebviewUri` of media/preview.css and media/preview.js. */
  styleUri: string;
  scriptUri: string;
  nonce?: string;
}

const NONCE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function newNonce(): string {
  // Web Crypto: the same in a Node extension host and in the browser's.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => NONCE_CHARS[b % NONCE_CHARS.length]).join('');
}

export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function previewShell(o: ShellOptions): string {
  const nonce = o.nonce ?? newNonce();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(previewCsp(o.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(o.styleUri)}">
<title>Press-release preview</title>
</head>
<body class="prfaq-preview">
<main id="prfaq-root" aria-live="polite"><p class="prfaq-message">Drawing the press release…</p></main>
<script nonce="${nonce}" src="${attr(o.scriptUri)}"></script>
</body>
</html>`;
}
