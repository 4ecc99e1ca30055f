// A throwaway code-server: its own temp HOME/XDG dirs, user-data and
// extensions dirs, a free 127.0.0.1 port, started in its own process group
// (setsid) so stop() can kill it together with the extension host and the
// language server it spawned. Nothing is written under the real ~.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.mjs';
import { HarnessError, log, withTimeout } from './log.mjs';

/**
 * User settings for a quiet, deterministic workbench. Workspace trust is off
 * (with `--disable-workspace-trust`): every folder is trusted, unless the
 * instance is made with `workspaceTrust: true` (TRUST_SETTINGS).
 */
export const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'files.autoSave': 'off',
  'git.enabled': false,
  'window.confirmBeforeClose': 'never',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Workspace trust on, as VS Code ships it, but without the start-up dialog
 * that would ask whether to trust the folder: a folder opened in a fresh
 * instance (new user-data dir, new Chromium profile) is then untrusted
 * (Restricted Mode) until someone trusts it in the Workspace Trust editor.
 */
export const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function portInUse(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(true));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(false)));
  });
}

function tailOf(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function newestFiles(dir, pattern, max = 3) {
  const found = [];
  const walk = (d, depth) => {
    if (depth > 5 || !existsSync(d)) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p, depth + 1);
      else if (pattern.test(e.name)) found.push([statSync(p).mtimeMs, p]);
    }
  };
  walk(dir, 0);
  return found.sort((a, b) => b[0] - a[0]).slice(0, max).map(([, p]) => p);
}

export class CodeServer {
  /**
   * @param {object} tools  from ensureTools()
   * @param {object} [opts]
   * @param {string} [opts.extensionsDir]  shared across instances (else a temp one)
   * @param {number} [opts.port]  fixed port (fails if taken); else a free one
   * @param {Record<string,string>} [opts.env]  extra env for code-server and its extension host
   * @param {Record<string,unknown>} [opts.settings]  extra user settings
   * @param {boolean} [opts.workspaceTrust]  workspace trust enabled (TRUST_SETTINGS, no --disable-workspace-trust)
   */
  constructor(tools, opts = {}) {
    this.tools = tools;
    this.opts = opts;
    this.tmp = mkdtempSync(join(os.tmpdir(), 'prfaq-e2e-cs-'));
    this.home = join(this.tmp, 'home');
    this.userDataDir = join(this.tmp, 'user-data');
    this.extensionsDir = opts.extensionsDir ?? join(this.tmp, 'extensions');
    this.logFile = join(this.tmp, 'code-server.log');
    for (const d of [this.home, join(this.userDataDir, 'User'), this.extensionsDir]) mkdirSync(d, { recursive: true });
    writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...(opts.workspaceTrust ? TRUST_SETTINGS : {}), ...opts.settings }, null, 2));
    this.child = null;
    this.unregister = onCleanup(() => this.stop());
  }

  env() {
    return {
      ...this.tools.nodeEnv,
      HOME: this.home,
      XDG_CONFIG_HOME: join(this.home, '.config'),
      XDG_DATA_HOME: join(this.home, '.local', 'share'),
      XDG_CACHE_HOME: join(this.home, '.cache'),
      // The extension host inherits this: keep it from the parent's options.
      NODE_OPTIONS: '',
      // The activation suite checks that the extension runs from here.
      PRFAQ_E2E_EXTENSIONS_DIR: this.extensionsDir,
      ...this.opts.env,
    };
  }

  baseArgs() {
    return [this.tools.codeServerEntry, '--config', '/dev/null', '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** `code-server --install-extension x.vsix` into this instance's extensions dir. */
  installExtension(vsix) {
    const r = spawnSync(this.tools.node, [...this.baseArgs(), '--install-extension', vsix, '--force'], {
      env: this.env(),
      encoding: 'utf8',
      timeout: 120_000,
    });
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
    if (r.status !== 0 || !/was successfully installed|is already installed/.test(out)) {
      throw new HarnessError(`code-server could not install ${vsix}`, out);
    }
  }

  /** Starts and waits until /healthz answers; retries a port lost to a race (free port only). */
  async start() {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.startOnce();
      } catch (e) {
        const retriable = !this.opts.port && attempt < 3 && /EADDRINUSE|exited before/.test(String(e.message) + String(e.detail));
        if (!retriable) throw e;
        log(`code-server startup failed (${e.message}); retrying (${attempt}/2)…`);
        await this.stop({ keepDirs: true });
      }
    }
  }

  async startOnce() {
    if (this.opts.port && (await portInUse(this.opts.port))) {
      throw new HarnessError(`port ${this.opts.port} is already in use on 127.0.0.1: stop what uses it or choose another port`);
    }
    this.port = this.opts.port ?? (await freePort());
    this.url = `http://127.0.0.1:${this.port}`;
    const out = createWriteStream(this.logFile, { flags: 'a' });
    const args = [
      ...this.baseArgs(),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry',
      '--disable-update-check',
      ...(this.opts.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ];
    // detached = setsid(): a new process group that stop() kills as a whole.
    const child = spawn(this.tools.node, args, { env: this.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const listening = new Promise((resolve, reject) => {
      let buf = '';
      const onData = (d) => {
        buf += d;
        if (buf.includes('HTTP server listening on')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('error', (e) => reject(new HarnessError(`cannot start code-server: ${e.message}`)));
      this.exited.then(({ code, signal }) =>
        reject(new HarnessError(`code-server exited before it was ready (${signal ?? `exit ${code}`})`, this.logTail())),
      );
    });
    await withTimeout(listening, 60_000, `code-server to listen on ${this.url}`);
    const res = await withTimeout(fetch(`${this.url}/healthz`), 30_000, `${this.url}/healthz`);
    if (!res.ok) throw new HarnessError(`${this.url}/healthz answered ${res.status}`, this.logTail());
    return this.url;
  }

  /** The workbench URL with a folder open. */
  folderUrl(folder) {
    return `${this.url}/?folder=${encodeURIComponent(folder)}`;
  }

  /** code-server's own output and the newest extension-host logs, for failure messages. */
  logTail(lines = 25) {
    const parts = [`--- code-server log (${this.logFile}) ---\n${tailOf(this.logFile, lines)}`];
    for (const f of newestFiles(join(this.userDataDir, 'logs'), /exthost.*\.log$|PR.?FAQ.*\.log$|prfaq.*\.log$/i)) {
      const t = tailOf(f, lines);
      if (t) parts.push(`--- ${f} ---\n${t}`);
    }
    return parts.join('\n');
  }

  get alive() {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kills the whole process group (SIGTERM, then SIGKILL), then removes the temp dirs. */
  async stop({ keepDirs = false } = {}) {
    const child = this.child;
    this.child = null;
    if (child) {
      const group = (sig) => {
        try {
          process.kill(-child.pid, sig);
        } catch {}
      };
      group('SIGTERM');
      const gone = await Promise.race([this.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000).unref())]);
      // Helpers (extension host, language server) can outlive the main PID.
      group('SIGKILL');
      if (!gone) await Promise.race([this.exited, new Promise((r) => setTimeout(r, 2000).unref())]);
    }
    if (!keepDirs) {
      this.unregister();
      rmSync(this.tmp, { recursive: true, force: true, maxRetries: 3 });
    }
  }
}
