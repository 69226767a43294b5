import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile } from '../../src/app/load';
import { FLAG } from '../../src/plan-workbook/criteria-sheet';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';

/**
 * The printed self-check column says what chiso's checks say, on plans of every layout the corpus
 * holds: a plan that lists only the criteria that lost points, sub-dimensions without a max, a
 * flat SIPAS list. A ⚠ the checks do not raise is a false alarm on paper; a ✓ beside a sum they
 * warn about is worse.
 */

const corpus = join(__dirname, '../corpus');
const documents = readdirSync(corpus).filter((d) => /^\d\d-/.test(d)).sort();
const APPENDICES = ['PL2 PAR INDEX', 'PL3 SIPAS', 'PL4 PAPI'];

it.each(documents)('%s: every cached flag agrees with the checks', async (doc) => {
  const file = readdirSync(join(corpus, doc)).find((f) => f.startsWith('source.'))!;
  const loaded = await loadFile(file, new Uint8Array(readFileSync(join(corpus, doc, file))));
  if (!loaded.ok) throw new Error(`${doc}: ${loaded.problem.kind}`);
  // Warnings and errors of the sum rules, by criterion: what must show ⚠ (information, explained by rounding, must not).
  const warned = new Set(loaded.findings.filter((f) => (f.rule === 'sum.children' || f.rule === 'sipas.mean') && f.severity !== 'info' && f.id).map((f) => f.id!));
  const incomplete = new Set(loaded.findings.filter((f) => f.rule === 'sum.children-incomplete' && f.id).map((f) => f.id!));
  const spec = buildWorkbook(loaded.plan, loaded.findings, workbookWords(vi));
  const disagreements: string[] = [];
  for (const sheet of spec.sheets.filter((s) => APPENDICES.includes(s.name))) {
    const flagCol = sheet.rows[3]!.cells.findIndex((c) => c?.value === 'Kiểm tra số liệu');
    for (const row of sheet.rows.slice(4)) {
      const id = String(row.cells[0]?.value ?? '');
      const flag = row.cells[flagCol];
      if (!flag?.formula?.includes(FLAG.sums)) continue;
      const shown = String(flag.value);
      const expected = warned.has(id) ? FLAG.sums : shown === FLAG.partial || shown === FLAG.none ? shown : incomplete.has(id) ? FLAG.incomplete : FLAG.ok;
      if (shown !== expected) disagreements.push(`${id}: shows ${shown}, the checks say ${expected}`);
    }
  }
  expect(disagreements).toEqual([]);
});

it('a plan listing only the criteria that lost points: its parents say so instead of ⚠ (Cần Thơ, 16 false alarms before)', async () => {
  const loaded = await loadFile('source.html', new Uint8Array(readFileSync(join(corpus, '02-cantho-par-2024/source.html'))));
  if (!loaded.ok) throw new Error('unreadable');
  const par = buildWorkbook(loaded.plan, loaded.findings, workbookWords(vi)).sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
  const flagCol = par.rows[3]!.cells.findIndex((c) => c?.value === 'Kiểm tra số liệu');
  const flags = par.rows.slice(4).map((r) => r.cells[flagCol]?.value);
  expect(flags).not.toContain(FLAG.sums);
  expect(flags.filter((f) => f === FLAG.partial).length).toBeGreaterThan(10);
});

it('sub-dimensions without a max: the sum of their max is blank, not 0 against 10 (Thanh Hóa PAPI 7 and 8)', async () => {
  const loaded = await loadFile('source.tsv', new Uint8Array(readFileSync(join(corpus, '10-thanhhoa-papi-2025/source.tsv'))));
  if (!loaded.ok) throw new Error('unreadable');
  const papi = buildWorkbook(loaded.plan, loaded.findings, workbookWords(vi)).sheets.find((s) => s.name === 'PL4 PAPI')!;
  const header = papi.rows[3]!.cells.map((c) => c?.value);
  const row = papi.rows.find((r) => r.cells[0]?.value === 'PAPI:7')!;
  expect(row.cells[header.indexOf('Tổng mục con: tối đa')]!.value).toBe('');
  expect(row.cells[header.indexOf('Kiểm tra số liệu')]!.value).toBe(FLAG.ok);
});
