// Bundles the CLI (and the benchmark) with esbuild: TypeScript 7 has no JS API, and a bundle starts fast.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = { cli: 'src/cli/bin.ts', 'read-worker': 'src/cli/read-worker.ts' };
if (existsSync('bench/bench.ts')) Object.assign(entries, { 'bench/bench': 'bench/bench.ts' });

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  sourcemap: true,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
