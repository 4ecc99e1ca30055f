/**
 * Entry point of `prfaq-language-server`: picks the transport from the
 * command line and starts the server. Everything else lives in server.ts.
 */
// First: V8 settings that must hold before any review (shared/v8Flags.ts).
import '../../shared/v8Flags.js';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { SERVER_NAME } from '../../shared/protocol.js';
import { nodePlatform } from './nodePlatform.js';
import { SERVER_VERSION, startServer } from './server.js';

const USAGE = `Usage: ${SERVER_NAME} --stdio | --node-ipc

Speaks the Language Server Protocol for PR/FAQ and narrative Markdown files.
  --stdio      talk over standard input and output (Neovim, Emacs, Helix, …)
  --node-ipc   talk over Node IPC (VS Code)
  --version    print the version
`;

function main(argv: string[]): void {
  if (argv.includes('--version')) {
    process.stdout.write(`${SERVER_VERSION}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return;
  }
  let connection;
  if (argv.includes('--stdio')) {
    connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  } else if (argv.includes('--node-ipc')) {
    connection = createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  } else {
    process.stderr.write(`${SERVER_NAME}: choose a transport.\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  // Nothing written to stdout may corrupt the stdio stream.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${(reason as Error)?.stack ?? reason}`));
  process.on('uncaughtException', (e) => connection.console.error(`Uncaught exception: ${e.stack ?? e.message}`));
  startServer(connection, nodePlatform());
}

main(process.argv.slice(2));
