/**
 * Entry point of the language server in a browser Web Worker (the web
 * extension, client/src/browser.ts). Same server as main.ts, over the
 * worker's messages, with the browser platform (browserPlatform.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserPlatform } from './browserPlatform.js';
import { startServer } from './server.js';

/** The worker's own scope: what the message reader and writer need of it. */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserPlatform());
