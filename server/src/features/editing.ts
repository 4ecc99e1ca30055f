/**
 * Hover, document symbols, folding ranges, completion and code lens: thin
 * LSP shells over engine/explain/ (which holds the logic and the texts).
 */
import {
  CompletionItemKind,
  FoldingRangeKind,
  MarkupKind,
  SymbolKind,
  type CodeLens,
  type CompletionItem,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type TextDocumentPositionParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../../engine/config/types.js';
import { completions } from '../../../engine/explain/completion.js';
import { ruleHover, sectionHover } from '../../../engine/explain/hover.js';
import { foldable, outline, wordBudgets, type OutlineSymbol } from '../../../engine/explain/outline.js';
import { isConfigUri } from '../configDiagnostics.js';
import type { Context } from '../context.js';
import { outcome } from '../diagnostics.js';
import type { Outcome } from '../reviewer.js';

async function reviewed(ctx: Context, uri: string): Promise<{ doc: TextDocument; o: Outcome } | null> {
  const doc = ctx.documents.get(uri);
  if (!doc || isConfigUri(uri)) return null;
  const o = await outcome(ctx, doc);
  return o.model ? { doc, o } : null;
}

const range = (doc: TextDocument, start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });

export async function hover(ctx: Context, params: TextDocumentPositionParams): Promise<Hover | null> {
  const r = await reviewed(ctx, params.textDocument.uri);
  if (!r) return null;
  const { doc, o } = r;
  const p = params.position;
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const hits = o.diagnostics.filter((d) => before(d.range.start, p) && before(p, d.range.end));
  const texts = [...new Set(hits.map((d) => d.code))].map((id) => ruleHover(id, ctx.flags.docsBase)).filter((t): t is string => !!t);
  // On a heading, what the part is for comes too (after the findings on it).
  const s = sectionHover(o.model!, doc.offsetAt(p), o.config ?? DEFAULT_CONFIG);
  if (s) texts.push(s.markdown);
  if (!texts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: texts.join('\n\n---\n\n') }, range: hits[0]?.range ?? range(doc, s!.start, s!.end) };
}

const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  'press-release': SymbolKind.Module,
  part: SymbolKind.Field,
  faq: SymbolKind.Namespace,
  question: SymbolKind.Key,
  section: SymbolKind.String,
};

export async function documentSymbols(ctx: Context, uri: string): Promise<DocumentSymbol[] | null> {
  const r = await reviewed(ctx, uri);
  if (!r || !r.o.model!.kind) return null;
  const { doc } = r;
  const convert = (s: OutlineSymbol): DocumentSymbol => ({
    name: s.name,
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: range(doc, s.start, Math.max(s.end, s.selEnd)),
    selectionRange: range(doc, s.selStart, s.selEnd),
    children: s.children.map(convert),
  });
  return outline(r.o.model!).map(convert);
}

export async function foldingRanges(ctx: Context, uri: string): Promise<FoldingRange[] | null> {
  const r = await reviewed(ctx, uri);
  if (!r) return null;
  const out: FoldingRange[] = [];
  for (const f of foldable(r.o.model!)) {
    const startLine = r.doc.positionAt(f.start).line;
    const endLine = r.doc.positionAt(f.end).line;
    if (endLine > startLine) out.push({ startLine, endLine, kind: FoldingRangeKind.Region });
  }
  return out;
}

const ITEM_KIND = { part: CompletionItemKind.Module, faq: CompletionItemKind.Module, question: CompletionItemKind.Text, section: CompletionItemKind.Module, value: CompletionItemKind.EnumMember, key: CompletionItemKind.Property } as const;

export async function completion(ctx: Context, params: TextDocumentPositionParams): Promise<CompletionItem[] | null> {
  const r = await reviewed(ctx, params.textDocument.uri);
  if (!r) return null;
  const { doc } = r;
  return completions(r.o.model!, doc.offsetAt(params.position)).map((s) => ({
    label: s.label,
    kind: ITEM_KIND[s.kind],
    detail: s.detail,
    documentation: { kind: MarkupKind.Markdown, value: s.documentation },
    sortText: s.sortText,
    filterText: s.label,
    textEdit: { range: range(doc, s.start, s.end), newText: s.insertText },
  }));
}

export async function codeLenses(ctx: Context, uri: string): Promise<CodeLens[] | null> {
  const r = await reviewed(ctx, uri);
  if (!r) return null;
  return wordBudgets(r.o.model!, r.o.config ?? DEFAULT_CONFIG).map((b) => {
    const at = r.doc.positionAt(b.at);
    const over = b.words > b.limit ? ` — ${b.words - b.limit} over` : '';
    return { range: { start: at, end: at }, command: { title: `${b.label} · ${b.words.toLocaleString('en-US')} / ${b.limit.toLocaleString('en-US')} words${over}`, command: '' } };
  });
}
