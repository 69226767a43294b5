import { strFromU8, unzipSync } from 'fflate';
import { AGENCY_SHEET, agencyWorkbook, hashText, lockedContent } from '../../src/agency-workbook/write';
import type { WorkbookSpec } from '../../src/workbook-kit/spec';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { seedPlan, seedRecipients, AGENCY_OPTIONS } from '../support/seed';

/** The workbook one agency fills in without the add-in: its tasks and criteria, inputs unlocked, everything else locked. */

const plan = seedPlan();
const assignments = seedRecipients(plan);
const noiVu = assignments.find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;
const options = AGENCY_OPTIONS;
const spec = agencyWorkbook(plan, noiVu, options);
const sheet = (name: string) => spec.sheets.find((s) => s.name === name)!;
const ids = (name: string) => sheet(name).rows.map((r) => r.cells[0]?.value).filter((v): v is string => typeof v === 'string' && /^[A-Z]+:/.test(v));
const meta = (w: WorkbookSpec) => Object.fromEntries(w.sheets.find((s) => s.name === '_meta')!.rows.map((r) => [r.cells[0]!.value, r.cells[1]!.value]));

describe('an agency report workbook', () => {
  it('has the guide, its tasks (led, then supported), its criteria and a very hidden _meta', () => {
    expect(spec.sheets.map((s) => [s.name, s.state, s.protect])).toEqual([
      ['Hướng dẫn', 'visible', true],
      ['Nhiệm vụ', 'visible', true],
      ['Tiêu chí', 'visible', true],
      ['_meta', 'veryHidden', true],
    ]);
    expect(ids(AGENCY_SHEET.tasks)).toEqual([...noiVu.leads, ...noiVu.supports]);
    expect(ids(AGENCY_SHEET.criteria)).toEqual(noiVu.criteria.filter((id) => !id.endsWith(':total')));
    expect(JSON.stringify(sheet(AGENCY_SHEET.guide).rows)).toContain('trước ngày 15/12/2025');
  });

  it('unlocks only the input cells', () => {
    const unlocked = new Set(Object.entries(spec.styles).filter(([, s]) => s.unlocked).map(([k]) => k));
    const row = sheet(AGENCY_SHEET.criteria).rows.find((r) => r.cells[0]?.value === 'PAR:5.4')!;
    expect(row.cells.map((c) => (c?.style && unlocked.has(c.style) ? 'in' : '-'))).toEqual(['-', '-', '-', '-', '-', '-', '-', 'in', 'in', 'in']);
  });

  it('validates the status list, dates and a self-assessment between 0 and the max, and marks one below target', () => {
    const tasks = sheet(AGENCY_SHEET.tasks);
    // No number check on the date: '15/07/2025' typed in an English Excel stays text, and is read as dd/mm/yyyy.
    expect(tasks.validations.map((v) => v.rule.kind)).toEqual(['list']);
    const dateCol = tasks.rows[3]!.cells.findIndex((c) => c?.value === 'Ngày hoàn thành');
    expect(spec.styles[tasks.rows[5]!.cells[dateCol]!.style!]).toMatchObject({ numFmt: '@', unlocked: true });
    expect(tasks.validations[0]!.rule).toMatchObject({ values: ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Hoàn thành chậm', 'Không thuộc phạm vi'] });
    const crit = sheet(AGENCY_SHEET.criteria);
    expect(crit.validations[0]!.rule).toMatchObject({ kind: 'decimal', min: '0', max: '$E5' });
    expect(crit.conditionalFormats[0]!.rules[0]).toMatchObject({ kind: 'expression', formula: 'AND(ISNUMBER($H5),ISNUMBER($G5),$H5<$G5)' });
  });

  it('names the plan, the recipient, the template and the rows in _meta, with a hash of the locked content', () => {
    const m = meta(spec);
    expect(m).toMatchObject({ format: 'chiso-agency', version: 2, plan: '159/KH-UBND', recipient: 'AGENCY:Sở Nội vụ', generatedAt: '2025-11-01T00:00:00.000Z' });
    expect(JSON.parse(String(m.taskIds))).toEqual([...noiVu.leads, ...noiVu.supports]);
    expect(m.lockedHash).toBe(hashText(lockedContent([sheet(AGENCY_SHEET.tasks), sheet(AGENCY_SHEET.criteria)])));
    // The hash follows the locked content, not the time of generation.
    expect(meta(agencyWorkbook(plan, noiVu, { ...options, generatedAt: '2026-01-01T00:00:00.000Z' })).lockedHash).toBe(m.lockedHash);
    const other = assignments.find((a) => a.recipient.key === 'COMMUNE:00070')!;
    expect(meta(agencyWorkbook(plan, other, options)).lockedHash).not.toBe(m.lockedHash);
  });

  it('is written protected, with the hash computed once for every protected sheet, and reads back', async () => {
    const bytes = await writeWorkbook(agencyWorkbook(plan, noiVu, { ...options, password: 'mk' }));
    const files = unzipSync(bytes);
    const hashes = [1, 2, 3].map((i) => /<sheetProtection[^>]*hashValue="([^"]+)"/.exec(strFromU8(files[`xl/worksheets/sheet${i}.xml`]!))?.[1]);
    expect(hashes[0]).toBeDefined();
    expect(new Set(hashes).size).toBe(1);
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Hướng dẫn', 'visible'],
      ['Nhiệm vụ', 'visible'],
      ['Tiêu chí', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
  });
});
