#!/usr/bin/env node
// `prfaq-language-server --stdio`: the bundled server (built by `npm run build`).
// Node 22.1+ keeps V8's compiled code of the bundle between starts (in the
// system's temp folder; NODE_COMPILE_CACHE picks another, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off). Older Node has no such cache.
require('node:module').enableCompileCache?.();
require('../dist/server.js');
