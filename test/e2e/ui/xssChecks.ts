/**
 * The XSS checks the preview tests share (the editor preview, `prfaq render`
 * output, and the review page's preview): what a drawn page may not hold,
 * events that would fire inline handlers, and a last request of the test's
 * own that the page's CSP must refuse and report. See preview-xss.ui.ts for
 * why the order of the checks proves that nothing happened, without waiting.
 */
import type { Frame, Page } from 'playwright-core';
import type { Listener } from './previewFrame.js';
import { UI_TIMEOUT_MS } from './workbench.js';

/** The test's own request: the last one the page makes. */
export const CONTROL = '/control';

export interface Watch {
  dialogs: string[];
  requests: string[];
}

export function watch(page: Page, listener: Listener): Watch {
  const w: Watch = { dialogs: [], requests: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    if (r.url().startsWith(listener.origin) || /^(?:https?:\/\/)?(?:evil|harbor)\.example/.test(r.url()) || r.url().startsWith('https://example.com')) w.requests.push(r.url());
  });
  return w;
}

/**
 * What in the page's document part (`root`) could still act: elements that
 * run, load or submit something, handler attributes, attributes that load a
 * URL, styles that load one, and links with a scheme other than http(s) and
 * mailto. Links to the listener may stay: following one is the reader's
 * choice, not a script's.
 */
export async function activeContent(frame: Frame, root: string): Promise<string[]> {
  return (await frame.evaluate(`(() => {
    const root = document.querySelector(${JSON.stringify(root)});
    if (!root) return ['(no ' + ${JSON.stringify(root)} + ')'];
    const ACTIVE = 'script, iframe, frame, frameset, object, embed, applet, portal, img, picture, source, track, video, audio, svg, math, form, input, button, textarea, select, meta, base, link, style, template, noscript';
    const URLS = ['href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'xlink:href'];
    const found = Array.from(root.querySelectorAll(ACTIVE)).map((e) => '<' + e.tagName.toLowerCase() + '>');
    for (const e of [root, ...Array.from(root.querySelectorAll('*'))]) {
      for (const a of Array.from(e.attributes)) {
        const name = a.name.toLowerCase();
        const value = a.value.replace(/[\\u0000-\\u0020\\u007f-\\u009f]/g, '').toLowerCase();
        const loads = URLS.includes(name) && !(name === 'href' && /^(?:https?:|mailto:|#|[^:]*$)/.test(value));
        if (name.startsWith('on') || loads || (name === 'style' && /url\\(|image-set\\(|expression\\(/.test(value))) found.push(e.tagName.toLowerCase() + '[' + a.name + '=' + a.value.slice(0, 60) + ']');
      }
    }
    return found;
  })()`)) as string[];
}

/** Hover and double-click every block, focus every link: handlers would fire now. */
export async function poke(frame: Frame): Promise<void> {
  // Links are skipped: following one is the reader's choice, not a script.
  await frame.evaluate(`(() => {
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'click', 'toggle', 'animationstart']) {
        if (type === 'click' && el.closest('a')) continue;
        el.dispatchEvent(new Event(type, { bubbles: true }));
      }
    }
  })()`);
  await frame.locator('h1.pr-headline').hover();
  await frame.locator('.faq-question').first().hover();
}

/**
 * The page's last request: the test's own fetch to the listener. Resolves
 * once the CSP has refused it and reported the refusal; fails if the fetch
 * went through or no report came.
 */
export async function controlRequest(frame: Frame, listener: Listener): Promise<void> {
  const url = listener.origin + CONTROL;
  const outcome = await frame.evaluate(`new Promise((resolve) => {
    // A bound on waiting for the report, not a window for watching.
    const timer = setTimeout(() => resolve('no CSP report within ${UI_TIMEOUT_MS} ms'), ${UI_TIMEOUT_MS});
    document.addEventListener('securitypolicyviolation', function reported(e) {
      if (!String(e.blockedURI).startsWith(${JSON.stringify(url)})) return;
      document.removeEventListener('securitypolicyviolation', reported);
      clearTimeout(timer);
      resolve('refused by ' + e.effectiveDirective);
    });
    fetch(${JSON.stringify(url)}).then(() => { clearTimeout(timer); resolve('fetched'); }, () => {});
  })`);
  if (outcome !== 'refused by connect-src') throw new Error(`the control request to the listener: ${String(outcome)} (expected the CSP's connect-src to refuse it)`);
}

/** `control`: the frame that makes the control request (a frame that runs no script cannot). */
export async function assertClean(label: string, w: Watch, listener: Listener, frame: Frame, root: string, control: Frame = frame): Promise<void> {
  const active = await activeContent(frame, root);
  if (active.length) throw new Error(`${label}: the drawn page holds what could still act: ${active.join(', ')}`);
  await poke(frame);
  await controlRequest(control, listener);
  // A script would have to change one of these.
  const title = String(await frame.evaluate('document.title'));
  if (/PWNED/.test(title)) throw new Error(`${label}: a payload set document.title ("${title}")`);
  if (w.dialogs.length) throw new Error(`${label}: a dialog opened: ${w.dialogs.join('; ')}`);
  const requests = w.requests.filter((u) => !u.startsWith(listener.origin + CONTROL));
  if (requests.length) throw new Error(`${label}: the browser requested ${requests.join(', ')}`);
  if (listener.hits.length) throw new Error(`${label}: the listener got ${listener.hits.length} request(s): ${listener.hits.join(', ')}`);
  const scripts = (await frame.evaluate("Array.from(document.querySelectorAll('script')).map((s) => s.src || s.textContent || '')")) as string[];
  if (scripts.some((s) => s.includes(listener.origin) || /PWNED/.test(s))) throw new Error(`${label}: a script element from the document: ${scripts.join(', ')}`);
  const handlers = (await frame.evaluate("Array.from(document.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)).map((a) => e.tagName + '[' + a.name + ']'))")) as string[];
  if (handlers.length) throw new Error(`${label}: event handler attributes in the DOM: ${handlers.join(', ')}`);
}
