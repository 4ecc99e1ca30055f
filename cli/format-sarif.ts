/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps…). One run; the driver lists every rule with its description, the
 * reason behind it and its documentation page; each finding becomes a result
 * with a 1-based region on the file's path relative to the working folder.
 */
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocUrl } from '../engine/diagnostic.js';
import { UNKNOWN_RULE } from '../engine/review.js';
import { RULES } from '../engine/rules/registry.js';
import type { FileResult } from './lint.js';
import { HOMEPAGE, VERSION } from './version.js';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<number, Level> = { 1: 'error', 2: 'warning', 3: 'note', 4: 'note' };
const LEVEL_BY_NAME: Record<string, Level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri: string;
  defaultConfiguration: { level: Level };
}

export function sarifRules(): SarifRule[] {
  const rules: SarifRule[] = RULES.map((r) => {
    const short = r.description || `PR/FAQ Studio rule ${r.id}`;
    const full = r.principle || short;
    return {
      id: r.id,
      name: camel(r.id),
      shortDescription: { text: short },
      fullDescription: { text: full },
      help: { text: full, markdown: `${full}\n\n[Read more about ${r.id}](${ruleDocUrl(r.id)})` },
      helpUri: ruleDocUrl(r.id),
      defaultConfiguration: { level: LEVEL_BY_NAME[r.defaultSeverity] ?? 'warning' },
    };
  });
  const unknown = 'A disable comment names a rule that does not exist, so it silences nothing.';
  rules.push({
    id: UNKNOWN_RULE,
    name: camel(UNKNOWN_RULE),
    shortDescription: { text: unknown },
    fullDescription: { text: `${unknown} Check the spelling against the list of rules.` },
    help: { text: `${unknown} Check the spelling against the list of rules.` },
    helpUri: ruleDocUrl(UNKNOWN_RULE),
    defaultConfiguration: { level: 'warning' },
  });
  return rules;
}

export function formatSarif(results: readonly FileResult[], cwd = process.cwd()): string {
  const rules = sarifRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults = [];
  for (const r of results) {
    const { uri, uriBaseId } = artifactUri(r.absolute, cwd);
    for (const d of r.diagnostics) {
      const { start, end } = d.range;
      sarifResults.push({
        ruleId: d.code,
        ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
        level: LEVEL[d.severity] ?? 'warning',
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, ...(uriBaseId ? { uriBaseId } : {}) },
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        ...(d.data ? { properties: { data: d.data } } : {}),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'prfaq', fullName: 'PR/FAQ Studio', version: VERSION, semanticVersion: VERSION, informationUri: HOMEPAGE, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** A relative, percent-encoded URI under %SRCROOT% (the working folder), or an absolute file: URI outside it. */
function artifactUri(absolute: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function camel(id: string): string {
  return id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase());
}
