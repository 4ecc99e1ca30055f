/**
 * Restricted Mode (an untrusted workspace): a `.prfaqrc.json` written by a
 * stranger may make the review stricter, never quieter. A reviewer who opens
 * someone else's repository should not see a clean draft only because the
 * repository's own config switched the rules off, raised the budgets or
 * re-classified the file as something that is not reviewed.
 *
 * What is kept: severities at or above the rule's default, added words,
 * acronyms taken off the known list, limits and readability settings that
 * are at least as strict as the defaults. What is dropped: rules turned off
 * or down, removed words, acronyms added to the known list, kind
 * globs (they decide which rules apply at all), looser limits, and
 * `maxDocumentSize` either way: lower, it would skip the review of a
 * document; higher, it would let a huge one hold up the editor.
 */
import { Severity, type SeverityName } from '../diagnostic.js';
import { DEFAULT_CONFIG, type ConfigInput, type PrfaqConfig } from './types.js';

export interface Restricted {
  input: ConfigInput;
  /** What was dropped, in words a writer understands; empty when nothing was. */
  ignored: string[];
}

/**
 * @param defaults each rule's default severity, so "down" can be judged
 *   (rules it does not list are treated as `warning`).
 */
export function restrictForUntrusted(input: ConfigInput, defaults: Readonly<Record<string, SeverityName>>): Restricted {
  const out: ConfigInput = {};
  const ignored: string[] = [];

  if (input.rules) {
    const kept: NonNullable<ConfigInput['rules']> = {};
    const quieter: string[] = [];
    for (const [id, setting] of Object.entries(input.rules)) {
      const base = Severity[defaults[id] ?? 'warning'];
      if (setting !== 'off' && Severity[setting] <= base) kept[id] = setting;
      else quieter.push(`${id} (${setting})`);
    }
    out.rules = kept;
    if (quieter.length) ignored.push(`rules turned off or down: ${quieter.join(', ')}`);
  }

  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  for (const key of ['weaselWords', 'genericCustomers'] as const) {
    const patch = input[key];
    if (!patch) continue;
    if (patch.add) out[key] = { add: patch.add };
    if (patch.remove?.length) ignored.push(`${key}.remove (${count(patch.remove.length, 'word')})`);
  }
  // The other way round for acronyms: one added to the known list is one fewer reported.
  if (input.knownAcronyms) {
    const { add, remove } = input.knownAcronyms;
    if (remove) out.knownAcronyms = { remove };
    if (add?.length) ignored.push(`knownAcronyms.add (${count(add.length, 'acronym')})`);
  }

  if (input.kinds && (input.kinds.prfaq?.length || input.kinds.narrative?.length)) ignored.push('kinds (file globs)');
  if (input.maxDocumentSize !== undefined) ignored.push(`maxDocumentSize ${input.maxDocumentSize} (the editor's prfaq.maxDocumentSize applies)`);

  const stricter = <K extends 'limits' | 'readability'>(key: K, isStricter: (field: string, value: number) => boolean) => {
    const given = input[key] as Record<string, number> | undefined;
    if (!given) return;
    const kept: Record<string, number> = {};
    for (const [field, value] of Object.entries(given)) {
      if (isStricter(field, value)) kept[field] = value;
      else ignored.push(`${key}.${field} ${value} (looser than the default ${(DEFAULT_CONFIG[key] as Record<string, number>)[field]})`);
    }
    (out as Record<string, unknown>)[key] = kept;
  };
  const limits = DEFAULT_CONFIG.limits as Record<string, number>;
  // A lower word budget is stricter.
  stricter('limits', (field, value) => value <= limits[field]);
  // A lower reader age, a lower share of agreeing formulas and shorter
  // sentences being judged all report more, not less.
  const readability: PrfaqConfig['readability'] & Record<string, number> = DEFAULT_CONFIG.readability;
  stricter('readability', (field, value) => value <= readability[field]);

  return { input: out, ignored };
}
