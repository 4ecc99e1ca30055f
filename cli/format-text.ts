/**
 * The text format, one finding a line as other linters print them:
 *   path:line:col  severity  message  rule-id
 * with 1-based line and column (UTF-16 units, as editors count), then a
 * summary line. Everything goes to stdout, like eslint's stylish/compact
 * output, so `prfaq lint … > report.txt` keeps the whole report.
 */
import { count, type FileResult } from './lint.js';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const { line, character } = d.range.start;
      const message = d.message.replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(`${r.file}:${line + 1}:${character + 1}  ${SEVERITY[d.severity]}  ${message}  ${d.code}`);
    }
  }
  const c = count(results);
  const total = c.errors + c.warnings + c.infos + c.hints;
  if (total > 0) {
    const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
    if (c.infos) parts.push(plural(c.infos, 'info'));
    if (c.hints) parts.push(plural(c.hints, 'hint'));
    lines.push('', `✖ ${plural(total, 'problem')} (${parts.join(', ')})`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
