/**
 * The config loader: finding `.prfaqrc.json`, reading it forgivingly, and
 * telling the user exactly where a wrong entry is while the rest applies.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findConfigFile, loadConfigFile, parseConfigText, pathForKindGlobs, validateConfigObject } from '../engine/config/load.js';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../engine/config/size.js';
import { DEFAULT_CONFIG, mergeConfig } from '../engine/config/types.js';
import { review } from '../engine/review.js';
import { RULE_IDS } from '../engine/rules/registry.js';

const F = 'cfg.json';

describe('config loader', function () {
  let dir: string;
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'prfaq-config-'));
  });
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('findConfigFile', function () {
    it('walks up from the document folder to the nearest .prfaqrc.json', function () {
      mkdirSync(join(dir, 'a', 'b', 'c'), { recursive: true });
      writeFileSync(join(dir, '.prfaqrc.json'), '{}');
      writeFileSync(join(dir, 'a', '.prfaqrc.json'), '{}');
      assert.equal(findConfigFile(join(dir, 'a', 'b', 'c')), join(dir, 'a', '.prfaqrc.json'));
      assert.equal(findConfigFile(join(dir, 'a')), join(dir, 'a', '.prfaqrc.json'));
      assert.equal(findConfigFile(dir), join(dir, '.prfaqrc.json'));
    });

    it('ignores a folder named .prfaqrc.json', function () {
      mkdirSync(join(dir, 'x', '.prfaqrc.json'), { recursive: true });
      writeFileSync(join(dir, '.prfaqrc.json'), '{}');
      assert.equal(findConfigFile(join(dir, 'x')), join(dir, '.prfaqrc.json'));
    });

    it('stops at the filesystem root', function () {
      // Whatever lies above the temp folder, the walk ends and returns a file or nothing.
      const found = findConfigFile(join(dir, 'missing', 'deeper'));
      assert.ok(found === undefined || found.endsWith('.prfaqrc.json'));
      assert.equal(findConfigFile(resolve('/')), (() => {
        try {
          readFileSync('/.prfaqrc.json');
          return '/.prfaqrc.json';
        } catch {
          return undefined;
        }
      })());
    });
  });

  describe('loadConfigFile / parseConfigText', function () {
    it('accepts comments, trailing commas and a byte-order mark', function () {
      const path = join(dir, '.prfaqrc.json');
      writeFileSync(path, '\uFEFF{\n  // strict team\n  "rules": { "weasel-word": "error", },\n  /* longer releases */\n  "limits": { "pressReleaseWords": 800 },\n}\n');
      const r = loadConfigFile(path);
      assert.deepEqual(r.problems, []);
      assert.deepEqual(r.input, { rules: { 'weasel-word': 'error' }, limits: { pressReleaseWords: 800 } });
      assert.equal(r.unreadable, undefined);
    });

    it('a syntax error names the file and the 1-based line:column, and the defaults apply', function () {
      const r = parseConfigText('{\n  "rules": {\n    "weasel-word": "off"\n  }\n  "limits": {}\n}\n', F);
      assert.deepEqual(r.input, {});
      assert.equal(r.problems.length, 1);
      assert.equal(r.problems[0].file, F);
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [5, 3]);
      assert.match(r.problems[0].message, /not valid JSON.*","/);
    });

    it('an unknown rule is reported at its key, with the closest id suggested, and the rest applies', function () {
      const r = parseConfigText('{\n  "rules": {\n    "weasle-word": "off",\n    "placeholder": "error"\n  }\n}', F);
      assert.deepEqual(r.input, { rules: { placeholder: 'error' } });
      assert.equal(r.problems.length, 1);
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [3, 5]);
      assert.match(r.problems[0].message, /"weasle-word".*did you mean "weasel-word"/);
    });

    it('does not suggest an id for a name that is nothing like one', function () {
      const r = parseConfigText('{"rules": {"spelling": "off"}}', F);
      assert.equal(r.problems.length, 1);
      assert.doesNotMatch(r.problems[0].message, /did you mean/);
    });

    it('an unknown severity is reported at its value, suggesting the closest', function () {
      const r = parseConfigText('{"rules": {"placeholder": "eror", "weasel-word": "off"}}', F);
      assert.deepEqual(r.input, { rules: { 'weasel-word': 'off' } });
      assert.equal(r.problems.length, 1);
      assert.deepEqual([r.problems[0].line, r.problems[0].column], [1, 27]);
      assert.match(r.problems[0].message, /"eror".*did you mean "error"/);
    });

    it('a value of the wrong type is ignored on its own', function () {
      const text = '{\n  "limits": { "pressReleaseWords": "six hundred", "faqWords": 3000 },\n  "readability": { "threshold": 2, "age": 14 },\n  "weaselWords": { "add": ["synergy", 7], "remove": "very" }\n}';
      const r = parseConfigText(text, F);
      assert.deepEqual(r.input, { limits: { faqWords: 3000 }, readability: { age: 14 }, weaselWords: { add: ['synergy'] } });
      const places = r.problems.map((p) => `${p.line}:${p.column}`);
      assert.deepEqual(places, ['2:36', '3:33', '4:39', '4:53']);
      assert.match(r.problems[0].message, /pressReleaseWords.*whole number.*"six hundred"/);
      assert.match(r.problems[1].message, /threshold.*from 0 to 1/);
    });

    it('unknown top-level keys are reported, "$schema" is not', function () {
      const r = parseConfigText('{"$schema": "./schemas/prfaqrc.schema.json", "rulez": {}, "kinds": {"prfaq": ["plans/**"]}}', F);
      assert.deepEqual(r.input, { kinds: { prfaq: ['plans/**'] } });
      assert.equal(r.problems.length, 1);
      assert.match(r.problems[0].message, /unknown setting "rulez".*did you mean "rules"/);
    });

    it('maxDocumentSize is a whole number of bytes, 0 or more', function () {
      assert.deepEqual(parseConfigText('{"maxDocumentSize": 0}', F).input, { maxDocumentSize: 0 });
      assert.deepEqual(parseConfigText('{"maxDocumentSize": 20000000}', F).input, { maxDocumentSize: 20000000 });
      for (const bad of ['-1', '1.5', '"10 MB"']) {
        const r = parseConfigText(`{"maxDocumentSize": ${bad}}`, F);
        assert.deepEqual(r.input, {}, bad);
        assert.match(r.problems[0].message, /"maxDocumentSize" \(the largest document reviewed, in bytes; 0 for no limit\) must be a whole number of at least 0/);
      }
    });

    it('a configuration that is not an object is reported and the defaults apply', function () {
      const r = parseConfigText('["weasel-word"]', F);
      assert.deepEqual(r.input, {});
      assert.equal(r.problems.length, 1);
      assert.match(r.problems[0].message, /must be an object/);
    });

    it('an empty file says nothing', function () {
      assert.deepEqual(parseConfigText('', F), { file: F, input: {}, problems: [] });
    });

    it('a missing file is unreadable; a file over 1 MB is refused with a clear problem', function () {
      const missing = loadConfigFile(join(dir, 'nope.json'));
      assert.equal(missing.unreadable, 'no such file');
      assert.deepEqual(missing.input, {});

      const big = join(dir, 'big.json');
      writeFileSync(big, `{"rules": {"weasel-word": "off"}, "x": "${'a'.repeat(1024 * 1024)}"}`);
      const r = loadConfigFile(big);
      assert.deepEqual(r.input, {});
      assert.equal(r.unreadable, undefined);
      assert.match(r.problems[0].message, /over 1 MB/);
    });
  });

  describe('validateConfigObject (prfaq.* settings)', function () {
    it('checks the same shape without positions, skipping unset values', function () {
      const r = validateConfigObject(
        { rules: { 'weasel-word': 'hint', 'weasel-words': 'off' }, weaselWords: { add: ['synergy'], remove: null }, limits: null, readability: { minWords: 0 } },
        'settings',
      );
      assert.deepEqual(r.input, { rules: { 'weasel-word': 'hint' }, weaselWords: { add: ['synergy'] }, readability: {} });
      assert.deepEqual(
        r.problems.map((p) => [p.file, p.line, p.column]),
        [
          ['settings', 0, 0],
          ['settings', 0, 0],
        ],
      );
      assert.match(r.problems.map((p) => p.message).join('\n'), /"weasel-words".*did you mean "weasel-word"/);
    });
  });

  describe('merged with mergeConfig', function () {
    it('a file and the settings merge over the defaults, the file winning', function () {
      const settings = validateConfigObject({ rules: { 'weasel-word': 'info', placeholder: 'off' }, weaselWords: { add: ['synergy'] } }, 'settings').input;
      const file = parseConfigText('{"rules": {"weasel-word": "error"}, "weaselWords": {"add": ["leverage"]}}', F).input;
      const config = mergeConfig(settings, file);
      assert.deepEqual(config.rules, { 'weasel-word': 'error', placeholder: 'off' });
      assert.deepEqual(config.weaselWords.add, ['synergy', 'leverage']);
      assert.deepEqual(config.limits, DEFAULT_CONFIG.limits);
    });

    it('custom weasel words from a file change what the review finds, as literal text', function () {
      const input = parseConfigText('{"weaselWords": {"add": ["synergy", "c++ guru"]}}', F).input;
      const r = review('# Plan\n\nOur synergy helps every c++ guru and every cxx guru.\n', { kind: 'prfaq', config: mergeConfig(input), only: ['weasel-word'] });
      assert.deepEqual(
        r.diagnostics.map((d) => d.data?.word),
        ['synergy', 'c++ guru'],
      );
    });
  });

  describe('knownAcronyms', function () {
    it('from a file, adds to and takes from the acronyms undefined-acronym accepts, and a wrong entry is reported', function () {
      const r = parseConfigText('{"knownAcronyms": {"add": ["WMS", 3], "remove": ["API"]}}', F);
      assert.deepEqual(r.input, { knownAcronyms: { add: ['WMS'], remove: ['API'] } });
      assert.match(r.problems.map((p) => p.message).join('\n'), /"knownAcronyms.add" entries must be strings/);
      const doc = '# Plan\n\nThe WMS sends each order to the API before the ERP sees it.\n';
      const acronymsIn = (config = mergeConfig()) => review(doc, { kind: 'prfaq', config, only: ['undefined-acronym'] }).diagnostics.map((d) => d.data?.acronym);
      assert.deepEqual(acronymsIn(), ['WMS', 'ERP']);
      assert.deepEqual(acronymsIn(mergeConfig(r.input)), ['API', 'ERP']);
    });
  });

  describe('pathForKindGlobs', function () {
    it('is relative to the config file folder, with "/" separators', function () {
      assert.equal(pathForKindGlobs(join(dir, 'plans', 'q3.md'), join(dir, '.prfaqrc.json')), 'plans/q3.md');
      assert.equal(pathForKindGlobs(join(dir, 'plans', 'q3.md'), undefined, dir), 'plans/q3.md');
    });
  });

  describe('the published schema', function () {
    const schema = JSON.parse(readFileSync(resolve(__dirname, '..', 'schemas', 'prfaqrc.schema.json'), 'utf8'));

    it('lists exactly the rule ids the engine knows', function () {
      assert.deepEqual([...schema.properties.rules.propertyNames.enum].sort(), [...RULE_IDS].sort());
      assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
    });

    it('describes every property and rejects unknown ones', function () {
      const walk = (node: Record<string, unknown>, path: string) => {
        if (node.type === 'object') assert.equal(node.additionalProperties, false, `${path} allows unknown keys`);
        for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
          assert.equal(typeof v.description, 'string', `${path}.${k} has no description`);
          walk(v, `${path}.${k}`);
        }
      };
      walk(schema, '');
    });

    it('has the defaults the engine uses', function () {
      for (const [k, v] of Object.entries(DEFAULT_CONFIG.limits)) assert.equal(schema.properties.limits.properties[k].default, v, k);
      for (const [k, v] of Object.entries(DEFAULT_CONFIG.readability)) assert.equal(schema.properties.readability.properties[k].default, v, k);
      assert.equal(schema.properties.maxDocumentSize.default, DEFAULT_MAX_DOCUMENT_SIZE);
    });
  });
});
