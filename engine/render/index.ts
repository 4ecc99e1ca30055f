/**
 * The renderer: the document model → HTML of the press release and its
 * FAQs. Pure (no editor, no file system); the language server uses it for
 * the editor's preview and the CLI for `prfaq render`, so both show the same
 * thing. Text from the document only ever reaches the output through the
 * sanitiser (schema.ts) and hast-util-to-html's escaping.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { DEFAULT_CONFIG, type PrfaqConfig } from '../config/types.js';
import type { DocKind, DocModel } from '../model/types.js';
import { budgetElement, budgetFor, type Budget } from './budget.js';
import { layOut } from './document.js';

export type { Budget } from './budget.js';

export interface RenderedDocument {
  kind: DocKind | null;
  /** The headline (or first heading) as plain text. */
  title: string;
  /** The page-budget meter followed by the `<article>`: a fragment for the preview's body. */
  html: string;
  budget: Budget | null;
}

export function renderDocument(model: DocModel, config: PrfaqConfig = DEFAULT_CONFIG): RenderedDocument {
  const { article, title } = layOut(model);
  const budget = budgetFor(model, config);
  const children: Element[] = budget ? [budgetElement(budget), article] : [article];
  return { kind: model.kind, title, html: toHtml({ type: 'root', children }), budget };
}

export interface StandaloneOptions {
  /** The stylesheet to inline (media/preview.css). */
  css: string;
  /**
   * The CSP source for that sheet, `sha256-<base64>` of `standaloneSheet(css)`.
   * The caller computes it (standalone.ts with Node's crypto; the web page's
   * build, once, for its fixed sheet), so this module runs in a browser too.
   */
  styleHash: string;
}

/** The stylesheet exactly as it stands in the page (the text its CSP hash is taken of). */
export function standaloneSheet(css: string): string {
  // Our own sheet; never let it close its element early.
  return `\n${css.replace(/<\/(style)/gi, '<\\/$1')}\n`;
}

/**
 * The policy of an exported page: nothing may load or run. Styles only from
 * the one inline sheet, matched by its hash (so an injected `<style>` or
 * `style=""` would not apply even if one got through); no script, image,
 * font, frame, form target or base URL at all.
 */
export function standaloneCsp(styleHash: string): string {
  return `default-src 'none'; style-src '${styleHash}'; img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; manifest-src 'none'; form-action 'none'; base-uri 'none'`;
}

/** A complete HTML page, viewable offline and publishable as is. */
export function standalonePage(model: DocModel, config: PrfaqConfig, options: StandaloneOptions): string {
  const doc = renderDocument(model, config);
  const css = standaloneSheet(options.css);
  const hash = options.styleHash;
  const head: Root = {
    type: 'root',
    children: [
      { type: 'element', tagName: 'meta', properties: { charSet: 'utf-8' }, children: [] },
      { type: 'element', tagName: 'meta', properties: { httpEquiv: ['Content-Security-Policy'], content: standaloneCsp(hash) }, children: [] },
      { type: 'element', tagName: 'meta', properties: { name: 'referrer', content: 'no-referrer' }, children: [] },
      { type: 'element', tagName: 'meta', properties: { name: 'viewport', content: 'width=device-width, initial-scale=1' }, children: [] },
      { type: 'element', tagName: 'meta', properties: { name: 'generator', content: 'PR/FAQ Studio' }, children: [] },
      { type: 'element', tagName: 'title', properties: {}, children: [{ type: 'text', value: doc.title }] },
    ],
  };
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    toHtml(head),
    // Raw on purpose: the CSS is ours and hast would escape it as text.
    `<style>${css}</style>`,
    '</head>',
    `<body class="prfaq-standalone">`,
    doc.html,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
