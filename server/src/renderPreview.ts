/**
 * `prfaq/renderPreview`: the press-release preview of an open document.
 * The engine's renderer, with the document's merged configuration (settings
 * under `.prfaqrc.json`) so the budget meter uses the same limit as the
 * `press-release-length` finding. It builds the model itself rather than
 * going through the reviewer, so previewing never changes which review the
 * diagnostics show (on-save and manual modes keep their last review).
 */
import { sizeAgainstLimit, textTooLarge } from '../../engine/config/size.js';
import { mergeConfig } from '../../engine/config/types.js';
import { buildModel } from '../../engine/model/build.js';
import { RenderPreviewRequest, type RenderPreviewResult } from '../../shared/protocol.js';
import { isConfigUri } from './configDiagnostics.js';
import type { Context } from './context.js';
import { Reviewer } from './reviewer.js';

export function registerRenderPreview(ctx: Context): void {
  ctx.connection.onRequest(RenderPreviewRequest.type, async (params): Promise<RenderPreviewResult | null> => {
    const uri = params?.textDocument?.uri;
    const doc = typeof uri === 'string' ? ctx.documents.get(uri) : undefined;
    if (!doc || isConfigUri(doc.uri)) return null;
    const version = doc.version;
    const text = doc.getText();
    const settings = await ctx.settings.get(doc.uri);
    const base = { uri: doc.uri, version, kind: null, title: '', html: null, budget: null };
    const project = ctx.projects.forUri(doc.uri);
    const limit = Reviewer.sizeLimit(settings, project);
    const bytes = textTooLarge(text, limit.bytes);
    if (bytes !== null) {
      const sizes = sizeAgainstLimit(bytes, limit.bytes);
      return { ...base, message: `This document is ${sizes.size}, over the limit of ${sizes.limit} set by ${limit.setting}, so it is not previewed.` };
    }
    const config = mergeConfig(settings.input, project.input);
    try {
      const model = buildModel(text, { path: ctx.projects.reviewPath(doc.uri, project), globs: config.kinds });
      // The renderer (mdast-to-hast, the sanitiser, hast-to-html) is loaded
      // when the first preview is asked for, not at start-up: `require`
      // makes esbuild evaluate it lazily (issue #6, cold start).
      const { renderDocument } = require('../../engine/render/index.js') as typeof import('../../engine/render/index.js');
      const rendered = renderDocument(model, config);
      const result: RenderPreviewResult = { ...base, kind: rendered.kind, title: rendered.title, html: rendered.html, budget: rendered.budget };
      if (params.standalone) result.page = ctx.platform.renderStandalone(model, config);
      return result;
    } catch (e) {
      ctx.connection.console.error(`Preview of ${doc.uri} failed: ${(e as Error)?.stack ?? e}`);
      return { ...base, message: 'The preview could not be drawn; the PR/FAQ Studio output log has the details.' };
    }
  });
}
