// PR/FAQ Studio press-release preview: the webview's only script (loaded by
// nonce). It receives sanitised HTML from the extension, inserts it as inert
// DOM, follows the editor's scroll, and reports double-clicks so the editor
// can jump to the block. It never evaluates anything from the document.
// @ts-check
(function () {
  'use strict';
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('prfaq-root'));
  /** @type {{ uri?: string, line?: number }} */
  let state = vscode.getState() || {};
  let lastLine = typeof state.line === 'number' ? state.line : null;

  // A second line of defence behind the server's sanitiser and the CSP:
  // whatever arrives is parsed inertly (DOMParser runs no script and loads
  // nothing) and scrubbed of anything active before it joins the page.
  const DENY = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'LINK', 'META', 'BASE', 'FORM', 'SVG', 'MATH', 'TEMPLATE', 'IMG', 'VIDEO', 'AUDIO', 'SOURCE', 'PICTURE', 'NOSCRIPT', 'TEXTAREA', 'SELECT', 'BUTTON', 'APPLET']);
  const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'cite', 'srcset']);
  const SAFE_URL = /^(?:https?:|mailto:|#|[^:]*$)/i;

  /** @param {string} html */
  function toSafeNodes(html) {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      if (DENY.has(el.tagName.toUpperCase())) {
        el.remove();
        continue;
      }
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        const value = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        if (name.startsWith('on') || name === 'style' || name === 'srcdoc' || (URL_ATTRS.has(name) && !SAFE_URL.test(value))) el.removeAttribute(a.name);
      }
    }
    return Array.from(doc.body.childNodes);
  }

  /** @param {string} text */
  function showMessage(text) {
    const p = document.createElement('p');
    p.className = 'prfaq-message';
    p.textContent = text;
    root.replaceChildren(p);
  }

  /** Elements that carry a source line, in document order. */
  function lineElements() {
    return /** @type {HTMLElement[]} */ (Array.from(root.querySelectorAll('[data-line]')));
  }

  /** Scrolls so that source line `line` is at the top, interpolating between marked blocks. */
  function scrollToLine(line) {
    const els = lineElements();
    if (!els.length) return;
    let before = null;
    let after = null;
    for (const el of els) {
      const l = Number(el.dataset.line);
      if (l <= line && (!before || l >= Number(before.dataset.line))) before = el;
      if (l > line && (!after || l < Number(after.dataset.line))) after = el;
    }
    let y;
    if (!before) y = 0;
    else {
      const top = before.getBoundingClientRect().top + window.scrollY;
      if (after) {
        const from = Number(before.dataset.line);
        const to = Number(after.dataset.line);
        const nextTop = after.getBoundingClientRect().top + window.scrollY;
        y = top + ((nextTop - top) * (line - from)) / Math.max(1, to - from);
      } else y = top;
    }
    const header = root.querySelector('.prfaq-budget');
    const offset = header ? header.getBoundingClientRect().height + 8 : 8;
    window.scrollTo({ top: Math.max(0, y - offset), behavior: 'auto' });
  }

  function save(patch) {
    state = Object.assign({}, state, patch);
    vscode.setState(state);
  }

  window.addEventListener('message', (event) => {
    const msg = event.data;
    if (!msg || typeof msg !== 'object' || typeof msg.command !== 'string') return;
    switch (msg.command) {
      case 'update': {
        const keep = window.scrollY;
        if (typeof msg.html === 'string') root.replaceChildren(...toSafeNodes(msg.html));
        else showMessage(typeof msg.message === 'string' ? msg.message : 'Nothing to preview.');
        document.body.dataset.kind = typeof msg.kind === 'string' ? msg.kind : 'none';
        if (typeof msg.uri === 'string') save({ uri: msg.uri });
        if (msg.reset) {
          lastLine = null;
          window.scrollTo(0, 0);
        } else if (lastLine !== null) scrollToLine(lastLine);
        else window.scrollTo(0, keep);
        break;
      }
      case 'scrollToLine':
        if (typeof msg.line === 'number' && Number.isFinite(msg.line)) {
          lastLine = msg.line;
          save({ line: msg.line });
          scrollToLine(msg.line);
        }
        break;
      case 'message':
        if (typeof msg.text === 'string') showMessage(msg.text);
        break;
    }
  });

  // Double-click a block: the editor jumps to its source line.
  document.addEventListener('dblclick', (event) => {
    const target = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null);
    const block = target && target.closest('[data-line]');
    if (!block) return;
    const line = Number(/** @type {HTMLElement} */ (block).dataset.line);
    if (Number.isFinite(line)) vscode.postMessage({ command: 'revealLine', line });
  });

  vscode.postMessage({ command: 'ready' });
})();
