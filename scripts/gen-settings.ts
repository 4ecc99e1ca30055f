/**
 * Writes the per-rule severity settings (`prfaq.rules.<id>`) into
 * package.json from the rule registry, so settings and rules cannot drift.
 * The manifest names each description by a `%key%`; the English text goes to
 * package.nls.json (VS Code looks the keys up there, and a translation can
 * add package.nls.<locale>.json beside it). Only the rule entries are
 * generated; every other key in both files is left as it is.
 * test/protocol/manifest.test.ts fails when either file is out of date.
 *
 *   npx tsx scripts/gen-settings.ts          # rewrite package.json and package.nls.json
 *   npx tsx scripts/gen-settings.ts --check  # exit 1 if either is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../engine/review.js'; // loads the registry through the engine
import { RULES } from '../engine/rules/registry.js';

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** The package.nls.json key that holds the description of `prfaq.rules.<id>`. */
export function ruleNlsKey(id: string): string {
  return `prfaq.config.rules.${id}.markdownDescription`;
}
const RULE_KEY = /^prfaq\.config\.rules\.[^.]+\.markdownDescription$/;
/** The generated entries go right after this one (the description of `prfaq.rules` itself). */
const ANCHOR_KEY = 'prfaq.config.rules.markdownDescription';

/**
 * English description of each rule's setting, in registry order
 * (`unknown-rule` last). It names the command that opens the rule's page
 * rather than linking to it: VS Code shows these texts only in settings.json
 * hovers and completions, which drop command links (seen in code-server),
 * and the page has no other address inside the editor.
 */
export function ruleDescriptions(): Array<[id: string, text: string]> {
  const page = 'its page: **PR/FAQ: Open Rule Page…**';
  const out: Array<[string, string]> = RULES.map((rule) => [rule.id, `${rule.description} (default: \`${rule.defaultSeverity}\`; ${page})`]);
  out.push(['unknown-rule', `A disable comment that names a rule that does not exist. (default: \`warning\`; ${page})`]);
  return out;
}

/** The `properties` of `prfaq.rules`, one per rule id, in registry order. */
export function ruleSettings(): Record<string, { type: 'string'; enum: string[]; markdownDescription: string }> {
  const out: Record<string, { type: 'string'; enum: string[]; markdownDescription: string }> = {};
  for (const [id] of ruleDescriptions()) {
    out[id] = { type: 'string', enum: [...SEVERITIES], markdownDescription: `%${ruleNlsKey(id)}%` };
  }
  return out;
}

const ROOT = join(__dirname, '..');

/** package.json with the generated settings in place (text, as written to disk). */
export function generatedManifest(text: string): string {
  const pkg = JSON.parse(text);
  pkg.contributes.configuration.properties['prfaq.rules'].properties = ruleSettings();
  return JSON.stringify(pkg, null, 2) + '\n';
}

/**
 * package.nls.json with the rule descriptions in place: stale rule entries
 * dropped, the current ones right after the `prfaq.rules` description (or at
 * the end when that entry is missing), every other entry kept in its order.
 */
export function generatedNls(text: string): string {
  const before: Record<string, string> = JSON.parse(text);
  const generated = Object.fromEntries(ruleDescriptions().map(([id, d]) => [ruleNlsKey(id), d]));
  const out: Record<string, string> = {};
  let placed = false;
  for (const [key, value] of Object.entries(before)) {
    if (RULE_KEY.test(key)) continue;
    out[key] = value;
    if (key === ANCHOR_KEY) {
      Object.assign(out, generated);
      placed = true;
    }
  }
  if (!placed) Object.assign(out, generated);
  return JSON.stringify(out, null, 2) + '\n';
}

if (require.main === module) {
  const files = [
    { file: join(ROOT, 'package.json'), generate: generatedManifest },
    { file: join(ROOT, 'package.nls.json'), generate: generatedNls },
  ];
  let stale = 0;
  for (const { file, generate } of files) {
    const before = readFileSync(file, 'utf8');
    const after = generate(before);
    const name = file.slice(ROOT.length + 1);
    if (before === after) {
      console.log(`${name}: rule settings already up to date.`);
    } else if (process.argv.includes('--check')) {
      console.error(`${name}: rule settings are out of date with engine/rules/registry.ts; run \`npx tsx scripts/gen-settings.ts\`.`);
      stale++;
    } else {
      writeFileSync(file, after);
      console.log(`${name}: rule settings updated from the rule registry.`);
    }
  }
  if (stale) process.exit(1);
}
