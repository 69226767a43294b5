// Helpers for the workbook documents (docs/17-19): reading the hand-written rows, running
// LibreOffice, and putting the key together. Like model.mjs, this only reads '9,45' as 9.45 and
// '84,35%' as 84.35; every value, code, parent and agency of a key is written in the doc's spec.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { num } from './model.mjs';

export { num };

/** A printed cell as the spec writes it: '=9,50' is a formula whose cached value is 9,50. */
export function printed(s) {
  const t = String(s ?? '').trim();
  if (t.startsWith('=')) return { formula: true, value: num(t.slice(1)), text: t.slice(1) };
  if (t === '') return { formula: false, value: null, text: '' };
  return { formula: false, value: num(t), text: t };
}

/** Cell text as written in the spec: ' // ' is a line break inside the cell (Alt+Enter). */
export const cellText = (s) => String(s ?? '').replaceAll(' // ', '\n');

/** The agencies a reader sees in a cell: one per line, or separated by '; '. */
export const agencyList = (s) =>
  cellText(s)
    .split(/\n|; /)
    .map((x) => x.trim())
    .filter(Boolean);

/** Split 'a | b | c' spec lines; '//' starts a comment line. */
export const lines = (block) =>
  block
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('//'))
    .map((l) => l.split('|').map((x) => x.trim()));

/** Run headless LibreOffice with a private profile; returns the output path (soffice exits 0 even when it fails). */
export function soffice(input, convertTo, outDir, expected) {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', convertTo, '--outdir', outDir, input], { stdio: 'pipe', timeout: 180000 });
  if (!existsSync(expected)) throw new Error(`LibreOffice did not write ${expected}`);
  return expected;
}

/** Adds up the children of every criterion whose formula cell the spec marks, so a cached value
 *  written by hand cannot disagree with the formula LibreOffice or Excel would compute. */
export function checkFormulaSums(rows, fields) {
  for (const r of rows) {
    const kids = rows.filter((k) => k.parent === r.code);
    for (const f of fields) {
      if (!r.cells[f]?.formula) continue;
      const sum = kids.reduce((s, k) => s + (k.cells[f].value ?? 0), 0);
      if (Math.abs(sum - r.cells[f].value) > 1e-9) throw new Error(`${r.code} ${f}: formula gives ${sum}, spec says ${r.cells[f].value}`);
    }
  }
}

/** Row heights as Excel stores them after fitting wrapped text (exceljs does not fit rows; a file
 *  saved by Excel carries the fitted heights). Times New Roman 12: about one width unit a
 *  character, 15.75 points a line. Merged cells (`skip`) are left out. */
export function fitRows(ws, from, to, skip = () => false) {
  const widths = ws.columns.map((c) => c.width ?? 9);
  for (let r = from; r <= to; r++) {
    const row = ws.getRow(r);
    let linesNeeded = 1;
    row.eachCell((cell, col) => {
      if (skip(r, col) || cell.isMerged) return;
      const v = cell.value;
      if (typeof v !== 'string') return;
      const bold = cell.font?.bold ? 1.12 : 1;
      const n = v.split('\n').reduce((s, part) => s + Math.max(1, Math.ceil((part.length * bold) / Math.max(1, (widths[col - 1] - 1) * 1.05))), 0);
      linesNeeded = Math.max(linesNeeded, n);
    });
    row.height = Math.round((linesNeeded * 15.75 + 3) * 4) / 4;
  }
}
