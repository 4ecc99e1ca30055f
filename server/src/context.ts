/**
 * What the server's modules share for one connection. Built once in
 * `startServer`; nothing here is a module-level global, so several servers
 * could run in one process (the tests rely on none of that, but nothing
 * forbids it).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientFlags } from './capabilities.js';
import type { ServerPlatform } from './platform.js';
import type { ProblemReporter, ProjectConfigs } from './projectConfig.js';
import type { PullReports } from './pullReports.js';
import type { Reviewer } from './reviewer.js';
import type { Scheduler } from './scheduler.js';
import type { SettingsStore } from './settings.js';
import type { Visibility } from './visibility.js';

export interface Context {
  connection: Connection;
  /** Node or a browser worker: paths, project files, the preview's sheet (platform.ts). */
  platform: ServerPlatform;
  documents: TextDocuments<TextDocument>;
  flags: ClientFlags;
  settings: SettingsStore;
  projects: ProjectConfigs;
  problems: ProblemReporter;
  reviewer: Reviewer;
  /** What pull clients were last sent, so unchanged findings are not sent again. */
  pullReports: PullReports;
  scheduler: Scheduler;
  /** What the writer can see; its reviews go first. */
  visibility: Visibility;
  /** Bumped on every settings change; part of every review's cache key. */
  generation: number;
}
