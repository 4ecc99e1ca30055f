/** The language server on Node: paths, project files on disk, pages installed beside the bundle (platform.ts). */
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathForKindGlobs } from '../../engine/config/load.js';
import { ConfigResolver } from '../../engine/config/resolve.js';
import { readPreviewCss } from '../../shared/previewCss.js';
import { installedDocsBase } from '../../shared/rulePages.js';
import type { ServerPlatform } from './platform.js';

/** A `file:` URI's path, or null for other schemes (untitled, …). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** dist/server.js sits one folder below the package root, beside media/; '' when the sheet cannot be read (the preview still draws). */
function previewCss(): string {
  try {
    return readPreviewCss();
  } catch {
    return '';
  }
}

export function nodePlatform(): ServerPlatform {
  return {
    name: 'node',
    uriToPath,
    // Finds and reads the files (engine/config/resolve.ts, as the CLI does); a new file is looked for every time.
    configFiles: { resolver: new ConfigResolver(), dirname, relative, pathForKindGlobs },
    previewCss,
    renderStandalone(model, config) {
      // Loaded on first use, like the renderer in renderPreview.ts: not at start-up (issue #6, cold start).
      const { renderStandalone } = require('../../engine/render/standalone.js') as typeof import('../../engine/render/standalone.js');
      return renderStandalone(model, config, { css: previewCss() });
    },
    installedDocsBase: () => installedDocsBase(),
  };
}
