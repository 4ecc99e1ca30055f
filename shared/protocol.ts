/**
 * Custom messages between the VS Code client and the language server,
 * declared once and imported by both sides. Standard LSP messages are not
 * repeated here. Keep this file free of `vscode` and server-only imports.
 */
import { NotificationType, NotificationType0, RequestType } from 'vscode-languageserver-protocol';

/** The name the server reports in `initialize` and the client uses as its id. */
export const SERVER_NAME = 'prfaq-language-server';

/** Settings section read through `workspace/configuration`. */
export const SETTINGS_SECTION = 'prfaq';

/** The project configuration file the server watches. */
export const CONFIG_FILE_NAME = '.prfaqrc.json';

/** What the VS Code client passes in `initialize`. */
export interface InitializationOptions {
  /**
   * False in VS Code's Restricted Mode: the server then applies only the
   * parts of a `.prfaqrc.json` that make the review stricter.
   */
  workspaceTrusted?: boolean;
  /**
   * Where the rule pages are published (an http(s) or file URL of the folder
   * holding `<rule-id>.md`): findings and hovers then link there. Without
   * it they link to the pages installed with the server, as `file:` URIs.
   * For other editors' LSP configurations; VS Code's client sends none.
   */
  docsUrl?: string;
  /** Ask for `prfaq/idle` (IdleNotification): tests and tools that wait for the server to settle. */
  idleNotifications?: boolean;
}

/** The documents in visible editors, the active one first: their reviews go first. */
export interface VisibleDocumentsParams {
  uris: string[];
}
export const VisibleDocumentsNotification = { type: new NotificationType<VisibleDocumentsParams>('prfaq/visibleDocuments') };

/** The writer trusted the workspace: apply project configuration in full from now on. */
export const WorkspaceTrustedNotification = { type: new NotificationType0('prfaq/workspaceTrusted') };

/**
 * server → client, sent only to a client that asked in `initialize`
 * (`idleNotifications`): the review queue is empty — no pushed review is
 * waiting for its debounce, running, or about to be scheduled (a settings
 * change or an edit being handled). Sent each time the queue is left
 * empty: when the last review ends, and when a close or a cancellation
 * leaves nothing pending. Nothing is published after it until the client
 * sends something new, so a test can wait for it instead of sleeping to
 * show that nothing stale arrives.
 */
export const IdleNotification = { type: new NotificationType0('prfaq/idle') };

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export interface DocumentModelParams {
  textDocument: { uri: string };
}

export interface LspPosition {
  line: number;
  character: number;
}

/** One press-release part the model found. */
export interface PartInfo {
  /** `headline`, `subheading`, `summary`, … (the `missing-section` ids). */
  id: string;
  range: LspRange;
  /** Words of prose in the part, counted as `press-release-length` counts them. */
  words: number;
  /** The writer named the part with its own heading ("## The problem"). */
  headed: boolean;
}

export interface FaqInfo {
  id: 'external-faq' | 'internal-faq';
  /** From the FAQ's heading to the start of what follows it. */
  range: LspRange;
  /** How many questions it holds (see `questions` for each). */
  questions: number;
  /** The depth (1–6) of the FAQ's heading. */
  depth: number;
}

export interface QuestionInfo {
  faq: 'external-faq' | 'internal-faq';
  /** The question as written, markers such as `Q:` removed. */
  text: string;
  /** The question itself. */
  range: LspRange;
  /** Question and answer together. */
  entry: LspRange;
  /** Has an answer that is more than a placeholder (the `unanswered-question` test). */
  answered: boolean;
}

/** A heading and what it governs (narrative sections, and every other heading). */
export interface SectionInfo {
  title: string;
  /** Recognised narrative section (`introduction`, `tenets`, …, `faq`, `appendix`), if any. */
  id?: string;
  /** That section's name in the parts catalogue ("Tenets"), when the title does not say it plainly ("Part 2 — Our principles"). */
  label?: string;
  depth: number;
  range: LspRange;
  words: number;
}

/** A length the rules measure, with the limit in force for this document. */
export interface BudgetInfo {
  id: 'press-release' | 'faq' | 'narrative';
  words: number;
  limit: number;
}

export interface DocumentModelResult {
  uri: string;
  version: number;
  /** `null` when the document is neither a PR/FAQ nor a narrative. */
  kind: 'prfaq' | 'narrative' | null;
  /** Why that kind was chosen ("file name", "front matter", …). */
  kindReason: string;
  /**
   * Set when only a file name of the wild gave the kind and nothing of that
   * kind was found (rule unrecognized-structure): what the finding says. The
   * structure view shows this instead of a list of missing parts.
   */
  unrecognized?: string;
  /** Press-release parts found, in document order. */
  parts: PartInfo[];
  /** FAQ sections found, in document order. */
  faqs: FaqInfo[];
  /** Every FAQ question, in document order. */
  questions: QuestionInfo[];
  /** Every heading's section, in document order. */
  sections: SectionInfo[];
  /** The press release (prfaq): from its first block to the first FAQ. */
  pressRelease: { range: LspRange; words: number } | null;
  budgets: BudgetInfo[];
  /** Where the content starts (after front matter). */
  bodyStart: LspPosition;
  /** Where the appendix starts, if there is one. */
  appendix: LspPosition | null;
  /**
   * Every part a document of this kind can have, in the usual order, with
   * the names the engine's parts catalogue gives them — so the structure
   * view can list what is missing without a copy of the catalogue.
   */
  catalogue: CatalogueInfo;
}

export interface CatalogueInfo {
  /** The nine press-release parts (PR/FAQs; empty otherwise): id, heading label, name in a sentence. */
  parts: Array<{ id: string; label: string; name: string }>;
  /** The two FAQs (PR/FAQs; empty otherwise). */
  faqs: Array<{ id: 'external-faq' | 'internal-faq'; label: string }>;
  /** The principles the rules serve, each with the ids of its rules that apply to this kind (the review summary's groups). */
  principles: Array<{ id: string; title: string; asks: string; rules: string[] }>;
}

/**
 * client → server: the server's model of one open document (kind, parts,
 * FAQs and questions, sections, word counts against budgets), for the
 * status bar, the structure view and the scaffolding commands. Answers
 * `null` for a document the server does not have open.
 */
export namespace DocumentModelRequest {
  export const method = 'prfaq/documentModel' as const;
  export const type = new RequestType<DocumentModelParams, DocumentModelResult | null, void>(method);
}

export interface ReviewDocumentResult {
  /** How many findings the review produced (0 when the document is not reviewed). */
  findings: number;
}

/**
 * client → server: review this document now and show its findings, whatever
 * `prfaq.run` says. With `prfaq.run: "manual"` this is the only way findings
 * appear; they then stay as they are until the next request.
 */
export namespace ReviewDocumentRequest {
  export const method = 'prfaq/reviewDocument' as const;
  export const type = new RequestType<DocumentModelParams, ReviewDocumentResult | null, void>(method);
}

export interface RenderPreviewParams {
  textDocument: { uri: string };
  /** Also return the complete standalone page (for "Export Press Release as HTML"). */
  standalone?: boolean;
}

export interface RenderPreviewResult {
  uri: string;
  /** The document version rendered; older than the editor's means ask again. */
  version: number;
  kind: 'prfaq' | 'narrative' | null;
  /** The headline (or first heading) as plain text: the panel's and the page's title. */
  title: string;
  /**
   * Sanitised HTML (budget meter + article), safe to insert into the
   * preview's body; `null` when the document is not rendered (see `message`).
   */
  html: string | null;
  /** The standalone page (`prfaq render`'s output), when asked for. */
  page?: string;
  budget: { label: string; words: number; limit: number; pages: string; over: boolean } | null;
  /** Why nothing was rendered (too large…). */
  message?: string;
}

/**
 * client → server: the press-release preview of one open document, from the
 * engine's renderer with the document's own configuration (length limits,
 * kind globs). Answers `null` for a document the server does not have open.
 */
export namespace RenderPreviewRequest {
  export const method = 'prfaq/renderPreview' as const;
  export const type = new RequestType<RenderPreviewParams, RenderPreviewResult | null, void>(method);
}

export type PlannedEdit = { kind: 'missing-sections' } | { kind: 'question'; faq: 'external-faq' | 'internal-faq' };

export interface PlanEditParams {
  textDocument: { uri: string };
  edit: PlannedEdit;
}

export interface PlanEditResult {
  uri: string;
  /** The version planned on; older than the editor's means ask again. */
  version: number;
  kind: 'prfaq' | 'narrative' | null;
  /** Why the document is (not) reviewed, for the message when `kind` is null. */
  kindReason: string;
  /** `missing-sections`: plain text to insert, in document order (empty when nothing is missing). */
  inserts: Array<{ position: LspPosition; text: string }>;
  /** `question`: a snippet (VS Code syntax, `${1:…}` where the cursor lands) and whether the FAQ had to be created. */
  snippet: { position: LspPosition; text: string; createdFaq: boolean } | null;
}

/**
 * client → server: plan a structural edit of one open document with the
 * engine's planner (engine/genre/plan.ts) — the same one the quick fixes use
 * — so the client applies edits but never decides where parts go.
 */
export namespace PlanEditRequest {
  export const method = 'prfaq/planEdit' as const;
  export const type = new RequestType<PlanEditParams, PlanEditResult | null, void>(method);
}

/**
 * Client-side commands the server puts into code actions (the client
 * registers them; other LSP clients may ignore them):
 * - `prfaq.selectRange(uri, range)`: select a range in the open editor —
 *   after a fix, the placeholder to type over; or a placeholder answer.
 * - `prfaq.openRuleDocs(href)`: open a rule's page (codeDescription.href;
 *   VS Code's client also takes a rule id, and asks for one without it).
 */
export const SELECT_RANGE_COMMAND = 'prfaq.selectRange';
export const OPEN_RULE_DOCS_COMMAND = 'prfaq.openRuleDocs';
/** Code action kind of "fix all safe PR/FAQ fixes" (for `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.prfaq';
