/**
 * The incremental review (chunk cache, span-rule cache) must give exactly
 * what a plain review gives: one parse of the whole text, every rule over
 * the whole model. Random edits, seeded so a failure can be replayed.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReviewCache } from '../../engine/cache.js';
import { parseDocument, parseWhole, splitChunks } from '../../engine/model/chunks.js';
import { flattenDeepNesting } from '../../engine/model/markdown.js';
import { disableLineFix, fixesFor } from '../../engine/fix/index.js';
import { foldable, outline } from '../../engine/explain/outline.js';
import { LineIndex } from '../../engine/model/lines.js';
import { review } from '../../engine/review.js';

const ROOT = join(__dirname, '..', '..');
const DOCS = [join(ROOT, 'examples'), join(ROOT, 'test', 'corpus')].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
);

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Insertions chosen to cross the places where chunks are cut. */
const PIECES = ['e', ' ', 'x', '\n', '\n\n', '# ', '- ', '* ', '1. ', '> ', '| a |', '```', '~~~', '`', '<!--', '-->', '<pre>', '[', ']', '[a]: /u', '[^1]', '[^1]: note', '_', '**', '---\n', '    ', 'very ', 'TBD', 'is built ', '## FAQ\n\n', '\r\n', 'users ', '<!-- prfaq-disable-next-line -->\n', '<!-- prfaq-disable weasel-word -->'];

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.6) return text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
  if (r < 0.9) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6));
  // Move a whole line elsewhere: changes many chunk offsets at once.
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  const line = text.slice(s, e < 0 ? text.length : e + 1);
  const rest = text.slice(0, s) + text.slice(s + line.length);
  const to = Math.floor(random() * (rest.length + 1));
  return rest.slice(0, to) + line + rest.slice(to);
}

/** Trees compared without their parent links (blocks hold the node) and ids (which name the parse that made a block or span). */
/** Review `a`, then `b` through the same cache, and back: each time the cached review must equal a review from scratch. */
function editedBothWays(a: string, b: string): void {
  const cache = new ReviewCache();
  for (const [from, to] of [[a, b], [b, a]]) {
    review(from, { kind: 'prfaq', cache });
    assert.deepEqual(review(to, { kind: 'prfaq', cache }).diagnostics, review(to, { kind: 'prfaq', reference: true }).diagnostics);
  }
}

/** The words weasel-word reports in a document reviewed from scratch. */
const weaselWords = (t: string) => review(t, { kind: 'prfaq', reference: true }).diagnostics.filter((d) => d.code === 'weasel-word').map((d) => (d.data as { word: string }).word);

function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'node' || k === 'id' ? undefined : v)));
}

describe('incremental review', () => {
  it('cuts documents into several chunks', () => {
    for (const d of DOCS) assert.ok(splitChunks(d.text).length > 3, d.path);
  });

  it('parses chunk by chunk into the tree of one whole parse', () => {
    for (const d of DOCS) {
      const a = parseDocument(d.text, 0);
      const b = parseWhole(d.text, 0);
      assert.deepEqual(plain(a), plain(b), d.path);
    }
  });

  it('returns the findings of a plain review after every random edit', function () {
    this.timeout(120_000);
    DOCS.forEach((d, n) => {
      const random = rng(1000 + n);
      const cache = new ReviewCache();
      let text = d.text;
      for (let i = 0; i < 15; i++) {
        text = edit(text, random);
        const fast = review(text, { path: d.path, cache });
        const slow = review(text, { path: d.path, reference: true });
        const where = `${d.path}, edit ${i} (seed ${1000 + n})`;
        assert.deepEqual(fast.diagnostics, slow.diagnostics, where);
        assert.deepEqual(fast.errors, slow.errors, where);
        if (i % 5 === 4) assert.deepEqual(plain({ root: fast.model.root, blocks: fast.model.blocks, prose: fast.model.prose }), plain({ root: slow.model.root, blocks: slow.model.blocks, prose: slow.model.prose }), where);
        assert.deepEqual(fast.model.questions, slow.model.questions, where);
        // What is built from the model after the review (a block's tree may sit where its chunk was first parsed).
        const after = (r: typeof fast) => ({
          fixes: r.diagnostics.map((x) => fixesFor(r.model, x)),
          disable: r.diagnostics.map((x) => disableLineFix(r.model, x.code, new LineIndex(r.model.text).offsetAt(x.range.start))),
          outline: outline(r.model),
          folds: foldable(r.model),
        });
        assert.deepEqual(plain(after(fast)), plain(after(slow)), where);
      }
      // Old entries are dropped: about one document's worth stays.
      assert.ok(cache.chunks.size <= 2 * splitChunks(text).length + 2, `${d.path}: ${cache.chunks.size} chunks cached`);
    });
  });

  it('cuts an edited text where a fresh cut would, re-cutting only around the edit', () => {
    const deep = '> '.repeat(120) + 'deep\n';
    DOCS.forEach((d, n) => {
      const random = rng(5000 + n);
      const cache = new ReviewCache();
      let text = d.text;
      for (let i = 0; i < 40; i++) {
        // Now and then a line nested past the cap, which makes the whole text parse flattened.
        text = random() < 0.05 ? text.slice(0, text.length >> 1) + '\n' + deep + text.slice(text.length >> 1) : edit(text, random);
        const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        parseDocument(text, shift, cache.chunks);
        const flat = flattenDeepNesting(shift ? text.slice(1) : text);
        assert.deepEqual(cache.chunks.last?.chunks, splitChunks(flat), `${d.path}, edit ${i} (seed ${5000 + n})`);
        assert.deepEqual(cache.chunks.last?.keys, splitChunks(flat).map((c) => (flat !== (shift ? text.slice(1) : text) ? 'F' : 'N') + (shift ? text.slice(1) : text).slice(c.start, c.end)));
      }
    });
  });

  it('re-parses only the chunk a one-character edit touched', () => {
    const d = DOCS.find((x) => x.path.endsWith('flawed.prfaq.md'))!;
    const cache = new ReviewCache();
    review(d.text, { path: d.path, cache });
    const mid = d.text.indexOf('\n\n', d.text.length >> 1) - 3;
    const edited = d.text.slice(0, mid) + 'x' + d.text.slice(mid);
    const r = review(edited, { path: d.path, cache });
    assert.equal(cache.chunks.stats.parsed, 1);
    assert.ok(cache.spans.stats.hits > 0);
    assert.deepEqual(r.diagnostics, review(edited, { path: d.path, reference: true }).diagnostics);
  });

  it('re-checks only the new spans when a question is added above thirty others', () => {
    const entry = (n: number) => `Q: Will shop ${n} see the weekly report?\nA: Yes. The report for shop ${n} was sent on Monday and is significantly shorter than the old one.\n\n`;
    const head = '# Shops get one weekly report\n\nOwners of small shops read one report a week.\n\n## FAQ\n\n';
    const before = head + Array.from({ length: 30 }, (_, i) => entry(i + 1)).join('');
    const cache = new ReviewCache();
    review(before, { kind: 'prfaq', cache });
    const after = head + entry(0) + before.slice(head.length);
    const r = review(after, { kind: 'prfaq', cache });
    // One new span for each of the two span rules (weasel-word, readability); every question after it only moved (and got a new index).
    assert.ok(cache.spans.stats.misses <= 2, `${cache.spans.stats.misses} span checks re-run`);
    assert.ok(cache.spans.stats.hits >= 60, `${cache.spans.stats.hits} span checks reused`);
    assert.deepEqual(r.diagnostics, review(after, { kind: 'prfaq', reference: true }).diagnostics);
  });

  it('re-checks a span when an edit elsewhere changes what its context says of the document (a README release, an answer that weighs costs)', () => {
    const readme = '# Oven timers\n\n## Working Backwards\n\n### README\n\nThis library holds constructs for bakery oven timers.\n\nThe timer construct reads several sensors and raises an alert when one of them runs hot.\n\n## FAQ\n\n### What are we launching today?\n\nA timer construct for bakery ovens.\n\n### Why are we doing this?\n\nIt takes a significant rewrite of the importer.\n';
    // The same spans, but the release is now a story (a launch of its own, no README heading) and the last question weighs costs.
    const story = readme
      .replace('### README', '### The launch')
      .replace('This library holds constructs for bakery oven timers.', 'Today, Fernhill launched timers for bakery ovens.')
      .replace('Why are we doing this?', 'What are the drawbacks of this solution?');
    editedBothWays(readme, story);
    assert.deepEqual(weaselWords(readme), ['significant'], 'a README release documents; an answer about why is a claim');
    assert.deepEqual(weaselWords(story), ['several'], 'a story release claims; an answer about drawbacks weighs');
  });

  it('re-checks the FAQ\'s launch answer when the release gains a summary of its own, and it no longer announces', () => {
    const rfc = '# Oven timers\n\n## Working Backwards\n\n### README\n\nThe `Timer` construct reads one oven.\n\n## FAQ\n\n### What are we launching today?\n\nA construct that makes it easier to watch every oven in a bakery.\n';
    // The same answer, but the release now has a dateline summary: the answer no longer stands as the summary.
    const withSummary = rfc.replace('### README\n\n', '### README\n\nBAKEWELL — May 3, 2027 — Crumb launched oven timers for bakeries with two ovens.\n\n');
    editedBothWays(rfc, withSummary);
    assert.deepEqual(weaselWords(rfc), ['makes it easier'], 'the launch answer announces');
    assert.deepEqual(weaselWords(withSummary), [], 'an answer past the summary compares with today in passing');
  });

  it('resolves a reference against a definition in another chunk', () => {
    const text = '# Plan\n\nSee [the guide] and [^n].\n\nMore text.\n\n[the guide]: https://example.com\n\n[^n]: A note.\n';
    assert.ok(splitChunks(text).length >= 3);
    assert.deepEqual(plain(parseDocument(text, 0)), plain(parseWhole(text, 0)));
    const types = JSON.stringify(parseDocument(text, 0).root);
    assert.match(types, /linkReference/);
    assert.match(types, /footnoteReference/);
  });

  it('keeps front matter, fences and HTML comments whole', () => {
    const text = '---\ntitle: x\n\nkind: prfaq\n---\n\nText.\n\n```\ncode\n\nstill code\n```\n\n<!-- note\n\nstill note -->\n\nEnd.\n';
    const chunks = splitChunks(text).map((c) => text.slice(c.start, c.end));
    assert.ok(chunks.some((c) => c.includes('code\n\nstill code')));
    assert.ok(chunks.some((c) => c.includes('note\n\nstill note')));
    assert.ok(chunks[0].includes('title: x\n\nkind: prfaq'));
    assert.deepEqual(plain(parseDocument(text, 0)), plain(parseWhole(text, 0)));
  });

  it('reads a U+FEFF at the start of a later line as the whole parse does', () => {
    // Text typed before a file's BOM leaves the BOM at a line start mid-document.
    const text = 'Intro text.\n\n\uFEFF# Heading\n\nIt is very fast.\n\n\uFEFFMore text that is very good.\n';
    assert.deepEqual(plain(parseDocument(text, 0)), plain(parseWhole(text, 0)));
  });
});

describe('server reviewer with a cache per document', () => {
  // Loaded lazily: the server modules pull in vscode-languageserver.
  const load = () => {
    const { Reviewer } = require('../../server/src/reviewer.js') as typeof import('../../server/src/reviewer.js');
    const { DEFAULT_SETTINGS } = require('../../server/src/settings.js') as typeof import('../../server/src/settings.js');
    const { TextDocument } = require('vscode-languageserver-textdocument') as typeof import('vscode-languageserver-textdocument');
    const { CancellationTokenSource } = require('vscode-languageserver') as typeof import('vscode-languageserver');
    return { Reviewer, DEFAULT_SETTINGS, TextDocument, CancellationTokenSource };
  };
  const project = { file: null, input: {}, problems: [], stamp: 'none', ignored: [] };

  it('gives each version the findings of a plain review, and stops preparing when cancelled', async () => {
    const { Reviewer, DEFAULT_SETTINGS, TextDocument, CancellationTokenSource } = load();
    const d = DOCS.find((x) => x.path.endsWith('flawed.narrative.md'))!;
    const reviewer = new Reviewer({ log: () => undefined, tooLarge: () => undefined });
    const uri = 'file:///w/flawed.narrative.md';
    let doc = TextDocument.create(uri, 'markdown', 1, d.text);
    const source = new CancellationTokenSource();
    source.cancel();
    assert.equal(await reviewer.prepare(doc, DEFAULT_SETTINGS, source.token), false);
    assert.equal(await reviewer.prepare(doc, DEFAULT_SETTINGS, new CancellationTokenSource().token), true);
    const random = rng(7);
    for (let v = 2; v < 8; v++) {
      const text = edit(doc.getText(), random);
      doc = TextDocument.create(uri, 'markdown', v, text);
      const outcome = reviewer.run(doc, '/w/flawed.narrative.md', DEFAULT_SETTINGS, project, 0);
      assert.deepEqual(outcome.diagnostics, review(text, { path: '/w/flawed.narrative.md', reference: true }).diagnostics);
    }
    reviewer.close(uri);
    assert.equal(reviewer.cached(uri), undefined);
  });
});
