/**
 * Writes the per-rule severity settings (`prfaq.rules.<id>`) into
 * package.json from the rule registry, so settings and rules cannot drift.
 * test/protocol/manifest.test.ts fails when package.json is out of date.
 *
 *   npx tsx scripts/gen-settings.ts          # rewrite package.json
 *   npx tsx scripts/gen-settings.ts --check  # exit 1 if it is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleDocUrl } from '../engine/diagnostic.js';
import '../engine/review.js'; // loads the registry through the engine
import { RULES } from '../engine/rules/registry.js';

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** The `properties` of `prfaq.rules`, one per rule id, in registry order. */
export function ruleSettings(): Record<string, { type: 'string'; enum: string[]; markdownDescription: string }> {
  const out: Record<string, { type: 'string'; enum: string[]; markdownDescription: string }> = {};
  for (const rule of RULES) {
    out[rule.id] = {
      type: 'string',
      enum: [...SEVERITIES],
      markdownDescription: `${rule.description} (default: \`${rule.defaultSeverity}\`; [rule page](${ruleDocUrl(rule.id)}))`,
    };
  }
  out['unknown-rule'] = {
    type: 'string',
    enum: [...SEVERITIES],
    markdownDescription: `A disable comment that names a rule that does not exist. (default: \`warning\`; [rule page](${ruleDocUrl('unknown-rule')}))`,
  };
  return out;
}

const ROOT = join(__dirname, '..');

/** package.json with the generated settings in place (text, as written to disk). */
export function generatedManifest(text: string): string {
  const pkg = JSON.parse(text);
  pkg.contributes.configuration.properties['prfaq.rules'].properties = ruleSettings();
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (require.main === module) {
  const file = join(ROOT, 'package.json');
  const before = readFileSync(file, 'utf8');
  const after = generatedManifest(before);
  if (process.argv.includes('--check')) {
    if (before !== after) {
      console.error('package.json: prfaq.rules is out of date with engine/rules/registry.ts; run `npx tsx scripts/gen-settings.ts`.');
      process.exit(1);
    }
  } else if (before !== after) {
    writeFileSync(file, after);
    console.log('package.json: prfaq.rules updated from the rule registry.');
  } else {
    console.log('package.json: prfaq.rules already up to date.');
  }
}
