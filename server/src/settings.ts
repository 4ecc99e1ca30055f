/**
 * The `prfaq.*` settings, read per resource through `workspace/configuration`
 * when the client supports it, else from the last `didChangeConfiguration`
 * push. Never stored in globals: one cache entry per document URI, dropped
 * whenever the client says the configuration changed.
 */
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../../engine/config/size.js';
import type { ConfigInput } from '../../engine/config/types.js';
import { SETTINGS_SECTION } from '../../shared/protocol.js';

/** `manual`: only the `prfaq/reviewDocument` request (PR/FAQ: Review Document) reviews. */
export type RunMode = 'onType' | 'onSave' | 'manual';

/** Editor-only behaviour; the review configuration travels as `input`. */
export interface ServerSettings {
  enable: boolean;
  run: RunMode;
  debounceMs: number;
  /** Bytes (UTF-8). Larger documents are not reviewed; a `.prfaqrc.json` that says otherwise wins (reviewer.ts). */
  maxDocumentSize: number;
  /** The review configuration the settings speak for (merged under `.prfaqrc.json`). */
  input: ConfigInput;
}

export const DEFAULT_DEBOUNCE_MS = 250;
export { DEFAULT_MAX_DOCUMENT_SIZE };

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  run: 'onType',
  debounceMs: DEFAULT_DEBOUNCE_MS,
  maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
  input: {},
};

/** Keys of `prfaq.*` that are review configuration (same shape as `.prfaqrc.json`). */
export const CONFIG_KEYS = ['rules', 'weaselWords', 'genericCustomers', 'knownAcronyms', 'limits', 'readability', 'kinds'] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Turns whatever the client sent into settings; bad values fall back to defaults. */
export function parseSettings(raw: unknown): { settings: ServerSettings; config: Record<string, unknown> } {
  const s = isObject(raw) ? raw : {};
  const num = (v: unknown, d: number, min: number) => (typeof v === 'number' && Number.isFinite(v) && v >= min ? v : d);
  const config: Record<string, unknown> = {};
  for (const k of CONFIG_KEYS) if (s[k] !== undefined && s[k] !== null) config[k] = s[k];
  return {
    settings: {
      enable: typeof s.enable === 'boolean' ? s.enable : true,
      run: s.run === 'onSave' || s.run === 'manual' ? s.run : 'onType',
      debounceMs: num(s.debounceMs, DEFAULT_DEBOUNCE_MS, 0),
      maxDocumentSize: num(s.maxDocumentSize, DEFAULT_MAX_DOCUMENT_SIZE, 0),
      input: {},
    },
    config,
  };
}

export type ValidateConfig = (obj: unknown, file: string) => { input: ConfigInput; problems: Array<{ message: string }> };

export class SettingsStore {
  private readonly cache = new Map<string, Promise<ServerSettings>>();
  private pushed: unknown = undefined;

  constructor(
    private readonly connection: Connection,
    private readonly pullSupported: () => boolean,
    private readonly validate: ValidateConfig,
    private readonly onProblem: (message: string) => void,
  ) {}

  /** `didChangeConfiguration`: forget everything; keep pushed settings for clients that cannot be asked. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    if (isObject(pushedSettings) && SETTINGS_SECTION in pushedSettings) this.pushed = pushedSettings[SETTINGS_SECTION];
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  get(uri: string): Promise<ServerSettings> {
    let p = this.cache.get(uri);
    if (!p) {
      p = this.fetch(uri);
      this.cache.set(uri, p);
    }
    return p;
  }

  private async fetch(uri: string): Promise<ServerSettings> {
    let raw: unknown = this.pushed;
    if (this.pullSupported()) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      } catch (e) {
        this.connection.console.error(`Could not read the prfaq settings for ${uri}: ${(e as Error).message}`);
      }
    }
    const { settings, config } = parseSettings(raw);
    try {
      const { input, problems } = this.validate(config, 'settings (prfaq.*)');
      settings.input = input;
      for (const p of problems) this.onProblem(`PR/FAQ Studio settings: ${p.message}`);
    } catch (e) {
      this.connection.console.error(`Could not read the prfaq settings: ${(e as Error).message}`);
    }
    return settings;
  }
}
