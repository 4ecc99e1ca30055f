/**
 * The parser loads only the syntax extensions a text could use, and a
 * plain paragraph is not parsed at all (engine/model/markdown.ts,
 * engine/model/plain.ts). That must never change the tree: every document
 * we have, every chunk of them, every rule example, generated Markdown and
 * the edge cases of each shortcut are parsed both ways and compared.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitChunks } from '../../engine/model/chunks.js';
import { parseFlat } from '../../engine/model/markdown.js';
import { plainParagraph } from '../../engine/model/plain.js';
import { RULES } from '../../engine/rules/registry.js';
import { generate } from '../../scripts/bench/corpus.js';
import { doc, line, params } from '../property/gen.js';

const ROOT = join(__dirname, '..', '..');

/** Every example, corpus document and property-test document in the repository, with its file name. */
function repositoryDocuments(): Array<{ name: string; text: string }> {
  const dirs = ['examples', 'test/corpus', 'test/property'].map((d) => join(ROOT, d));
  return dirs.flatMap((dir) => readdirSync(dir).filter((x) => x.endsWith('.md')).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })));
}

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
    for (const { name, text } of repositoryDocuments()) sameTree(text, name);
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

/** Text one character away from a plain paragraph, each way the shortcut must notice. */
const NEAR_PLAIN = [
  'Plain words.\nAnd more.',
  'Hard break  \nhere.',
  'Hard break\\\nhere.',
  'Trailing space \n\n',
  'Trailing space ',
  'Tab\tinside.',
  'Trailing tab\t\nnext.',
  'Trailing tab\t',
  'CRLF line\r\nnext.',
  'Heading\n===',
  'Heading\n---',
  'Text\n- list',
  'Text\n1. list',
  'Text\n2) list',
  'Text\n> quote',
  'Text\n    indented',
  ' Leading space.',
  'Text\n```\ncode',
  'An *emphasis* and _this_.',
  'Some `code` here.',
  'A [link] and ![image].',
  'An <em>tag</em> and <https://x.io>.',
  'An entity &amp; or &#64;.',
  'Email me at a@b.co.',
  'See www.example.com today.',
  'See http://example.com today.',
  'A ~strike~ and a | pipe.',
  '"Quoted," she said.\n(Aside.)\n“Curly” and ‘single’.',
  'Ünïcödé lines\nÉtoile and 東京.',
  'Numbers 20% and 3.5 and #7 mid-line: fine.\nAnd a colon: here.',
  'Zero\u0000byte.',
  '\uFEFFBOM first.',
  'Non-breaking\u00a0\nspace at a line end.',
  'Line\n\u00a0starting with one.',
  'Form\ffeed, vertical\vtab, line\u2028separator, next\u0085line at a line end\f\nand \uD800 a lone surrogate.',
  'Ends with blank lines.\n\n\n',
  '\n\nStarts with them.',
];

describe('plain paragraphs', () => {
  it('get the parser\'s tree, and near misses go to the parser', () => {
    for (const t of NEAR_PLAIN) sameTree(t, 'near plain');
    assert.ok(plainParagraph('"Quoted," she said.\n(Aside.)\n“Curly” and ‘single’.'), 'quotes and parentheses are plain');
    assert.equal(plainParagraph('Hard break  \nhere.'), null);
    assert.equal(plainParagraph('Text\n- list'), null);
  });

  it('get the parser\'s tree for every chunk of every document we have, and most prose chunks take the shortcut', () => {
    const texts = repositoryDocuments().map((d) => d.text);
    for (let i = 0; i < 6; i++) texts.push(generate(i % 2 ? 'prfaq' : 'narrative', 3, 800 + i));
    let chunks = 0;
    let plain = 0;
    for (const text of texts) {
      for (const c of splitChunks(text)) {
        const chunk = text.slice(c.start, c.end);
        chunks++;
        if (plainParagraph(chunk)) plain++;
        sameTree(chunk, 'chunk');
      }
    }
    assert.ok(plain > chunks / 5, `${plain} of ${chunks} chunks were plain paragraphs`);
  });

  it("get the parser's tree on generated lines", () => {
    let plain = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '\n', '\n\n', ' ', '  \n'), (lines, end) => {
        const text = lines.join('\n') + end;
        if (plainParagraph(text)) plain++;
        sameTree(text, 'generated lines');
      }),
      params(600),
    );
    assert.ok(plain > 0, 'some generated lines were plain paragraphs');
  });
});
