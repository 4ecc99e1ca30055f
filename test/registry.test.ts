/**
 * The contract's rule ids are public: CI pipelines filter on them. The
 * registry is the one list of rules: this guards that every contract id is
 * in it exactly once and that no rule module is left out of it. New ids may
 * be added (the contract allows it); ids never change meaning.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_IDS } from '../engine/rules/registry.js';

const CONTRACT_IDS = [
  'solution-first', 'vague-customer', 'missing-section', 'missing-faq', 'unanswered-question', 'weasel-word',
  'compound-metric', 'output-metric', 'readability', 'passive-voice', 'press-release-length', 'faq-length',
  'narrative-length', 'narrative-bullets', 'undefined-acronym', 'placeholder', 'missing-success-metric',
];

describe('rule registry', () => {
  it('holds every contract rule id, each id once', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of CONTRACT_IDS) assert.ok(ids.includes(id), `contract id ${id} is not registered`);
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
  });

  it('registers every rule module under engine/rules/ under the id its file is named for', () => {
    const dir = join(__dirname, '..', 'engine', 'rules');
    // Each file named like a rule id exports the rule; the others are the registry's own tools.
    const TOOLS = ['groups.ts', 'helpers.ts', 'narrowing.ts', 'registry.ts', 'types.ts'];
    const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !TOOLS.includes(f)).map((f) => f.replace(/\.ts$/, ''));
    assert.deepEqual([...modules].sort(), RULES.map((r) => r.id).sort(), 'a rule file that is not registered, or a registered rule without its file');
  });

  it('accepts `unknown-rule` in configuration (an id beyond the contract that no module reports)', () => {
    assert.ok(RULE_IDS.includes('unknown-rule'));
    assert.ok(!RULES.some((r) => r.id === 'unknown-rule'));
  });

  it('states on each rule page the kinds and default severity the registry gives the rule', () => {
    const KINDS: Record<string, string> = { 'narrative,prfaq': 'PR/FAQs and narratives', prfaq: 'PR/FAQs', narrative: 'narratives' };
    for (const id of RULE_IDS) {
      const page = readFileSync(join(__dirname, '..', 'docs', 'rules', `${id}.md`), 'utf8');
      const rule = RULES.find((r) => r.id === id);
      // unknown-rule is reported for disable comments in either kind, as a warning.
      const kinds = rule ? KINDS[[...rule.kinds].sort().join(',')] : KINDS['narrative,prfaq'];
      const severity = rule ? rule.defaultSeverity : 'warning';
      const header = page.split('\n').slice(1, 8).find((l) => l.startsWith('**Applies to:**'));
      assert.equal(header, `**Applies to:** ${kinds} · **Default severity:** ${severity}`, `docs/rules/${id}.md`);
    }
  });

  it('lets .prfaqrc.json name every rule id, and only those (schemas/prfaqrc.schema.json)', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'prfaqrc.schema.json'), 'utf8'));
    const rules = schema.properties.rules;
    assert.deepEqual([...rules.propertyNames.enum].sort(), [...RULE_IDS].sort());
    assert.deepEqual(Object.keys(rules.properties).sort(), [...RULE_IDS].sort());
  });

  it('documents every rule id, including unknown-rule', () => {
    for (const id of RULE_IDS) {
      const page = readFileSync(join(__dirname, '..', 'docs', 'rules', `${id}.md`), 'utf8');
      assert.match(page, new RegExp(`^# .*${id}`, 'm'), `docs/rules/${id}.md needs a title naming the rule`);
    }
  });

  it('scopes prfaq-only and narrative-only rules as the contract says', () => {
    const kinds = Object.fromEntries(RULES.map((r) => [r.id, [...r.kinds].sort().join(',')]));
    for (const id of ['missing-section', 'missing-faq', 'press-release-length', 'faq-length']) assert.equal(kinds[id], 'prfaq', id);
    for (const id of ['narrative-length', 'narrative-bullets']) assert.equal(kinds[id], 'narrative', id);
    for (const id of ['solution-first', 'vague-customer', 'unanswered-question', 'weasel-word', 'compound-metric', 'output-metric', 'readability', 'passive-voice', 'undefined-acronym', 'placeholder']) {
      assert.equal(kinds[id], 'narrative,prfaq', id);
    }
  });
});
