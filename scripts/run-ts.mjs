// Runs one exported function of a TypeScript script: `node scripts/run-ts.mjs scripts/help-guide.ts writeGuide`.
// Bundled with esbuild first, as the CLI is (TypeScript 7 has no JS API, and Node 20 runs no .ts).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, fn] = process.argv.slice(2);
if (!entry || !fn) {
  process.stderr.write('usage: node scripts/run-ts.mjs <script.ts> <exported function>\n');
  process.exit(2);
}
// Inside the project, so that the packages left out of the bundle resolve from its node_modules.
const outfile = `dist/run-${basename(entry, '.ts')}.mjs`;
await build({
  stdin: { contents: `import { ${fn} } from './${basename(entry)}';\nawait ${fn}();\n`, resolveDir: resolve(entry, '..'), loader: 'ts', sourcefile: 'run.ts' },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['playwright-core', 'esbuild'],
  logLevel: 'warning',
  // The test fixtures bundled with a script find the project's files from their own folder.
  define: { __dirname: JSON.stringify(resolve('tests/support')) },
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
try {
  await import(pathToFileURL(resolve(outfile)).href);
} finally {
  rmSync(outfile, { force: true });
}
