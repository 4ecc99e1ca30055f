/**
 * The renderer behind the preview and `prfaq render`: the structure of what
 * it draws, and that hostile documents come out inert. The safety checks
 * read the serialised HTML tag by tag (hast-util-to-html writes well-formed
 * markup, so a tag or attribute is always `<name` / ` name="value"`); the
 * same payloads are also run in real Chromium by test/e2e/ui/preview-xss.ui.ts.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mergeConfig } from '../engine/config/types.js';
import { buildModel } from '../engine/model/build.js';
import { renderDocument } from '../engine/render/index.js';
import { renderStandalone } from '../engine/render/standalone.js';
import { review } from '../engine/review.js';
import { previewCsp, previewShell } from '../client/src/preview/shell.js';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const CSS = readFileSync(join(ROOT, 'media', 'preview.css'), 'utf8');
const GOOD = readFileSync(join(ROOT, 'examples', 'good.prfaq.md'), 'utf8');
const HOSTILE = readFileSync(join(ROOT, 'test', 'fixtures', 'render', 'hostile.prfaq.md'), 'utf8').replace(/__LISTENER__/g, 'http://127.0.0.1:9');

const render = (text: string, path = 'doc.prfaq.md', config = mergeConfig()) => renderDocument(buildModel(text, { path }), config);
const standalone = (text: string, path = 'doc.prfaq.md') => renderStandalone(buildModel(text, { path }), mergeConfig(), { css: CSS });

/** Every element the renderer may emit: Markdown's own, our layout, the meter. */
const ALLOWED_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'em', 'strong', 'del', 'code', 'br', 'sup', 'span', 'input', 'div', 'section', 'article', 'header', 'figure', 'meter',
]);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'cite', 'srcset', 'data', 'ping']);
const ALLOWED_ATTRS = new Set([
  'class', 'href', 'title', 'id', 'rel', 'role', 'type', 'disabled', 'checked', 'start', 'align',
  'aria-label', 'aria-describedby', 'data-line', 'data-part', 'data-question', 'data-words', 'data-limit',
  'data-footnote-ref', 'data-footnote-backref', 'data-footnotes', 'min', 'max', 'low', 'high', 'optimum', 'value',
]);

interface Tag {
  name: string;
  attrs: Array<[string, string]>;
}

function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>"'/]+(?:=(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g)) {
    const attrs: Array<[string, string]> = [];
    for (const a of m[2].matchAll(/\s+([^\s=>"'/]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) attrs.push([a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
    tags.push({ name: m[1].toLowerCase(), attrs });
  }
  return tags;
}

const decode = (s: string) =>
  s.replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d))).replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The fragment is inert: known tags only, no handler, no style, no dangerous URL, no image. */
function assertInert(html: string, label: string): void {
  for (const t of tagsOf(html)) {
    assert.ok(ALLOWED_TAGS.has(t.name), `${label}: unexpected <${t.name}>`);
    for (const [name, raw] of t.attrs) {
      assert.ok(!name.startsWith('on'), `${label}: event handler ${name} on <${t.name}>`);
      assert.ok(ALLOWED_ATTRS.has(name), `${label}: unexpected attribute ${name} on <${t.name}>`);
      if (URL_ATTRS.has(name)) {
        const value = decode(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        assert.match(value, /^(?:https?:\/\/|mailto:|#|[^:]*$)/i, `${label}: dangerous URL ${name}="${raw}" on <${t.name}>`);
      }
    }
  }
  assert.doesNotMatch(html, /<(?:script|style|iframe|object|embed|svg|math|img|meta|link|base|form|template|video|audio|noscript)\b/i, `${label}: a dangerous element`);
  assert.doesNotMatch(html, /\sstyle=/i, `${label}: a style attribute`);
}

describe('renderer: press release layout', () => {
  const r = render(GOOD, 'good.prfaq.md');
  const tags = tagsOf(r.html);
  const withClass = (cls: string) => tags.filter((t) => t.attrs.some(([n, v]) => n === 'class' && v.split(/\s+/).includes(cls)));

  it('sets the headline, subheading and dateline as a press release', () => {
    assert.equal(r.kind, 'prfaq');
    assert.equal(r.title, 'Lantern Bookings: Independent Bike Shops Fill Their Repair Calendars Without Answering the Phone');
    assert.match(r.html, /<header class="pr-header"><h1 data-line="0" class="pr-headline"[^>]*>Lantern Bookings: Independent/);
    assert.match(r.html, /<p data-line="2" class="pr-subheading"[^>]*>Riders book a repair in two minutes/);
    assert.match(r.html, /<span class="pr-dateline">PORTLAND, Ore\. — April 6, 2027 — <\/span>Lantern today launched/);
  });

  it('styles the leader and the customer quote, with the attribution apart from the words spoken', () => {
    assert.equal(withClass('pr-quote--leader').length, 1);
    assert.equal(withClass('pr-quote--customer').length, 1);
    assert.match(r.html, /<figure class="pr-quote pr-quote--leader"[^>]*><p data-line="10">"Shop owners went into this trade[^"]*,"<span class="pr-attribution"> said Maya Okafor, founder and CEO of Lantern\. <\/span>"We built/);
  });

  it('lays out both FAQs with each question and its answer', () => {
    assert.match(r.html, /<section class="faq faq--external" aria-label="External FAQ"><h2 data-line="\d+" class="faq-title">External FAQ<\/h2>/);
    assert.match(r.html, /<section class="faq faq--internal" aria-label="Internal FAQ">/);
    const entries = withClass('faq-entry');
    assert.equal(entries.length, 10, 'four external and six internal questions');
    assert.equal(withClass('faq-question').length, 10);
    assert.equal(withClass('faq-answer').length, 10);
    assert.equal(withClass('faq-entry--unanswered').length, 0);
    assert.ok(r.html.indexOf('faq--external') < r.html.indexOf('faq--internal'));
  });

  it('marks every block with its 0-based source line', () => {
    const lines = GOOD.split('\n');
    const marked = tags.filter((t) => t.attrs.some(([n]) => n === 'data-line'));
    assert.ok(marked.length >= 25, `only ${marked.length} marked blocks`);
    for (const t of marked) {
      const line = Number(t.attrs.find(([n]) => n === 'data-line')![1]);
      assert.ok(Number.isInteger(line) && line >= 0 && line < lines.length, `data-line ${line}`);
      assert.notEqual(lines[line].trim(), '', `data-line ${line} points at a blank line`);
    }
  });

  it('shows the page budget counted as press-release-length counts it', () => {
    assert.deepEqual(r.budget && { label: r.budget.label, limit: r.budget.limit, over: r.budget.over }, { label: 'Press release', limit: 600, over: false });
    const tight = mergeConfig({ limits: { pressReleaseWords: 100 } });
    const over = render(GOOD, 'good.prfaq.md', tight);
    const finding = review(GOOD, { path: 'good.prfaq.md', config: tight, only: ['press-release-length'] }).diagnostics[0];
    assert.equal(over.budget?.words, (finding.data as { words: number }).words);
    assert.equal(over.budget?.over, true);
    assert.match(over.html, /class="prfaq-budget prfaq-budget--over"[^>]*data-words="\d+" data-limit="100"/);
    assert.match(over.html, /<meter min="0" max="100"[^>]*value="100"/);
  });

  it('shows part headings as labels and an unanswered question as such', () => {
    const doc = '# Acme Ledger Closes the Month in a Day\n\n## Summary\n\nSEATTLE, March 3, 2025 — Acme today launched Ledger.\n\n## Problem\n\nClosing takes four days.\n\n## External FAQ\n\n### How much?\n\n### Who is it for?\n\nTBD\n';
    const out = render(doc).html;
    assert.match(out, /<p data-line="2" class="pr-part-label">Summary<\/p>/);
    assert.match(out, /<span class="pr-dateline">SEATTLE, March 3, 2025 — <\/span>Acme/);
    assert.equal((out.match(/faq-entry--unanswered/g) ?? []).length, 2);
    assert.match(out, /<p class="faq-missing">No answer yet\.<\/p>/);
  });

  it('renders a narrative plainly with its six-page budget, and a README with none', () => {
    const narrative = render('# Proposal\n\n## Tenets\n\nWe keep it simple.\n\n## Current state\n\nToday we ship monthly.\n', 'plan.narrative.md');
    assert.equal(narrative.kind, 'narrative');
    assert.equal(narrative.budget?.label, 'Narrative');
    assert.match(narrative.html, /<article class="prfaq-doc prfaq-doc--narrative"><section class="prfaq-other"><h1 data-line="0">Proposal<\/h1>/);
    const readme = render('# tool\n\nInstall it.\n', 'README.md');
    assert.equal(readme.kind, null);
    assert.equal(readme.budget, null);
    assert.doesNotMatch(readme.html, /prfaq-budget/);
  });

  it('never loads an image: each becomes its alt text', () => {
    const out = render('# A\n\n![the new gate](https://example.com/gate.png) and ![](gate.png)\n').html;
    assert.match(out, /<span class="prfaq-image">\[image: the new gate\]<\/span> and <span class="prfaq-image">\[image\]<\/span>/);
    assert.doesNotMatch(out, /<img/);
  });

  it('drops front matter and HTML comments (disable comments) from the page', () => {
    const out = render('---\nkind: prfaq\n---\n\n<!-- prfaq-disable weasel-word -->\n\n# Launch\n').html;
    assert.doesNotMatch(out, /kind: prfaq|prfaq-disable/);
    assert.match(out, /<h1 data-line="6" class="pr-headline"/);
  });

  it('survives a BOM, CRLF line ends and a 10,000-deep list', () => {
    const out = render('\uFEFF# Launch\r\n\r\nSEATTLE, May 1, 2027 — Today.\r\n').html;
    assert.match(out, /<h1 data-line="0" class="pr-headline"[^>]*>Launch<\/h1>/);
    const deep = render(`# Deep\n\n${'- '.repeat(10_000)}item\n`).html;
    assert.match(deep, /item/);
  });
});

describe('renderer: hostile input', () => {
  it('renders the hostile corpus with no script, handler, style, image or dangerous URL', () => {
    const r = render(HOSTILE, 'hostile.prfaq.md');
    assertInert(r.html, 'hostile.prfaq.md');
    // The document still renders: its text is there, only the payloads are gone.
    assert.match(r.html, /class="pr-headline"[^>]*>Harbor Pay Lets Ferry Riders Pay With a Tap/);
    assert.match(r.html, /<a>a javascript link<\/a>/);
    assert.match(r.html, /<a href="https:\/\/harbor\.example\/start" rel="noopener noreferrer">harbor\.example<\/a>/);
    assert.doesNotMatch(r.html, /PWNED'\)|document\.title\s*=\s*'PWNED'[^)]*<\/script/);
  });

  const PAYLOADS: Array<[string, string]> = [
    ['script block', '<script>alert(1)</script>'],
    ['inline script', 'Hello <script>alert(1)</script> world'],
    ['script with nonce', '<script nonce="abc">alert(1)</script>'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['svg onload', '<svg onload=alert(1)><circle r=1 /></svg>'],
    ['svg script', '<svg><script>alert(1)</script></svg>'],
    ['svg animate', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
    ['iframe javascript', '<iframe src="javascript:alert(1)"></iframe>'],
    ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['object', '<object data="javascript:alert(1)"></object>'],
    ['embed', '<embed src="https://evil.example/x.swf">'],
    ['style element', '<style>*{background:url(https://evil.example/x)}</style>'],
    ['style attribute', '<p style="background:url(https://evil.example/x)">x</p>'],
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
    ['meta CSP override', '<meta http-equiv="Content-Security-Policy" content="script-src *">'],
    ['base href', '<base href="https://evil.example/">'],
    ['link stylesheet', '<link rel=stylesheet href="https://evil.example/x.css">'],
    ['form', '<form action="https://evil.example/"><input autofocus onfocus=alert(1)></form>'],
    ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
    ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ['mXSS math', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['comment breakout', '<!--><script>alert(1)</script>-->'],
    ['markdown javascript link', '[x](javascript:alert(1))'],
    ['mixed-case scheme', '[x](JaVaScRiPt:alert(1))'],
    ['entity-encoded scheme', '[x](&#106;avascript:alert(1))'],
    ['hex-entity scheme', '[x](&#x6A;avascript:alert(1))'],
    ['control character in scheme', '[x](java\u0001script:alert(1))'],
    ['data link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript link', '[x](vbscript:msgbox(1))'],
    ['autolink javascript', '<javascript:alert(1)>'],
    ['reference javascript', '[x][e]\n\n[e]: javascript:alert(1)'],
    ['link title breakout', '[x](https://a.example "\\" onmouseover=\\"alert(1)")'],
    ['data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['remote image', '![x](https://evil.example/pixel.png)'],
    ['raw anchor with handler', '<a href="https://ok.example" onclick="alert(1)">x</a>'],
    ['heading payload', '# Launch <img src=x onerror=alert(1)>'],
    ['quote payload', '"A quote with <b onmouseover=alert(1)>bold</b> words," said Jo Ann, CEO of Acme.'],
    ['table payload', '| a |\n| - |\n| <img src=x onerror=alert(1)> |'],
    ['footnote clobbering', 'x[^__proto__]\n\n[^__proto__]: <script>alert(1)</script>'],
    ['front matter payload', '---\ntitle: "<script>alert(1)</script>"\n---\n# x'],
    ['title element breakout', '# </title><script>alert(1)</script>'],
  ];
  for (const [name, payload] of PAYLOADS) {
    it(`neutralises ${name}`, () => {
      const doc = `# Ferry Pay for Commuters\n\nSEATTLE, May 1, 2027 — Harbor today launched Ferry Pay.\n\n${payload}\n\n## External FAQ\n\n### Why?\n\n${payload}\n`;
      assertInert(render(doc).html, name);
      const page = standalone(doc);
      const body = page.slice(page.indexOf('<body'));
      assertInert(body.replace(/^<body class="prfaq-standalone">/, ''), `${name} (page)`);
      assert.equal((page.match(/<script/gi) ?? []).length, 0, `${name}: a script in the page`);
      assert.equal((page.match(/<style/gi) ?? []).length, 1, `${name}: only our own stylesheet`);
    });
  }
});

describe('renderer: standalone page', () => {
  const page = standalone(GOOD, 'good.prfaq.md');

  it('opens with a CSP that forbids every script and request and lets in only its own sheet, by hash', () => {
    const head = page.slice(0, page.indexOf('</head>'));
    const csp = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(head)?.[1] ?? '');
    assert.ok(head.indexOf('Content-Security-Policy') < head.indexOf('<title>'), 'the policy comes before anything it governs');
    for (const d of ["default-src 'none'", "script-src 'none'", "img-src 'none'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'"]) assert.ok(csp.includes(d), `${d} in ${csp}`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*|https?:/);
    const css = /<style>([\s\S]*)<\/style>/.exec(page)![1];
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    assert.ok(csp.includes(`style-src 'sha256-${hash}'`), 'the style hash matches the inline sheet');
    assert.match(head, /<meta name="referrer" content="no-referrer">/);
    assert.match(head, /<title>Lantern Bookings: Independent Bike Shops/);
  });

  it('holds the same article as the preview', () => {
    const r = render(GOOD, 'good.prfaq.md');
    assert.ok(page.includes(r.html));
    assert.match(page, /<body class="prfaq-standalone">/);
  });
});

describe('preview webview page', () => {
  it('allows only our sheet and our script (by a fresh nonce), nothing from the network', () => {
    const a = previewShell({ cspSource: 'https://x.vscode-cdn.net', styleUri: 'https://x.vscode-cdn.net/media/preview.css', scriptUri: 'https://x.vscode-cdn.net/media/preview.js' });
    const b = previewShell({ cspSource: 'https://x.vscode-cdn.net', styleUri: 's', scriptUri: 'j' });
    const nonceOf = (html: string) => /<script nonce="([^"]+)"/.exec(html)?.[1];
    assert.ok(nonceOf(a) && nonceOf(a)!.length >= 16);
    assert.notEqual(nonceOf(a), nonceOf(b), 'a fresh nonce per load');
    const csp = previewCsp('https://x.vscode-cdn.net', 'N');
    assert.match(csp, /^default-src 'none'; style-src https:\/\/x\.vscode-cdn\.net; script-src 'nonce-N'; img-src 'none'/);
    assert.doesNotMatch(csp, /unsafe/);
    assert.equal((a.match(/<script/g) ?? []).length, 1);
    assert.match(a, /<script nonce="[^"]+" src="https:\/\/x\.vscode-cdn\.net\/media\/preview\.js"><\/script>/);
  });
});

describe('prfaq render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prfaq-render-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const prfaq = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  before(() => {
    writeFileSync(join(dir, 'good.prfaq.md'), GOOD);
    writeFileSync(join(dir, 'hostile.prfaq.md'), HOSTILE);
    writeFileSync(join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x00, 0x01, 0x02]));
  });

  it('writes the page to stdout, exit 0', () => {
    const r = prfaq(['render', 'good.prfaq.md']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"/);
    assert.match(r.stdout, /class="pr-headline"/);
    assert.ok(r.stdout.includes(CSS.trim().slice(0, 200)), 'media/preview.css is inlined');
  });

  it('writes to -o, and renders the hostile corpus inert', () => {
    const r = prfaq(['render', '-o', 'out.html', 'hostile.prfaq.md']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.equal((page.match(/<script/gi) ?? []).length, 0);
    assertInert(page.slice(page.indexOf('<body class="prfaq-standalone">') + 31), 'prfaq render hostile');
  });

  it('uses the nearest .prfaqrc.json for the budget', () => {
    const sub = join(dir, 'tight');
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub);
    writeFileSync(join(sub, '.prfaqrc.json'), JSON.stringify({ limits: { pressReleaseWords: 100 } }));
    writeFileSync(join(sub, 'good.prfaq.md'), GOOD);
    const r = prfaq(['render', 'tight/good.prfaq.md']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /prfaq-budget--over[^>]*data-limit="100"/);
  });

  for (const [what, args, message] of [
    ['a missing file', ['render', 'nope.md'], /^prfaq: nope\.md: .+\n$/],
    ['a non-UTF-8 file', ['render', 'latin1.md'], /^prfaq: latin1\.md: not a UTF-8 text file\n$/],
    ['a binary file', ['render', 'binary.md'], /^prfaq: binary\.md: not a UTF-8 text file\n$/],
    ['no file', ['render'], /^prfaq: no file given.*\n$/],
    ['two files', ['render', 'good.prfaq.md', 'hostile.prfaq.md'], /^prfaq: render takes one file.*\n$/],
    ['an unknown option', ['render', '--format', 'json', 'good.prfaq.md'], /^prfaq: unknown option "--format".*\n$/],
    ['-o without a value', ['render', 'good.prfaq.md', '-o'], /^prfaq: option "-o" needs a value\n$/],
    ['an unwritable output', ['render', '-o', 'no/such/dir/out.html', 'good.prfaq.md'], /^prfaq: no\/such\/dir\/out\.html: cannot write: .+\n$/],
  ] as Array<[string, string[], RegExp]>) {
    it(`exits 2 with one line for ${what}`, () => {
      const r = prfaq(args);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }

  it('refuses to write over its own input', () => {
    const r = prfaq(['render', '-o', 'good.prfaq.md', 'good.prfaq.md']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^prfaq: good\.prfaq\.md: is the input file/);
    assert.equal(readFileSync(join(dir, 'good.prfaq.md'), 'utf8'), GOOD);
  });

  it('is in the help', () => {
    const top = prfaq(['--help']);
    assert.match(top.stdout, /prfaq render \[-o OUT\.html\] FILE/);
    const help = prfaq(['render', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: prfaq render \[-o OUT\.html\]/);
    assert.ok(existsSync(CLI));
  });
});
