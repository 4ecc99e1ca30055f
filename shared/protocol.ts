/**
 * Custom messages between the VS Code client and the language server,
 * declared once and imported by both sides. Standard LSP messages are not
 * repeated here. Keep this file free of `vscode` and server-only imports.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** The name the server reports in `initialize` and the client uses as its id. */
export const SERVER_NAME = 'prfaq-language-server';

/** Settings section read through `workspace/configuration`. */
export const SETTINGS_SECTION = 'prfaq';

/** The project configuration file the server watches. */
export const CONFIG_FILE_NAME = '.prfaqrc.json';

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface DocumentModelParams {
  textDocument: { uri: string };
}

export interface DocumentModelResult {
  uri: string;
  version: number;
  /** `null` when the document is neither a PR/FAQ nor a narrative. */
  kind: 'prfaq' | 'narrative' | null;
  /** Why that kind was chosen ("file name", "front matter", …). */
  kindReason: string;
  /** Press-release parts found, in document order. */
  parts: Array<{ id: string; range: LspRange }>;
  /** FAQ sections found. */
  faqs: Array<{ id: string; range: LspRange; questions: number }>;
}

/**
 * client → server: the server's model of one open document (kind and
 * parts), for the status bar and a later structure view. Answers `null` for
 * a document the server does not have open.
 */
export namespace DocumentModelRequest {
  export const method = 'prfaq/documentModel' as const;
  export const type = new RequestType<DocumentModelParams, DocumentModelResult | null, void>(method);
}
