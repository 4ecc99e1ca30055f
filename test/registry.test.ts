/**
 * The contract's rule ids are public: CI pipelines filter on them. This
 * guards that every id exists exactly once and nothing else sneaks in.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, RULE_IDS } from '../engine/rules/registry.js';

const CONTRACT_IDS = [
  'solution-first', 'vague-customer', 'missing-section', 'missing-faq', 'unanswered-question', 'weasel-word',
  'compound-metric', 'output-metric', 'readability', 'passive-voice', 'press-release-length', 'faq-length',
  'narrative-length', 'narrative-bullets', 'undefined-acronym', 'placeholder',
];

describe('rule registry', () => {
  it('holds every contract rule id exactly once', () => {
    const ids = RULES.map((r) => r.id);
    assert.deepEqual([...ids].sort(), [...CONTRACT_IDS].sort());
    assert.equal(new Set(ids).size, ids.length);
  });

  it('accepts `unknown-rule` in configuration, the one id added beyond the contract', () => {
    assert.deepEqual(RULE_IDS.filter((id) => !CONTRACT_IDS.includes(id)), ['unknown-rule']);
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
