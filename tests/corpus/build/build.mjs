// Writes every corpus document (source.*, key.json, NOTES.md) from the hand-written specs in
// docs/. Run from the repository root:  node tests/corpus/build/build.mjs [nn ...]
// PDFs are printed by Chromium (headless --print-to-pdf) from the HTML this script writes first;
// LibreOffice on this machine has Calc only (no Writer), so it cannot convert .docx or .html. The self-check lists every inconsistency the figures contain, so
// the ones that are not planted on purpose can be fixed in the spec before committing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { build, selfCheck } from './model.mjs';
import { docx, grid, html, tsv } from './render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = dirname(here);
const only = process.argv.slice(2);

/** Windows-1258 keeps tone marks as combining characters: decompose, then recompose the vowels. */
function toCp1258(s) {
  const out = [];
  let tones = [];
  for (const ch of s.normalize('NFD')) {
    if (/[\u0300\u0301\u0303\u0309\u0323]/.test(ch)) tones.push(ch);
    else if (/[\u0302\u0306\u031B]/.test(ch)) out[out.length - 1] = (out[out.length - 1] + ch).normalize('NFC');
    else {
      out.push(...tones, ch);
      tones = [];
    }
  }
  out.push(...tones);
  return iconv.encode(out.join(''), 'windows1258');
}

/** Print an HTML file to PDF with Chromium (LibreOffice here has Calc only, no Writer). */
function printPdf(input, output) {
  execFileSync('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${output}`, `file://${input}`], { stdio: 'pipe', timeout: 180000 });
}

function flatText(spec, model) {
  const m = spec.meta;
  const lines = [...m.issuerLines, m.numberLine, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', m.placeDate, '', m.docTitle, m.docSubtitle, ''];
  for (const p of spec.body) lines.push(p.startsWith('## ') ? p.slice(3) : p);
  lines.push('', ...m.signLines, '', m.signer, '', 'Nơi nhận:', ...m.recipients, '');
  for (const t of model.tables) {
    lines.push(...t.captionLines, '');
    for (const r of grid(t)) lines.push(r.map((c) => c.replaceAll('\n', ' ')).join('\t'));
    lines.push('');
  }
  return lines.join('\r\n');
}

let problems = 0;

/** Writes the key and notes, then checks the figures: every inconsistency must be planted. */
function finish(spec, dir, model) {
  writeFileSync(join(dir, 'key.json'), `${JSON.stringify(model.key, null, 2)}\n`);
  writeFileSync(join(dir, 'NOTES.md'), `${spec.notes.trim()}\n`);
  // Self-check: every inconsistency in the figures must be a planted one, and every planted one real.
  const found = selfCheck(spec, model.criteriaAll);
  const planted = model.key.planted;
  const same = (a, b) => a.kind === b.kind && a.index === b.index && a.code === b.code && (a.field ?? 'result') === (b.field ?? 'result');
  const unplanned = found.filter((x) => !planted.some((p) => same(p, x)));
  const missing = planted.filter((p) => !found.some((x) => same(p, x)));
  const status = unplanned.length || missing.length ? 'CHECK' : 'ok';
  if (status !== 'ok') problems++;
  console.log(`${spec.dir}: ${status} criteria=${model.key.criteria.length} tasks=${model.key.tasks.length}`);
  for (const u of unplanned) console.log('   not planted:', JSON.stringify(u));
  for (const u of missing) console.log('   planted but not found:', JSON.stringify(u));
}

const files = readdirSync(join(here, 'docs')).filter((f) => f.endsWith('.mjs')).sort();
for (const f of files) {
  const { default: spec } = await import(join(here, 'docs', f));
  if (only.length && !only.some((o) => spec.dir.startsWith(o))) continue;
  const dir = join(corpus, spec.dir);
  mkdirSync(dir, { recursive: true });
  if (spec.format === 'xlsx') {
    // A workbook is laid out by its own builder (LibreOffice or exceljs, docs/17-19); it writes
    // source.xlsx and returns the key from its hand-written rows.
    const model = await spec.write(dir);
    finish(spec, dir, model);
    continue;
  }
  const model = build(spec);
  for (const t of model.tables) t.captionInTable = t.captionInTable ?? false;
  const fmt = spec.format;
  if (fmt === 'html') writeFileSync(join(dir, 'source.html'), html(spec, model));
  else if (fmt === 'docx') writeFileSync(join(dir, 'source.docx'), await docx(spec, model));
  else if (fmt === 'pdf') {
    const tmp = mkdtempSync(join(tmpdir(), 'corpus-'));
    const input = join(tmp, 'source.html');
    writeFileSync(input, html(spec, model));
    printPdf(input, join(tmp, 'source.pdf'));
    writeFileSync(join(dir, 'source.pdf'), readFileSync(join(tmp, 'source.pdf')));
  } else if (fmt === 'tsv') {
    const t = model.tables[0];
    const rows = [...(spec.tsvTop ?? []).map((l) => [l]), ...grid(t)];
    writeFileSync(join(dir, 'source.tsv'), tsv(rows));
  } else if (fmt === 'txt-1258') writeFileSync(join(dir, 'source.txt'), toCp1258(flatText(spec, model)));
  else if (fmt === 'txt-utf16') writeFileSync(join(dir, 'source.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(flatText(spec, model), 'utf16le')]));
  else throw new Error(`unknown format ${fmt}`);
  finish(spec, dir, model);
}
process.exitCode = problems ? 1 : 0;
