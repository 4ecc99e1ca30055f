/**
 * Diagnostics on an open `.prfaqrc.json`: each problem the loader found,
 * placed on the value it names, so the writer sees the mistake in place.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../../engine/config/types.js';
import { CONFIG_FILE_NAME } from '../../shared/protocol.js';

export interface ConfigDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: 1;
  source: 'prfaq';
  code: 'config';
  message: string;
}

export function isConfigUri(uri: string): boolean {
  return decodeURIComponent(uri).replace(/\\/g, '/').endsWith('/' + CONFIG_FILE_NAME);
}

/** A JSON token at the start of a string: a string literal, or a run up to a delimiter. */
const TOKEN = /^(?:"(?:[^"\\\r\n]|\\.)*"|[^\s,:{}[\]]+)/;

export function configDiagnostics(doc: TextDocument, problems: readonly ConfigProblem[]): ConfigDiagnostic[] {
  const lines = doc.lineCount;
  return problems.map((p) => {
    const line = p.line > 0 ? Math.min(p.line - 1, lines - 1) : 0;
    const lineStart = doc.offsetAt({ line, character: 0 });
    const lineEnd = line + 1 < lines ? doc.offsetAt({ line: line + 1, character: 0 }) : doc.getText().length;
    const lineText = doc.getText().slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    const character = p.line > 0 ? Math.min(Math.max(p.column - 1, 0), lineText.length) : 0;
    const token = TOKEN.exec(lineText.slice(character));
    const end = token ? character + token[0].length : Math.min(character + 1, lineText.length);
    return {
      range: { start: { line, character }, end: { line, character: end } },
      severity: 1,
      source: 'prfaq',
      code: 'config',
      message: p.message,
    };
  });
}
