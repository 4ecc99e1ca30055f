/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, Azure
 * DevOps…). One run; the driver lists every rule with its description, the
 * reason behind it and its page; each finding becomes a result with a
 * 1-based region on the file's path relative to the working folder.
 *
 * A dashboard shows the report on another machine than the one that ran
 * `prfaq`, where a `file:` link into the installed package leads nowhere.
 * So each rule's `help.markdown` is its whole page, read from the package:
 * the dashboard shows it as it is. `helpUri` is the same link as the
 * findings' `codeDescription.href` (a web page with `--docs-url`).
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocsUrl } from '../engine/diagnostic.js';
import { UNKNOWN_RULE } from '../engine/review.js';
import { RULES } from '../engine/rules/registry.js';
import { installedDocsBase, installedDocsFolder } from '../shared/rulePages.js';
import type { FileResult } from './lint.js';
import { VERSION } from './version.js';

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

/** The rule's page as shipped, or a short text with its link when the page cannot be read. */
function helpMarkdown(id: string, text: string, href: string): string {
  try {
    return readFileSync(join(installedDocsFolder(), `${id}.md`), 'utf8');
  } catch {
    return `${text}\n\n[Read more about ${id}](${href})`;
  }
}

/** `docsBase`: the folder of rule pages `helpUri` points into (--docs-url); the installed pages when absent. */
export function sarifRules(docsBase: string = installedDocsBase()): SarifRule[] {
  const rules: SarifRule[] = RULES.map((r) => {
    const short = r.description || `PR/FAQ Studio rule ${r.id}`;
    const full = r.principle || short;
    const href = ruleDocsUrl(r.id, docsBase);
    return {
      id: r.id,
      name: camel(r.id),
      shortDescription: { text: short },
      fullDescription: { text: full },
      help: { text: full, markdown: helpMarkdown(r.id, full, href) },
      helpUri: href,
      defaultConfiguration: { level: LEVEL_BY_NAME[r.defaultSeverity] ?? 'warning' },
    };
  });
  const unknown = 'A disable comment names a rule that does not exist, so it silences nothing.';
  const full = `${unknown} Check the spelling against the list of rules.`;
  const href = ruleDocsUrl(UNKNOWN_RULE, docsBase);
  rules.push({
    id: UNKNOWN_RULE,
    name: camel(UNKNOWN_RULE),
    shortDescription: { text: unknown },
    fullDescription: { text: full },
    help: { text: full, markdown: helpMarkdown(UNKNOWN_RULE, full, href) },
    helpUri: href,
    defaultConfiguration: { level: 'warning' },
  });
  return rules;
}

export function formatSarif(results: readonly FileResult[], cwd = process.cwd(), docsBase?: string): string {
  const rules = sarifRules(docsBase);
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
        // No informationUri: the project has no public web page to point at (the rule pages are in help).
        tool: { driver: { name: 'prfaq', fullName: 'PR/FAQ Studio', version: VERSION, semanticVersion: VERSION, rules } },
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
