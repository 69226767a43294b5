// Bundles the CLI (and the benchmark) with esbuild: TypeScript 7 has no JS API, and a bundle starts fast.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const entries = { cli: 'src/cli/bin.ts', 'read-worker': 'src/cli/read-worker.ts' };
if (existsSync('bench/bench.ts')) Object.assign(entries, { 'bench/bench': 'bench/bench.ts' });
// The profiling harness (node --cpu-prof dist/bench/profile.mjs MODE …).
if (existsSync('bench/profile.ts')) Object.assign(entries, { 'bench/profile': 'bench/profile.ts' });

// Chunk names carry a hash: last build's would pile up beside this one's.
rmSync('dist/chunks', { recursive: true, force: true });
await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // What only some commands need (exceljs, docx, pdf.js, mammoth) is its own chunk, loaded on use:
  // every command started by parsing all of it (8.7 MB) before.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  // The bench drives Chromium and builds a page (bench/pane-worker.ts): these load from node_modules, as installed.
  external: ['playwright-core', 'esbuild'],
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
