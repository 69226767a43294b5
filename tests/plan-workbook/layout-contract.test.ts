import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import type { Plan } from '../../src/plan/schema';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { readPlan } from '../../src/plan-workbook/read';
import type { ReadWorkbook } from '../../src/workbook-kit/read-model';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { specToRead } from '../support/spec-to-read';
import { editGrid, gridOf } from '../support/grid';

/** The writer and the reader of the structured workbook agree: Plan -> sheets -> Plan is the identity. */

const seed = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
const imported = importPlan({ kind: 'text', text: seed });
if (!imported.ok) throw new Error('seed');
const plan = imported.plan;
const findings = [...imported.findings, ...runChecks(plan)];
const words = workbookWords(vi);
const spec = buildWorkbook(plan, findings, words);

function read(wb: ReadWorkbook): Plan {
  const r = readPlan(wb);
  if (!r.ok) throw new Error(r.problem);
  expect(r.findings).toEqual([]);
  return r.plan;
}

describe('the structured workbook layout', () => {
  it('has the sheets people expect, in order, and a very hidden _meta', () => {
    expect(spec.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Tổng quan', 'visible'],
      ['PL1 Nhiệm vụ', 'visible'],
      ['PL2 PAR INDEX', 'visible'],
      ['PL3 SIPAS', 'visible'],
      ['PL4 PAPI', 'visible'],
      ['Kiểm tra', 'visible'],
      ['Đơn vị', 'visible'],
      ['Lịch báo cáo', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
  });

  it('reads back the same Plan it was written from', () => {
    expect(read(specToRead(spec))).toEqual(plan);
  });

  it('matches rows by ID: sorted, hidden and renamed sheets change nothing', () => {
    const wb = specToRead(spec);
    const par = wb.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    editGrid(par, (g) => g.splice(4, g.length - 4, ...g.slice(4).reverse()));
    par.name = 'PAR (đã sửa)';
    par.hiddenRows = [6, 7];
    const tasks = wb.sheets.find((s) => s.name === 'PL1 Nhiệm vụ')!;
    editGrid(tasks, (g) => g.splice(4, g.length - 4, ...g.slice(4).reverse()));
    expect(read(wb)).toEqual(plan);
  });

  it('reports a row people added without an ID, and keeps everything else', () => {
    const wb = specToRead(spec);
    const par = wb.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    editGrid(par, (g) => g.splice(8, 0, [null, null, { value: '1.8', formula: null, numFmt: null }, { value: 'Tiêu chí mới', formula: null, numFmt: null }]));
    const r = readPlan(wb);
    expect(r.ok && r.plan.criteria).toEqual(plan.criteria);
    expect(r.findings.map((f) => [f.rule, f.location?.table, f.location?.row])).toEqual([['sheet.row-without-id', 'PL2 PAR INDEX', 9]]);
  });

  it('reads an edited value, and a number typed as Vietnamese text', () => {
    const wb = specToRead(spec);
    const par = wb.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    editGrid(par, (g) => {
      g.find((r) => r[0]?.value === 'PAR:5.4')![6] = { value: '1,25', formula: null, numFmt: null };
    });
    const r = readPlan(wb);
    expect(r.ok && r.plan.criteria.find((c) => c.id === 'PAR:5.4')).toMatchObject({ result: 1.25, decimals: { result: 2 } });
  });

  it('reports a value that is not a number, naming the sheet and cell', () => {
    const wb = specToRead(spec);
    const par = wb.sheets.find((s) => s.name === 'PL2 PAR INDEX')!;
    const at = gridOf(par).findIndex((r) => r[0]?.value === 'PAR:5.4');
    editGrid(par, (g) => {
      g[at]![6] = { value: 'chưa có', formula: null, numFmt: null };
    });
    const r = readPlan(wb);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'sheet.number-unreadable', id: 'PAR:5.4', field: 'result', stated: 'chưa có', location: { table: 'PL2 PAR INDEX', line: null, row: at + 1, col: 7 } })]);
    expect(r.ok && r.plan.criteria.find((c) => c.id === 'PAR:5.4')?.result).toBeNull();
  });

  it('finds the same findings in the workbook as in the plan it came from', () => {
    expect(runChecks(read(specToRead(spec)))).toEqual(runChecks(plan));
  });

  it('is not a plan workbook when no sheet has the layout', () => {
    expect(readPlan({ sheets: [{ name: 'Sheet1', state: 'visible', hiddenRows: [], rows: [{ row: 1, cells: [{ value: 'x', formula: null, numFmt: null, col: 1 }] }] }] }).ok).toBe(false);
  });
});
