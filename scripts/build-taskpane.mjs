// Production build of the task pane: `npm run build [-- --url https://host/path]`.
// Writes dist/taskpane.html, its code split into chunks (exceljs, mammoth and the xlsx reader
// load only when used), the icons, the bundled plan, a help page, and manifest.xml with its
// URLs pointing at the given host. Prints the gzip size of the JavaScript the pane loads first.
import { build } from 'esbuild';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const DEFAULT_URL = 'https://localhost:3000';
const INITIAL_BUDGET = 200 * 1024;

export function parseUrl(argv) {
  const i = argv.findIndex((a) => a === '--url' || a.startsWith('--url='));
  const raw = i < 0 ? DEFAULT_URL : argv[i].includes('=') ? argv[i].slice(6) : argv[i + 1];
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--url must be an absolute https URL, got ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`--url must use https (Office loads add-ins only over https), got ${raw}`);
  return url.href.replace(/\/$/, '');
}

/**
 * The user guide served at /help.html (the manifest's help link), its pictures under assets/help/:
 * the source beside them links `help/…`, the served page `assets/help/…`.
 */
export function helpPage(html) {
  return html.replace(/(src|href)="help\//g, '$1="assets/help/');
}

/** The manifest with every https://localhost:3000 URL moved to `base`. */
export function rewriteManifest(xml, base) {
  return xml.replaceAll(DEFAULT_URL, base);
}

export async function buildTaskpane({ url = DEFAULT_URL, outdir = 'dist', quiet = false } = {}) {
  rmSync(join(outdir, 'taskpane'), { recursive: true, force: true });
  mkdirSync(join(outdir, 'assets'), { recursive: true });
  const result = await build({
    entryPoints: { index: 'src/taskpane/index.tsx' },
    outdir: join(outdir, 'taskpane'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'safari15', 'edge110'],
    minify: true,
    sourcemap: false,
    metafile: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
  });

  // The workbook reader runs in a Web Worker (src/taskpane/worker-read.ts): its own file, one
  // bundle with no chunks to import, loaded from taskpane/read-worker.js when a workbook is read.
  await build({
    entryPoints: { 'read-worker': 'src/taskpane/read-worker.ts' },
    outdir: join(outdir, 'taskpane'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'safari15', 'edge110'],
    minify: true,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'warning',
  });

  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chỉ số CCHC</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
<style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}</style>
</head>
<body>
<div id="root"></div>
<script type="module" src="./taskpane/index.js"></script>
</body>
</html>
`;
  writeFileSync(join(outdir, 'taskpane.html'), html);
  // The icons, and the user guide's pictures (assets/help/).
  cpSync('assets', join(outdir, 'assets'), { recursive: true });
  copyFileSync('seeds/ke-hoach-159-KH-UBND-2025.txt', join(outdir, 'seed.txt'));
  copyFileSync('seeds/hanoi-communes-2025.md', join(outdir, 'communes.md'));
  writeFileSync(join(outdir, 'help.html'), helpPage(readFileSync('assets/help.html', 'utf8')));
  writeFileSync(join(outdir, 'manifest.xml'), rewriteManifest(readFileSync('manifest.xml', 'utf8'), url));

  // The initial JavaScript: the entry chunk and every chunk it imports statically.
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === 'src/taskpane/index.tsx');
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
  };
  visit(entry);
  const gz = (file) => gzipSync(readFileSync(file)).length;
  const initialGzip = [...initial].reduce((n, f) => n + gz(f), 0);
  const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !initial.has(f));
  if (!quiet) {
    console.log(`task pane built for ${url} in ${outdir}/`);
    console.log(`  initial JavaScript: ${(initialGzip / 1024).toFixed(1)} KB gzip (${initial.size} files; budget ${INITIAL_BUDGET / 1024} KB)`);
    console.log(`  loaded when needed: ${(lazy.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1)} KB gzip in ${lazy.length} chunks (exceljs, mammoth, xlsx reader)`);
  }
  if (initialGzip > INITIAL_BUDGET) throw new Error(`initial JavaScript is ${(initialGzip / 1024).toFixed(1)} KB gzip, over the ${INITIAL_BUDGET / 1024} KB budget`);
  return { initialGzip, files: [...initial], lazy };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const argv = process.argv.slice(2);
    const out = argv.indexOf('--outdir');
    await buildTaskpane({ url: parseUrl(argv), outdir: out >= 0 ? argv[out + 1] : 'dist' });
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
