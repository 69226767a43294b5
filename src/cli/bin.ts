import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerPool } from './worker-pool';

// The reader worker first, before the rest of chiso loads: its start-up (about a tenth of a
// second) then runs on the other core beside the main thread's. One worker serves the command.
const workerPath = fileURLToPath(new URL('./read-worker.mjs', import.meta.url));
const argv = process.argv.slice(2);
const pool = existsSync(workerPath) ? workerPool(workerPath, { size: 2 }) : null;
if (pool && readsWorkbooks(argv)) pool.warm();

/** Whether a command line will read a workbook: compile and report always, the others when given one to read (an output is not read). */
function readsWorkbooks(args: string[]): boolean {
  if (args.some((a) => a === '-h' || a === '--help' || a === '-V' || a === '--version') || args[0] === 'help') return false;
  if (args[0] === 'compile' || args[0] === 'report') return true;
  return args.some((a, i) => /\.xls[xm]$/i.test(a) && args[i - 1] !== '-o' && args[i - 1] !== '--output');
}

const { main } = await import('./main');
const { terminalFrom } = await import('./terminal');
const { workerReaders } = await import('./readers');

// Output piped into `head` and closed early is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// archiver (inside exceljs's streaming writer) calls the deprecated Buffer(); users cannot act on
// that warning, so it is not printed. Every other warning is, as Node would.
process.removeAllListeners('warning');
process.on('warning', (w: Error & { code?: string }) => {
  if (w.code !== 'DEP0005') process.stderr.write(`${w.name}: ${w.message}\n`);
});

/** The only place that touches `process`: run, print, exit with main's code; never a stack trace for bad input. */
main(argv, {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  readers: pool ? workerReaders(pool) : undefined,
  seedsDir: fileURLToPath(new URL('../seeds/', import.meta.url)),
  terminal: terminalFrom({ stdoutIsTTY: process.stdout.isTTY === true, stderrIsTTY: process.stderr.isTTY === true, columns: process.stdout.columns, env: process.env }),
  // One line on stderr, rewritten in place (\r, then erase to the end of the line).
  progress: (line) => process.stderr.write(line === null ? '\r\x1b[K' : `\r${line.slice(0, Math.max(20, (process.stderr.columns || 80) - 1))}\x1b[K`),
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`chiso: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  )
  .finally(() => pool?.close());
