#!/usr/bin/env node
// `prfaq-language-server --stdio`: the bundled server (built by `npm run build`).
require('../dist/server.js');
