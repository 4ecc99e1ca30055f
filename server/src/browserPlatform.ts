/**
 * The language server in a browser worker (the web extension, browser.ts):
 * no paths and no file system, so `.prfaqrc.json` is not read there (the
 * `prfaq.*` settings still apply; README "Where it runs"). The preview's
 * sheet and its CSP hash are put in by the build (scripts/build.mjs).
 */
import { standalonePage } from '../../engine/render/index.js';
import type { ServerPlatform } from './platform.js';

declare const PRFAQ_PREVIEW_CSS: string;
declare const PRFAQ_PREVIEW_STYLE_HASH: string;

/** Rule links in the browser go to a page the client opens from the extension (client/src/rulePages.ts rewrites them). */
const DOCS_BASE = 'prfaq-rule-page:/';

export function browserPlatform(): ServerPlatform {
  return {
    name: 'browser',
    uriToPath: () => null,
    configFiles: null,
    previewCss: () => PRFAQ_PREVIEW_CSS,
    renderStandalone: (model, config) => standalonePage(model, config, { css: PRFAQ_PREVIEW_CSS, styleHash: PRFAQ_PREVIEW_STYLE_HASH }),
    installedDocsBase: () => DOCS_BASE,
  };
}
