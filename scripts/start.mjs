// `npm start` (after scripts/build-if-needed.mjs): the built server, from the package's directory.
//
// On PostgreSQL (DATABASE_URL set) the server runs with a limited V8 old space (scripts/lib/server-heap.mjs:
// 160 MB unless MAX_OLD_SPACE_MB or NODE_OPTIONS says otherwise), and the migrations and the demo seed
// of an empty database run first in a process of their own without that limit (`cli.js prepare`): the
// seed needs far more heap than serving does. The embedded database (PGlite, in the server's process)
// starts as it always did: no limit, the server migrates and seeds itself.
//
// SIGINT, SIGTERM and SIGHUP are passed on to the child, and the server's exit code is this script's.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { nodeOptionsSetHeap, serverNodeArgs, withoutHeapLimit } from './lib/server-heap.mjs';

const SERVER = 'dist/server/main.js';
const CLI = 'dist/server/cli.js';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

let serverArgs;
try {
  serverArgs = serverNodeArgs(process.env);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const capped = Boolean(process.env.DATABASE_URL) && (serverArgs.length > 0 || nodeOptionsSetHeap(process.env));

let child = null;
let stopping = null;
for (const signal of SIGNALS) {
  process.on(signal, () => {
    stopping ??= signal;
    child?.kill(signal);
  });
}

/** Runs `node <args>` with inherited stdio; resolves with how it ended. */
function run(args, env) {
  return new Promise((resolveRun) => {
    child = spawn(process.execPath, args, { stdio: 'inherit', env });
    child.on('error', (err) => {
      console.error(`Could not start ${args.join(' ')}: ${err.message}`);
      resolveRun({ code: 1, signal: null });
    });
    child.on('exit', (code, signal) => {
      child = null;
      resolveRun({ code, signal });
    });
  });
}

/** Ends this process as the child ended: its exit code, or 128 + its signal's number (as a shell reports it). */
function finish({ code, signal }) {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
}

if (capped) {
  const env = { ...process.env, NODE_OPTIONS: withoutHeapLimit(process.env.NODE_OPTIONS) };
  if (env.NODE_OPTIONS === '') delete env.NODE_OPTIONS;
  const prepared = await run([CLI, 'prepare'], env);
  if (prepared.code !== 0 || stopping) finish(prepared);
}
if (!stopping) finish(await run([...serverArgs, SERVER], process.env));
