/**
 * The parser loads only the syntax extensions a text could use
 * (engine/model/markdown.ts). That must never change the tree: every
 * document we have, every rule example, generated Markdown and the edge
 * cases of each extension's trigger are parsed both ways and compared.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseFlat } from '../../engine/model/markdown.js';
import { RULES } from '../../engine/rules/registry.js';
import { generate } from '../../scripts/bench/corpus.js';
import { doc, params } from '../property/gen.js';

const ROOT = join(__dirname, '..', '..');

function sameTree(text: string, where: string): void {
  assert.deepEqual(parseFlat(text), parseFlat(text, true), `${where}: ${JSON.stringify(text.slice(0, 120))}`);
}

/** Each extension's syntax, and look-alikes on either side of its trigger. */
const EDGES = [
  'see https://example.com/a and www.example.com or x@example.com.',
  'mail &#64; example.com, a&#x40;b.co, www&#46;example.com, h&#116;tp://x.io',
  'HTTP://EXAMPLE.COM and WWW.EXAMPLE.COM',
  'mailto:a@b.co and xmpp:a@b.co/x',
  'A note[^1] here.\n\n[^1]: The note.',
  '[^not a note] and [^1]\n\n[^1]:\n    indented',
  '~~gone~~ and ~one~ and \\~~no~~',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'a | b\n-|-\n1 | 2',
  '- [ ] open\n- [x] done\n- [X] Done\n- [\tx] odd\n- [\r\n] crlf\n* [ ]\n',
  '1. [ ] numbered\n   - [x] nested',
  '---\ntitle: x\n---\n\nBody.',
  '---\n\nnot front matter',
  '\\[^1] [\\^1] \\| a \\|',
  '<https://autolink.example> and <a@b.co>',
];

describe('markdown parser setup', () => {
  it('gives the tree of the full parser on the edge cases of each extension', () => {
    for (const t of EDGES) sameTree(t, 'edge');
  });

  it('gives the tree of the full parser on every example, corpus document and rule example', () => {
    const dirs = ['examples', 'test/corpus', 'test/property'].map((d) => join(ROOT, d));
    for (const dir of dirs) for (const f of readdirSync(dir).filter((x) => x.endsWith('.md'))) sameTree(readFileSync(join(dir, f), 'utf8'), f);
    for (const rule of RULES) {
      for (const ex of [...rule.examples.invalid, ...rule.examples.valid]) {
        const text = (typeof ex === 'string' ? ex : ex.doc).replace(/[«»]/g, '');
        sameTree(text, rule.id);
      }
    }
    for (let i = 0; i < 8; i++) sameTree(generate(i % 2 ? 'prfaq' : 'narrative', 2, 700 + i), 'bench corpus');
  });

  it('gives the tree of the full parser on generated Markdown', () => {
    fc.assert(
      fc.property(doc, (d) => sameTree(d.text, 'generated')),
      params(300),
    );
  });
});
