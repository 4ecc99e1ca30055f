#!/usr/bin/env node
'use strict';
// Node 22.1+ keeps V8's compiled code of the bundle between runs (in the
// system's temp folder; NODE_COMPILE_CACHE picks another, and
// NODE_DISABLE_COMPILE_CACHE=1 turns it off), so later runs skip compiling
// most of it. Older Node has no such cache and simply runs the bundle.
require('node:module').enableCompileCache?.();
require('../dist/cli.js');
