/**
 * The injection grammar, tokenised as VS Code does (vscode-textmate with
 * the Oniguruma WASM) on top of the real Markdown grammar: PR/FAQ elements
 * get their scopes, and Markdown's own scopes stay as they were.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const ROOT = join(__dirname, '..', '..');
const MARKDOWN = join(ROOT, 'node_modules/tm-grammars/grammars/markdown.json');
const INJECTION = join(ROOT, 'syntaxes/prfaq.injection.tmLanguage.json');

let grammar: textmate.IGrammar;
let plain: textmate.IGrammar;

async function load(withInjection: boolean): Promise<textmate.IGrammar> {
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (s: string[]) => new oniguruma.OnigScanner(s), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown') return textmate.parseRawGrammar(readFileSync(MARKDOWN, 'utf8'), MARKDOWN);
      if (scope === 'prfaq.injection') return textmate.parseRawGrammar(readFileSync(INJECTION, 'utf8'), INJECTION);
      return null; // embedded languages are not needed here
    },
    getInjections: (scope) => (withInjection && scope === 'text.html.markdown' ? ['prfaq.injection'] : undefined),
  });
  const g = await registry.loadGrammar('text.html.markdown');
  assert.ok(g, 'the Markdown grammar loads');
  return g;
}

/** [text, scopes] for each token of each line. */
function tokens(g: textmate.IGrammar, text: string): Array<[string, string[]]> {
  let state = textmate.INITIAL;
  const out: Array<[string, string[]]> = [];
  for (const line of text.split('\n')) {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes]);
    state = r.ruleStack;
  }
  return out;
}

/** The scopes of the first token whose text is exactly `piece`. */
function scopesOf(g: textmate.IGrammar, text: string, piece: string): string[] {
  const hit = tokens(g, text).find(([t]) => t === piece);
  assert.ok(hit, `a token ${JSON.stringify(piece)} in ${JSON.stringify(text)}; tokens: ${JSON.stringify(tokens(g, text).map(([t]) => t))}`);
  return hit[1];
}

describe('injection grammar', () => {
  before(async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    grammar = await load(true);
    plain = await load(false);
  });

  it('scopes the dateline: place, dashes and date', () => {
    const line = 'PORTLAND, Ore. — April 6, 2027 — Lantern today launched Lantern Bookings.';
    assert.ok(scopesOf(grammar, line, 'PORTLAND, Ore.').includes('entity.name.place.dateline.prfaq'));
    assert.ok(scopesOf(grammar, line, 'April 6, 2027').includes('constant.other.date.dateline.prfaq'));
    assert.ok(scopesOf(grammar, line, '—').includes('punctuation.separator.dateline.prfaq'));
    assert.ok(scopesOf(grammar, line, ' Lantern today launched Lantern Bookings.').includes('meta.paragraph.markdown'));
  });

  it('scopes a placeholder dateline, and not an ordinary sentence with a dash', () => {
    const line = '[CITY, State] — [Launch date] — [TK: company] today launched it.';
    assert.ok(scopesOf(grammar, line, '[CITY, State]').includes('entity.name.place.dateline.prfaq'));
    assert.ok(scopesOf(grammar, line, '[TK: company]').includes('invalid.placeholder.prfaq'));
    const prose = 'The team — all six of us — shipped it.';
    assert.ok(tokens(grammar, prose).every(([, s]) => !s.some((x) => x.includes('dateline'))));
  });

  it('scopes FAQ question and answer markers and keeps Markdown bold', () => {
    const q = '**Q: What does Lantern Bookings cost?**';
    assert.ok(scopesOf(grammar, q, 'Q:').includes('keyword.other.faq.question.prfaq'));
    assert.ok(scopesOf(grammar, q, ' What does Lantern Bookings cost?').includes('markup.bold.markdown'));
    const a = '**A:** It costs $29 a month per shop.';
    assert.ok(scopesOf(grammar, a, 'A:').includes('keyword.other.faq.answer.prfaq'));
    assert.ok(scopesOf(grammar, a, 'A:').includes('markup.bold.markdown'));
    assert.ok(scopesOf(grammar, 'Q: Why now?', 'Q:').includes('keyword.other.faq.question.prfaq'));
    assert.ok(scopesOf(grammar, 'A: Because the APIs opened in 2026.', 'A:').includes('keyword.other.faq.answer.prfaq'));
  });

  it('scopes placeholders, in prose and in answers', () => {
    assert.ok(scopesOf(grammar, 'The price is [TK: price] a month.', '[TK: price]').includes('invalid.placeholder.prfaq'));
    assert.ok(scopesOf(grammar, 'It ships TBD.', 'TBD').includes('invalid.placeholder.prfaq'));
    assert.ok(scopesOf(grammar, 'Hello {{name}}.', '{{name}}').includes('invalid.placeholder.prfaq'));
    assert.ok(scopesOf(grammar, '**A:** [TK: the answer]', '[TK: the answer]').includes('invalid.placeholder.prfaq'));
  });

  it('scopes disable comments with the rule names', () => {
    const line = '<!-- prfaq-disable-next-line weasel-word, vague-customer -->';
    assert.ok(scopesOf(grammar, line, 'prfaq-disable-next-line').includes('keyword.control.directive.prfaq'));
    assert.ok(scopesOf(grammar, line, ' weasel-word, vague-customer ').includes('variable.parameter.rule.prfaq'));
  });

  it('leaves code, inline code and ordinary comments alone', () => {
    const doc = '```\nQ: not a question\nPORTLAND, OR — May 1, 2027 — TBD\n```\n\nUse `TBD` here.\n\n<!-- a note: TBD -->';
    for (const [text, scopes] of tokens(grammar, doc)) {
      assert.ok(!scopes.some((s) => s.endsWith('.prfaq')), `${JSON.stringify(text)} has no prfaq scope: ${scopes.join(' ')}`);
    }
  });

  it('changes nothing for Markdown without PR/FAQ elements', () => {
    const doc = '# Title\n\nSome *emphasis*, **bold**, a [link](https://example.com) and `code`.\n\n- a list item\n\n> a quote\n\n| a | b |\n| - | - |\n| 1 | 2 |';
    assert.deepEqual(tokens(grammar, doc), tokens(plain, doc));
  });
});
