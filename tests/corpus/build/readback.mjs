// Reads each corpus source back (not the spec) and prints the tables' rows next to the key rows.
import { readFileSync, readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseDocument } from 'htmlparser2';
import * as DU from 'domutils';
import mammoth from 'mammoth';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const only = process.argv[2];
function htmlRows(html) {
  const doc = parseDocument(html);
  const tables = DU.findAll((e) => e.name === 'table', doc.children);
  const out = [];
  for (const t of tables) {
    const rows = DU.findAll((e) => e.name === 'tr', [t]);
    for (const r of rows) out.push(r.children.filter((c) => c.name === 'td' || c.name === 'th').map((c) => DU.textContent(c).replace(/\s+/g, ' ').trim()));
    out.push(['----']);
  }
  return out;
}
/** A workbook as a reader sees it: every sheet saved by LibreOffice as CSV with cell contents as
 *  shown (number formats applied, dates as formatted), decimals then written with a comma. */
async function xlsxRows(src) {
  const out = mkdtempSync(join(tmpdir(), 'readback-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, src], { stdio: 'pipe' });
  // The sheets in the workbook's order (LibreOffice names each CSV after its sheet).
  const book = await (await JSZip.loadAsync(readFileSync(src))).file('xl/workbook.xml').async('string');
  const names = [...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&'));
  const base = src.split('/').pop().replace(/\.xlsx$/, '');
  const rows = [];
  for (const f of names.map((n) => `${base}-${n}.csv`).filter((x) => existsSync(join(out, x)))) {
    const text = readFileSync(join(out, f), 'utf8');
    let row = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') row.push(cell), (cell = '');
      else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
      else if (ch !== '\r') cell += ch;
    }
    rows.push(['----']);
  }
  return rows.map((r) => r.map((c) => (/^[+-]?\d+\.\d+%?$/.test(c) ? c.replace('.', ',') : c.replace(/\s+/g, ' ').trim())));
}
for (const d of readdirSync(root).filter((x) => /^\d\d-/.test(x)).sort()) {
  if (only && !d.startsWith(only)) continue;
  const key = JSON.parse(readFileSync(`${root}/${d}/key.json`, 'utf8'));
  const src = `${root}/${d}/${key.source}`;
  let rows;
  if (src.endsWith('.html')) rows = htmlRows(readFileSync(src, 'utf8'));
  else if (src.endsWith('.docx')) rows = htmlRows((await mammoth.convertToHtml({ path: src })).value);
  else if (src.endsWith('.pdf')) rows = execFileSync('pdftotext', ['-layout', src, '-']).toString().split('\n').map((l) => [l]);
  else if (src.endsWith('.xlsx')) rows = await xlsxRows(src);
  else if (src.endsWith('.tsv')) rows = readFileSync(src, 'utf8').split('\r\n').map((l) => l.split('\t'));
  else {
    const b = readFileSync(src);
    const s = b[0] === 0xff ? b.subarray(2).toString('utf16le') : iconv.decode(b, 'windows1258').normalize('NFC');
    rows = s.split('\r\n').map((l) => l.split('\t'));
  }
  // For each key criterion, find the first printed row after the previous match holding its name.
  let at = 0;
  const problems = [];
  const fmt = (v) => (v == null ? null : String(v).replace('.', ','));
  for (const c of key.criteria) {
    let i = at;
    while (i < rows.length && !rows[i].some((x) => x === c.name || (src.endsWith('.pdf') && x.includes(c.name.slice(0, 18))))) i++;
    if (i >= rows.length) { problems.push(`${c.index}:${c.code} name not found: ${c.name}`); continue; }
    at = i + 1;
    const line = src.endsWith('.pdf') ? rows.slice(i - 1, i + 3).join(' ') : rows[i].join(' | ');
    for (const [f, v] of [['result', c.result], ['target', c.targetText ?? c.target]]) {
      if (v == null) continue;
      const s = typeof v === 'string' ? v : fmt(v);
      const ok = typeof v === 'string' ? line.includes(v) || line.replace(/\s+/g, ' ').includes(v.split(' ')[0]) : new RegExp(`(^|[^0-9,])${s.replace(',', ',')}0*([^0-9]|$)`).test(line);
      if (!ok) problems.push(`${c.index}:${c.code} ${f} ${s} not on its row: ${line.slice(0, 200)}`);
    }
    if (!src.endsWith('.pdf')) {
      for (const a of c.lead) if (!line.includes(a)) problems.push(`${c.index}:${c.code} lead "${a}" not on row (merged/blank?): ${line.slice(0, 160)}`);
    }
  }
  let tat = 0;
  for (const t of key.tasks) {
    let i = tat;
    const probe = t.title.split('\n')[0].slice(0, 30);
    while (i < rows.length && !rows[i].some((x) => x.includes(probe))) i++;
    if (i >= rows.length) { problems.push(`task ${t.number} not found: ${probe}`); continue; }
    tat = i + 1;
    const line = src.endsWith('.pdf') ? rows.slice(i - 2, i + 4).join(' ') : rows[i].join(' | ');
    if (!src.endsWith('.pdf')) for (const a of [...t.lead, ...t.support]) if (!line.includes(a)) problems.push(`task ${t.index}/${t.number} agency "${a}" not on row: ${line.slice(0, 160)}`);
    if (!src.endsWith('.pdf') && !rows[i][0].includes(t.number)) problems.push(`task number ${t.number} vs ${rows[i][0]}`);
  }
  console.log(`== ${d}: ${key.criteria.length} criteria, ${key.tasks.length} tasks, ${problems.length} notes`);
  for (const p of problems) console.log('   ', p);
}
