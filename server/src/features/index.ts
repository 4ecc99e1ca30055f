/** Registers the editing features (code actions, hover, outline, folding, completion, code lens). */
import type { Context } from '../context.js';
import { codeActions } from './codeActions.js';
import { codeLenses, completion, documentSymbols, foldingRanges, hover } from './editing.js';

export function registerFeatures(ctx: Context): void {
  const c = ctx.connection;
  c.onCodeAction((params) => codeActions(ctx, params));
  c.onHover((params) => hover(ctx, params));
  c.onDocumentSymbol((params) => documentSymbols(ctx, params.textDocument.uri));
  c.onFoldingRanges((params) => foldingRanges(ctx, params.textDocument.uri));
  c.onCompletion((params) => completion(ctx, params));
  c.onCodeLens((params) => codeLenses(ctx, params.textDocument.uri));
}
