// Installs the tools the real-editor tests need into a cache outside the
// repository, once, and finds them on later runs:
//   - Node 24 (code-server 4.139.x requires it) from npm: node-<platform>-<arch>@24
//   - code-server from npm, built with that Node (needs libkrb5-dev, pkg-config)
//   - Chromium from Debian (apt) unless /usr/bin/chromium exists
// Each cache entry is complete only when its `.complete` marker exists; an
// entry without one (an install that died half-way) is removed and redone.
// A lock directory keeps two harnesses from installing at the same time.
// Every install runs in a clean environment (tool-env.mjs) and is logged
// with what it downloaded and how long it took.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.mjs';
import { HarnessError, elapsed, heartbeat, log } from './log.mjs';
import { nodeToolEnv, withoutNpm } from './tool-env.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_RANGE = '24';
const NODE_PACKAGE = `node-${process.platform}-${process.arch}`;

export const CACHE =
  process.env.PRFAQ_E2E_CACHE ||
  join(process.env.XDG_CACHE_HOME || join(os.homedir(), '.cache'), 'prfaq-studio-e2e');

const nodeDir = join(CACHE, `node-${NODE_RANGE}`);
const codeServerDir = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const nodeRoot = join(nodeDir, 'node_modules', NODE_PACKAGE);
const nodeBin = join(nodeRoot, 'bin', 'node');
const codeServerEntry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

const complete = (dir) => existsSync(join(dir, '.complete'));

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Bytes under `dir` (files only, links not followed). */
function sizeOf(dir) {
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) bytes += lstatSync(p).size;
    }
  };
  walk(dir);
  return bytes;
}

const megabytes = (bytes) => `${Math.round(bytes / 1e6)} MB`;

/**
 * Runs a command with its output in `logFile`; rejects with the log's tail
 * on failure, and kills it (naming it) after `timeoutMs`. The environment is
 * the caller's without what an outer npm added, unless `env` is given.
 */
function run(cmd, args, { env = withoutNpm(), cwd, logFile, what, timeoutMs = 20 * 60_000 }) {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    out.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const unregister = onCleanup(() => child.kill('SIGTERM'));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, timeoutMs);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (e) => reject(new HarnessError(`${what}: cannot run ${cmd} (${e.message})`)));
    child.on('close', (code) => {
      clearTimeout(timer);
      unregister();
      out.end(() => {
        if (code === 0) resolve();
        else if (timedOut) reject(new HarnessError(`${what} did not finish within ${timeoutMs / 60_000} min; full log: ${logFile}`, tail(logFile)));
        else reject(new HarnessError(`${what} failed (exit ${code}); full log: ${logFile}`, tail(logFile)));
      });
    });
  });
}

let aptUpdated = false;
async function aptInstall(packages, why) {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/apt-get')) {
    throw new HarnessError(`${why}: install ${packages.join(', ')} with your system's package manager`);
  }
  if (process.getuid?.() !== 0) {
    throw new HarnessError(`${why}: run \`sudo apt-get install -y ${packages.join(' ')}\` once, then retry`);
  }
  const logFile = join(CACHE, 'apt.log');
  const env = { ...withoutNpm(), DEBIAN_FRONTEND: 'noninteractive' };
  log(`installing ${packages.join(', ')} with apt-get (${why}; first run only)…`);
  const t0 = Date.now();
  const stop = heartbeat(`installing ${packages.join(', ')}`);
  try {
    if (!aptUpdated) await run('apt-get', ['update'], { env, logFile, what: 'apt-get update' });
    aptUpdated = true;
    const from = existsSync(logFile) ? statSync(logFile).size : 0;
    await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, logFile, what: `apt-get install ${packages.join(' ')}` });
    log(`apt-get installed ${packages.join(', ')} in ${elapsed(t0)}${aptSummary(readFileSync(logFile).subarray(from).toString('utf8'))}`);
  } finally {
    stop();
  }
}

/** "(7 packages, 1874 kB downloaded)" from apt-get install's output, or "" if it said neither. */
export function aptSummary(output) {
  const count = output.match(/(\d+) newly installed/)?.[1];
  // "Need to get 15.5 kB/1874 kB of archives." when some were in apt's cache already.
  const got = output.match(/Need to get ([\d.,]+ [kMG]?B)(?:\/([\d.,]+ [kMG]?B))? of archives/);
  const parts = [count && `${count} package${count === '1' ? '' : 's'}`, got && (got[2] ? `${got[1]} downloaded of ${got[2]}` : `${got[1]} downloaded`)].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Runs `fn` holding the cache lock; a lock whose owner died is taken over. */
async function withLock(fn) {
  mkdirSync(CACHE, { recursive: true });
  const lock = join(CACHE, '.lock');
  const deadline = Date.now() + 30 * 60_000;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let pid = 0;
      try {
        pid = Number(readFileSync(join(lock, 'pid'), 'utf8')) || 0;
      } catch {}
      let young = false;
      try {
        young = Date.now() - statSync(lock).mtimeMs < 10_000;
      } catch {}
      if ((pid && !alive(pid)) || (!pid && !young)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new HarnessError(`timed out after 30 min waiting for the cache lock ${lock} (held by pid ${pid})`);
      if (!announced) log(`waiting for another e2e run (pid ${pid}) to finish installing into ${CACHE}…`);
      announced = true;
      // Waiting on another process's install: there is no event to wait on.
      await sleep(1000);
    }
  }
  const release = () => rmSync(lock, { recursive: true, force: true });
  const unregister = onCleanup(release); // Ctrl+C mid-install
  try {
    return await fn();
  } finally {
    unregister();
    release();
  }
}

async function installNode() {
  if (complete(nodeDir)) return;
  rmSync(nodeDir, { recursive: true, force: true });
  mkdirSync(nodeDir, { recursive: true });
  log(`installing Node ${NODE_RANGE} (${NODE_PACKAGE}, ≈190 MB) from npm into ${nodeDir} — first run only…`);
  const t0 = Date.now();
  const stop = heartbeat(`installing Node ${NODE_RANGE}`);
  const logFile = join(CACHE, 'install-node.log');
  try {
    await run('npm', ['install', '--prefix', nodeDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${NODE_PACKAGE}@${NODE_RANGE}`], {
      cwd: nodeDir,
      logFile,
      what: `npm install ${NODE_PACKAGE}@${NODE_RANGE}`,
    });
  } finally {
    stop();
  }
  const v = spawnSync(nodeBin, ['--version'], { encoding: 'utf8' });
  if (v.status !== 0 || !v.stdout.startsWith(`v${NODE_RANGE}.`)) {
    throw new HarnessError(`the installed Node does not run: ${nodeBin} --version gave ${JSON.stringify(v.stdout || v.stderr)}`);
  }
  writeFileSync(join(nodeDir, '.complete'), JSON.stringify({ version: v.stdout.trim(), at: new Date().toISOString() }) + '\n');
  log(`Node ${v.stdout.trim()} ready: ${megabytes(sizeOf(nodeDir))} in ${elapsed(t0)}`);
}

/** For npm installing code-server and for code-server itself: Node 24 first, nothing from an outer npm. */
const nodeEnv = () => nodeToolEnv(nodeRoot);

async function installCodeServer() {
  if (complete(codeServerDir)) return;
  const haveKrb = existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/gssapi.h');
  const havePkgConfig = spawnSync('pkg-config', ['--version']).status === 0;
  const missing = [...(haveKrb ? [] : ['libkrb5-dev']), ...(havePkgConfig ? [] : ['pkg-config'])];
  if (missing.length) await aptInstall(missing, 'code-server builds a Kerberos addon');
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  log(`installing code-server ${CODE_SERVER_VERSION} from npm into ${codeServerDir}, built with Node ${NODE_RANGE} — first run only, a few minutes of downloads and native builds…`);
  const t0 = Date.now();
  const stop = heartbeat(`installing code-server ${CODE_SERVER_VERSION}`, 30_000);
  const logFile = join(CACHE, 'install-code-server.log');
  try {
    await run('npm', ['install', '--prefix', codeServerDir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
      env: nodeEnv(),
      cwd: codeServerDir,
      logFile,
      what: `npm install code-server@${CODE_SERVER_VERSION}`,
    });
  } finally {
    stop();
  }
  // Even `--version` writes a config file and logs under HOME: give it a throwaway one.
  const home = mkdtempSync(join(os.tmpdir(), 'prfaq-e2e-version-'));
  let v;
  try {
    v = spawnSync(nodeBin, [codeServerEntry, '--config', '/dev/null', '--version'], {
      encoding: 'utf8',
      env: { ...nodeEnv(), HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local', 'share'), XDG_CACHE_HOME: join(home, '.cache') },
      timeout: 60_000,
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
  const version = (v.stdout || '').split('\n').find((line) => line.startsWith(CODE_SERVER_VERSION));
  if (v.status !== 0 || !version) {
    throw new HarnessError(`the installed code-server does not run: \`code-server --version\` gave ${JSON.stringify((v.stdout || v.stderr || '').trim())}`, tail(logFile));
  }
  writeFileSync(join(codeServerDir, '.complete'), JSON.stringify({ version, at: new Date().toISOString() }) + '\n');
  log(`code-server ${CODE_SERVER_VERSION} ready: ${megabytes(sizeOf(codeServerDir))} in ${elapsed(t0)}`);
}

function chromiumPath() {
  return process.env.PRFAQ_E2E_CHROMIUM || '/usr/bin/chromium';
}

async function installChromium() {
  if (existsSync(chromiumPath())) return;
  if (process.env.PRFAQ_E2E_CHROMIUM) throw new HarnessError(`PRFAQ_E2E_CHROMIUM=${process.env.PRFAQ_E2E_CHROMIUM} does not exist`);
  await aptInstall(['chromium', 'fonts-dejavu-core'], 'the UI tests drive Debian\'s Chromium');
  if (!existsSync(chromiumPath())) throw new HarnessError(`apt-get installed chromium but ${chromiumPath()} is still missing`);
}

/**
 * Makes sure Node 24, code-server and (unless `browser` is false) Chromium
 * are there, installing what is missing. Returns their paths.
 */
export async function ensureTools({ browser = true } = {}) {
  const missing = () => [
    ...(complete(nodeDir) ? [] : [`Node ${NODE_RANGE}`]),
    ...(complete(codeServerDir) ? [] : [`code-server ${CODE_SERVER_VERSION}`]),
    ...(!browser || existsSync(chromiumPath()) ? [] : ['Chromium']),
  ];
  const toInstall = missing();
  if (toInstall.length) {
    log(`tool cache ${CACHE}: ${toInstall.join(', ')} missing; installing (first run: ≈5 min on 2 cores, see test/e2e/README.md)`);
    const t0 = Date.now();
    await withLock(async () => {
      await installNode();
      await installCodeServer();
      if (browser) await installChromium();
    });
    log(`tools installed in ${elapsed(t0)}`);
  } else {
    log(`tools found in ${CACHE}${browser ? ` and ${chromiumPath()}` : ''}; nothing to install`);
  }
  return { node: nodeBin, nodeEnv: nodeEnv(), codeServerEntry, chromium: chromiumPath(), cache: CACHE };
}
