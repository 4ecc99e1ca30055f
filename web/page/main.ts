/**
 * The review page: paste or drop a PR/FAQ or narrative, read the findings
 * beside the text, apply a fix, see the structure and the press-release
 * preview. Everything runs here; the page makes no request (its CSP has no
 * source to make one to). Document text only reaches the DOM as text nodes,
 * or, for the preview, as the renderer's sanitised page inside a sandboxed
 * frame with no script.
 */
import type { DocKind } from '../../engine/model/types.js';
import { MAX_DOCUMENT_CHARS, applyEdits, previewPage, reviewText, type PageFinding, type PageReview } from './review.js';

/** Filled in by the build (scripts/build-web.mjs): the preview sheet, its CSP hash, and the flawed example PR/FAQ. */
declare const PREVIEW_CSS: string;
declare const EXAMPLE: string;
declare const PREVIEW_STYLE_HASH: string;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('text');
const kindSelect = $<HTMLSelectElement>('kind');
const status = $<HTMLElement>('status');
const findingsList = $<HTMLOListElement>('findings');
const structureList = $<HTMLUListElement>('structure');
const preview = $<HTMLIFrameElement>('preview');
const fileInput = $<HTMLInputElement>('file');

let current: PageReview | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, content?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (content !== undefined) e.textContent = content;
  return e;
}

/** Review on the next quiet moment: typing stays smooth on a long document. */
function schedule(delay = 150): void {
  clearTimeout(timer);
  timer = setTimeout(run, delay);
}

function run(): void {
  const source = text.value;
  if (source.length > MAX_DOCUMENT_CHARS) {
    current = null;
    status.textContent = `This text is ${(source.length / 1048576).toFixed(1)} MB, over the 5 MB this page reviews. Nothing was changed.`;
    findingsList.replaceChildren();
    structureList.replaceChildren();
    return;
  }
  const forced = kindSelect.value === 'auto' ? undefined : (kindSelect.value as DocKind);
  try {
    current = reviewText(source, forced);
  } catch (e) {
    current = null;
    status.textContent = `The review failed on this text (${(e as Error)?.message ?? e}). Your text is untouched.`;
    return;
  }
  showStatus(current);
  showFindings(current);
  showStructure(current);
  if (!$('panel-preview').hidden) showPreview();
}

function showStatus(r: PageReview): void {
  if (!text.value.trim()) status.textContent = 'Paste or drop a PR/FAQ or narrative (Markdown) to review it.';
  else if (!r.kind) status.textContent = `Not reviewed: this does not look like a PR/FAQ or a narrative (${r.kindReason}). Choose the kind above to review it anyway.`;
  else {
    const n = r.findings.length;
    status.textContent = `Reviewed as ${r.kind === 'prfaq' ? 'a PR/FAQ' : 'a narrative'}: ${n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}`}.`;
  }
}

function showFindings(r: PageReview): void {
  findingsList.replaceChildren(...r.findings.map(findingItem));
}

function findingItem(f: PageFinding): HTMLLIElement {
  const li = el('li', `finding finding--${f.severity}`);
  const head = el('button', 'finding-head');
  head.type = 'button';
  head.title = 'Show this text in the editor';
  head.append(el('span', 'finding-where', `${f.line}:${f.character}`), el('span', 'finding-severity', f.severity), el('span', 'finding-message', f.message), el('code', 'finding-rule', f.rule));
  head.addEventListener('click', () => select(f.start, f.end));
  li.append(head);
  if (f.explanation) {
    const why = el('details', 'finding-why');
    why.append(el('summary', undefined, 'Why'), el('p', undefined, f.explanation.description), el('p', undefined, f.explanation.principle));
    if (f.explanation.before && f.explanation.after) {
      why.append(el('p', 'finding-example-label', 'Before'), el('pre', undefined, f.explanation.before), el('p', 'finding-example-label', 'After'), el('pre', undefined, f.explanation.after));
    }
    li.append(why);
  }
  if (f.fixes.length) {
    const fixes = el('div', 'finding-fixes');
    for (const fix of f.fixes) {
      const b = el('button', 'fix', fix.title);
      b.type = 'button';
      b.addEventListener('click', () => applyFix(fix.edits, fix.select));
      fixes.append(b);
    }
    li.append(fixes);
  }
  return li;
}

function select(start: number, end: number): void {
  text.focus();
  text.setSelectionRange(start, end);
  // Scroll the selection into view: put the caret line near the top third.
  const before = text.value.slice(0, start).split('\n').length - 1;
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, before * lineHeight - text.clientHeight / 3);
}

/**
 * Applies a fix as typing would, edit by edit from the end, so the browser's
 * own undo (Ctrl+Z) takes it back. Where `insertText` is unavailable the text
 * is replaced in one step (undo then depends on the browser).
 */
function applyFix(edits: Array<{ start: number; end: number; newText: string }>, selectAfter?: { start: number; end: number }): void {
  const expected = applyEdits(text.value, edits);
  text.focus();
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    text.setSelectionRange(e.start, e.end);
    const typed = document.execCommand?.('insertText', false, e.newText);
    if (!typed) text.setRangeText(e.newText, e.start, e.end, 'end');
  }
  // Never leave a half-applied fix: whatever the browser did, the text is the fixed one.
  if (text.value !== expected) text.value = expected;
  if (selectAfter) text.setSelectionRange(selectAfter.start, selectAfter.end);
  run();
}

function showStructure(r: PageReview): void {
  structureList.replaceChildren(
    ...r.structure.map((row) => {
      const li = el('li', row.line === null ? 'part part--missing' : 'part part--present');
      li.append(el('span', 'part-label', row.label), el('span', 'part-where', row.line === null ? 'missing' : `line ${row.line}`));
      if (row.detail) li.append(el('span', 'part-detail', row.detail));
      return li;
    }),
  );
}

function showPreview(): void {
  if (!current) return;
  // srcdoc, never innerHTML: the page is the renderer's sanitised output with
  // its own CSP, in a frame sandboxed without scripts.
  preview.srcdoc = current.kind ? previewPage(current.model, PREVIEW_CSS, PREVIEW_STYLE_HASH) : '';
}

function showTab(name: string): void {
  for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[role=tab]'))) {
    const on = tab.dataset.panel === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`panel-${tab.dataset.panel}`).hidden = !on;
  }
  if (name === 'preview') showPreview();
}

async function load(file: File): Promise<void> {
  if (file.size > MAX_DOCUMENT_CHARS * 4) {
    status.textContent = `${file.name} is too large to review here (${(file.size / 1048576).toFixed(1)} MB). Nothing was loaded.`;
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    status.textContent = `${file.name} is not UTF-8 text, so it was not loaded. Your text is untouched.`;
    return;
  }
  text.focus();
  text.select();
  if (!document.execCommand?.('insertText', false, decoded)) text.value = decoded;
  schedule(0);
}

text.addEventListener('input', () => schedule());
kindSelect.addEventListener('change', () => schedule(0));
fileInput.addEventListener('change', () => {
  const f = fileInput.files?.[0];
  if (f) void load(f);
  fileInput.value = '';
});
text.addEventListener('dragover', (e) => {
  e.preventDefault();
  text.classList.add('dropping');
});
text.addEventListener('dragleave', () => text.classList.remove('dropping'));
text.addEventListener('drop', (e) => {
  e.preventDefault();
  text.classList.remove('dropping');
  const f = e.dataTransfer?.files?.[0];
  if (f) void load(f);
});
$('example').addEventListener('click', () => {
  text.focus();
  text.select();
  if (!document.execCommand?.('insertText', false, EXAMPLE)) text.value = EXAMPLE;
  schedule(0);
});
const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role=tab]'));
for (const tab of tabs) {
  tab.addEventListener('click', () => showTab(tab.dataset.panel!));
  // Arrow keys move between tabs, as the WAI-ARIA tabs pattern expects.
  tab.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : null;
    if (next) {
      next.focus();
      showTab(next.dataset.panel!);
    }
  });
}
showTab('findings');
run();
