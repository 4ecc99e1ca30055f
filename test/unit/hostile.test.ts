/**
 * Hostile input: absurd nesting and counts, NUL bytes, config files that
 * are deeply nested, huge, malformed or of the wrong types, and custom
 * words that look like catastrophic regular expressions. Each must give
 * sane findings; the absurd shapes of scripts/bench/hostile.ts must also
 * cost work in step with their size, counted (test/work.ts), never timed.
 * (bad-input.test.ts covers CRLF, BOM, emoji, 5 MB and 1 MB lines;
 * cli.test.ts covers binary and invalid UTF-8 files, exit 2.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFile, parseConfigText } from '../../engine/config/load.js';
import { DEFAULT_CONFIG, mergeConfig } from '../../engine/config/types.js';
import { LineIndex } from '../../engine/model/lines.js';
import { review } from '../../engine/review.js';
import { HOSTILE } from '../../scripts/bench/hostile.js';
import { CONTROL, measureWork, type WorkCase } from '../work.js';

function textAt(text: string, d: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }): string {
  const idx = new LineIndex(text);
  return text.slice(idx.offsetAt(d.range.start), idx.offsetAt(d.range.end));
}

describe('hostile input', function () {
  this.timeout(60000);

  it('survives 10,000-deep nested lists and block quotes, with exact ranges', () => {
    for (const text of ['> '.repeat(10000) + 'very slow\n', '- '.repeat(10000) + 'very slow\n', '* > '.repeat(5000) + 'very slow\n']) {
      const r = review(text, { kind: 'prfaq' });
      assert.deepEqual(r.errors, []);
      const found = r.diagnostics.filter((d) => d.code === 'weasel-word');
      assert.equal(found.length, 1);
      assert.equal(textAt(text, found[0]), 'very');
    }
  });

  // Ordered markers (`1.`) count towards the nesting cap too; before they
  // did, remark-gfm's autolink transform overflowed the stack here.
  it('survives a 10,000-deep nested ordered list', () => {
    const text = '1. '.repeat(10000) + 'very deep\n';
    assert.deepEqual(review(text, { kind: 'prfaq' }).errors, []);
  });

  // Past the nesting cap the parser sees flattened markers; prose is aligned
  // against that text, or findings drift onto the indentation.
  it('survives 1,000 lines of ever deeper indented list items (1 MB of indentation)', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i} is very good`).join('\n') + '\n';
    const r = review(text, { kind: 'narrative' });
    assert.deepEqual(r.errors, []);
    const found = r.diagnostics.filter((x) => x.code === 'weasel-word');
    assert.equal(found.length, 1000, 'one weasel word per item');
    for (const d of found) assert.equal(textAt(text, d), 'very');
  });

  it('reviews 100,000 headings', () => {
    const text = Array.from({ length: 100000 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${i}`).join('\n') + '\n';
    const r = review(text, { kind: 'prfaq' });
    assert.deepEqual(r.errors, []);
    assert.equal(r.model.sections.length, 100000);
    // No customer named anywhere: the one document-level finding, on the first heading.
    const none = r.diagnostics.filter((d) => d.code === 'vague-customer');
    assert.deepEqual(none.map((d) => [d.range.start.line, d.data]), [[0, { reason: 'no-specific-customer' }]]);
  });

  it('treats NUL bytes anywhere as text: in headings, front matter, comments and code', () => {
    const text = '---\u0000\nkind: prfaq\u0000\n---\n# T\u0000itle\n\n<!-- prfaq-disable\u0000 weasel-word -->\n\n\u0000\u0000It is very\u0000 fast.\n\n```\u0000\nvery\n```\n' + '\u0000'.repeat(10000) + '\n';
    const r = review(text, { kind: 'prfaq' });
    assert.deepEqual(r.errors, []);
    for (const d of r.diagnostics) textAt(text, d);
  });

  it('an appositive without a role noun after a role noun does not loop for ever (vague-customer)', () => {
    // narrowedAfter() used to reset the shared ROLE regex inside roleSegment's exec loop.
    const text = '# Nurses — every day\n\nNurses: the team ships it. Owners (our clients) wait. Teachers, namely x y z.\n';
    // Looping for ever, it would never get here (the test's timeout ends it).
    const r = review(text, { kind: 'prfaq', only: ['vague-customer'] });
    assert.deepEqual(r.errors, []);
  });

  it('a press-release part that is only a heading does not crash solution-first (found by npm run fuzz)', () => {
    // "# Solution" followed by a setext heading: the solution part has a heading and no blocks.
    const text = '# Solution\n\nusers\n===\n\nlaunch\nvery. very\n\n**Q: users?**\n2) wait very\n';
    const r = review(text, { kind: 'prfaq' });
    assert.deepEqual(r.errors, []);
  });

  it('a Q: marker followed by a character outside the BMP never splits its surrogate pair (found by npm run fuzz)', () => {
    const text = '# Frequently Asked Questions\n\n**Q:  \u{10000} the?**\n\nusers\nusers\n===\n';
    const r = review(text, { kind: 'prfaq' });
    assert.deepEqual(r.errors, []);
    for (const q of r.model.questions) {
      for (const at of [q.question.start, q.question.end]) {
        const c = text.charCodeAt(at);
        assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `question boundary ${at} is inside a surrogate pair`);
      }
    }
    assert.ok(r.model.questions.length > 0);
  });

  it('keeps ranges exact on continuation lines indented far past their list item', () => {
    const text = '- x\n    2) ships\n            1. many users 🚀 very slow\n';
    const found = review(text, { kind: 'prfaq', only: ['weasel-word'] }).diagnostics;
    assert.deepEqual(found.map((d) => textAt(text, d)), ['many', 'very']);
  });

  describe('work grows in step with the text (counted, not timed: test/work.ts)', function () {
    // Linear work is 4× at 4× the text (a little less where a fixed cost is
    // spread). Each quadratic step issue 18 removed made it 6–9× at these
    // sizes; 4.5 leaves room for inputs whose work per byte climbs slowly,
    // like the ever deeper list, whose lines deepen up to the nesting cap.
    const GROWTH = 4.5;
    const size = (input: string) => (input === 'ever deeper list' ? 100_000 : 50_000);
    const cases: WorkCase[] = [...HOSTILE.map((h) => h.name), CONTROL].flatMap((input) => [
      { input, bytes: size(input) },
      { input, bytes: 4 * size(input) },
    ]);
    let work: Map<string, [number, number]>;
    before(function () {
      this.timeout(300_000);
      const counts = measureWork(cases); // one child process for all of them
      work = new Map(cases.filter((_, i) => i % 2 === 0).map((c, i) => [c.input, [counts[2 * i], counts[2 * i + 1]]]));
    });

    it('sees quadratic work where there is some (the control)', () => {
      const [small, large] = work.get(CONTROL)!;
      assert.ok(large > 12 * small, `the control's work grew ${(large / small).toFixed(2)}× for 4× the text; the meter cannot tell quadratic from linear`);
    });

    for (const h of HOSTILE) {
      it(`${h.name}: 4× the text costs at most ${GROWTH}× the work`, () => {
        const [small, large] = work.get(h.name)!;
        assert.ok(small > 0, 'nothing was counted');
        const kb = size(h.name) / 1000;
        assert.ok(large <= GROWTH * small, `${h.name}: ${small} units of work at ${kb} KB, ${large} at ${4 * kb} KB (${(large / small).toFixed(2)}×)`);
      });
    }
  });

  describe('custom words that look like catastrophic regular expressions', () => {
    const NASTY = ['(a+)+$', '.*.*.*=', '(x+x+)+y', '([a-z]+)*!', '\\', '[', '(?<=a)', '^', '$', '|', 'a{1,99999}'];

    // Were they read as patterns, `(a+)+$` would match (and backtrack through) the runs of "a".
    it('are matched literally, as weasel words and as generic customers', () => {
      const config = mergeConfig({ weaselWords: { add: NASTY, remove: [] }, genericCustomers: { add: NASTY, remove: [] } });
      const attack = 'a'.repeat(5000) + '!' + ' ' + 'x'.repeat(5000) + ' ' + '='.repeat(5000);
      const text = `# Plan\n\nThis is (a+)+$ and .*.*.*= here. ${attack}\n\nAlso ${'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.repeat(200)}\n`;
      const r = review(text, { kind: 'prfaq', config });
      assert.deepEqual(r.errors, []);
      const weasels = r.diagnostics.filter((d) => d.code === 'weasel-word').map((d) => textAt(text, d));
      // Only the literal text, never what the pattern would match as a regex.
      for (const w of weasels) assert.ok(NASTY.includes(w) || w === '.*.*.*', `matched ${JSON.stringify(w)}`);
      assert.ok(!weasels.some((w) => /^a+$/.test(w)));
    });
  });

  describe('.prfaqrc.json', () => {
    let dir: string;
    before(() => (dir = mkdtempSync(join(tmpdir(), 'prfaq-hostile-'))));
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('a huge file (> 1 MB) is refused unread, naming the file, and the defaults apply', () => {
      const file = join(dir, 'huge.json');
      writeFileSync(file, `{"weaselWords": {"add": [${Array.from({ length: 150000 }, (_, i) => `"w${i}"`).join(',')}]}}`);
      const r = loadConfigFile(file);
      assert.deepEqual(r.input, {});
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].file, file);
      assert.match(r.problems[0].message, /over 1 MB.*defaults apply/);
      assert.deepEqual(mergeConfig(r.input), DEFAULT_CONFIG);
    });

    it('deeply nested or malformed JSON is reported at its line and column, and the defaults apply', () => {
      const cases: Array<[string, number]> = [
        ['['.repeat(100000), 1],
        ['{"rules": ' + '{"a": '.repeat(50000) + '1' + '}'.repeat(50000) + '}', 1],
        ['{\n  "rules": {\n    "weasel-word": "off",\n  ,}\n}', 4],
        ['{"rules": {"weasel-word": "off"}} trailing', 1],
        ['\u0000\u0001\u0002', 1],
        ['{"weaselWords": {"add": ["ok"]}\n\n\n"x"', 4],
      ];
      for (const [text, line] of cases) {
        const file = join(dir, 'bad.json');
        const r = parseConfigText(text, file);
        if (r.problems.length === 0) continue; // jsonc-parser accepted it: nothing to name
        assert.equal(r.problems[0].file, file);
        assert.equal(r.problems[0].line, line, `line for ${JSON.stringify(text.slice(0, 30))}`);
        assert.ok(r.problems[0].column >= 1);
        assert.ok(r.problems.every((p) => p.file === file));
      }
    });

    it('wrong types everywhere are each reported at their position and the defaults apply', () => {
      const text = '{\n"rules": [],\n"weaselWords": {"add": "very", "remove": [1, null, {}]},\n"genericCustomers": 7,\n"limits": {"faqWords": "many", "pressReleaseWords": -1},\n"readability": {"age": "old"},\n"kinds": {"prfaq": [1, 2]}\n}';
      const file = join(dir, 'types.json');
      const r = parseConfigText(text, file);
      assert.ok(r.problems.length >= 6, JSON.stringify(r.problems));
      for (const p of r.problems) {
        assert.equal(p.file, file);
        assert.ok(p.line >= 2 && p.line <= 7, `${p.message} at line ${p.line}`);
      }
      const config = mergeConfig(r.input);
      assert.deepEqual(config.limits, DEFAULT_CONFIG.limits);
      assert.deepEqual(config.readability, DEFAULT_CONFIG.readability);
      assert.deepEqual(config.genericCustomers, DEFAULT_CONFIG.genericCustomers);
      // The engine still reviews with it.
      assert.deepEqual(review('# T\n\nIt is very fast for users.\n', { kind: 'prfaq', config }).errors, []);
    });
  });
});
