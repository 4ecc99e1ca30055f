// The environment the harness gives the tools it installs and runs: npm
// installing Node 24 and code-server, apt-get, and code-server itself.
//
// Under `npm test` (or `npm run test:e2e`) the harness is a grandchild of
// npm, and npm exports its whole configuration to it as npm_config_*
// variables, plus npm_package_*, npm_lifecycle_*, INIT_CWD, NODE and COLOR,
// and puts node_modules/.bin folders and its node-gyp shim first on PATH.
// An inner `npm install` takes those variables as its own configuration:
// npm_config_user_agent still names the outer Node (v20), and code-server's
// postinstall reads the Node version from it and refuses to install. So each
// tool starts from the caller's environment without anything npm added, and
// gets back only what it needs. The user's own npm configuration (~/.npmrc:
// registry, proxy, certificates) still applies: npm reads it from the file.
import { delimiter, join } from 'node:path';

/** Variables npm's script runner sets that do not start with npm_. */
const NPM_SCRIPT_VARS = new Set(['INIT_CWD', 'NODE', 'COLOR']);

const fromNpm = (name) => /^npm_/i.test(name) || NPM_SCRIPT_VARS.has(name);

/** PATH entries npm's script runner puts in front: every node_modules/.bin up the tree, and node-gyp-bin. */
const npmPathEntry = (dir) => /[\\/]node_modules[\\/]\.bin[\\/]?$/.test(dir) || /[\\/]node-gyp-bin[\\/]?$/.test(dir);

/** `env` without what an outer npm script runner added to it. */
export function withoutNpm(env = process.env) {
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !fromNpm(name)) clean[name] = value;
  }
  if (clean.PATH !== undefined) clean.PATH = clean.PATH.split(delimiter).filter((dir) => dir && !npmPathEntry(dir)).join(delimiter);
  return clean;
}

/**
 * The environment for npm and code-server running on the Node installed at
 * `nodeRoot`: `env` without npm's additions, that Node first on PATH, and
 * node-gyp pointed at its headers (the machine's npmrc may name another
 * Node's, e.g. `nodedir=/usr`).
 */
export function nodeToolEnv(nodeRoot, env = process.env) {
  const clean = withoutNpm(env);
  return {
    ...clean,
    PATH: [join(nodeRoot, 'bin'), clean.PATH].filter(Boolean).join(delimiter),
    npm_config_nodedir: nodeRoot,
  };
}
