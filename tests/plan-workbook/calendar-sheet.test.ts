import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runChecks } from '../../src/checks';
import { main } from '../../src/cli/main';
import type { Plan } from '../../src/plan/schema';
import { CALENDAR_SHEET } from '../../src/plan-workbook/calendar-sheet';
import { readPlan } from '../../src/plan-workbook/read';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { seedPlan } from '../support/seed';

/**
 * Lịch báo cáo (issue #15): the province's own due dates, set once in the plan workbook and
 * edited there by hand; assemble and compile with a round take them unless `--due` is given.
 */

const plan = seedPlan();
const write = (p: Plan, drop: string[] = []) => {
  const spec = buildWorkbook(p, runChecks(p), workbookWords(vi));
  return writeWorkbook({ ...spec, sheets: spec.sheets.filter((s) => !drop.includes(s.name)) });
};
async function read(bytes: Uint8Array) {
  const r = await readWorkbook(bytes);
  if (!r.ok) throw new Error('unreadable');
  const p = readPlan(r.workbook);
  if (!p.ok) throw new Error('not a plan');
  return p;
}

/** The xlsx with cells of the calendar sheet replaced in its XML, as another program would save a typed value: an inline string. */
function editCells(bytes: Uint8Array, cells: Record<string, string>): Uint8Array {
  const files = unzipSync(bytes);
  const book = strFromU8(files['xl/workbook.xml']!);
  const rid = new RegExp(`<sheet [^>]*name="${CALENDAR_SHEET}"[^>]*r:id="([^"]+)"`).exec(book)![1]!;
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  const part = `xl/${target.replace(/^\/?xl\//, '')}`;
  let xml = strFromU8(files[part]!);
  for (const [ref, value] of Object.entries(cells)) {
    const cell = `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
    const existing = new RegExp(`<c r="${ref}"(?: [^>]*)?(?:/>|>.*?</c>)`);
    if (!existing.test(xml)) throw new Error(`no cell ${ref} to edit`);
    xml = xml.replace(existing, cell);
  }
  files[part] = strToU8(xml);
  return zipSync(files);
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('Lịch báo cáo in the plan workbook', () => {
  it('lists the rounds of the plan year with the ministry dates, and reads back what the province set', async () => {
    const year = plan.meta.targetYear!;
    const calendar = { unitDueDay: 5, overrides: { [`${year}-H1`]: `${year}-06-08`, [`X:${year}-03-01:${year}-04-15`]: `${year}-04-20` }, listed: [`${year}-M04`] };
    const back = await read(await write({ ...plan, calendar }));
    expect(back.plan.calendar?.unitDueDay).toBe(5);
    expect(back.plan.calendar?.overrides).toEqual(calendar.overrides);
    // The year's national rounds are always on the sheet; a round the user added is kept without a date too.
    expect(back.plan.calendar?.listed).toEqual([`${year}-M04`]);
    expect(back.findings.filter((f) => f.rule.startsWith('sheet.'))).toEqual([]);
    // Written again from what was read: the same calendar.
    const again = await read(await write(back.plan));
    expect(again.plan.calendar).toEqual(back.plan.calendar);
  });

  it('starts empty for a plan read from its document, and an empty sheet reads back as no province dates', async () => {
    const bytes = await write(plan);
    const r = await readWorkbook(bytes);
    if (!r.ok) throw new Error('unreadable');
    const sheet = r.workbook.sheets.find((s) => s.name === CALENDAR_SHEET)!;
    const year = plan.meta.targetYear!;
    const row = (n: number) => [1, 2, 3, 4, 5, 6].map((col) => sheet.rows.find((x) => x.row === n)?.cells.find((c) => c.col === col)?.value ?? '');
    expect(row(6)).toEqual([`${year}-Q1`, `Quý I/${year}`, `15/12/${year - 1}`, `14/03/${year}`, `20/03/${year}`, '']);
    expect(row(9)).toEqual([`${year}-Y`, `Năm ${year}`, `15/12/${year - 1}`, `14/12/${year}`, `20/12/${year}`, '']);
    expect((await read(bytes)).plan.calendar).toBeUndefined();
  });

  it('reads a workbook older than the sheet as before: no calendar, nothing reported', async () => {
    const back = await read(await write(plan, [CALENDAR_SHEET]));
    expect(back.plan.calendar).toBeUndefined();
    expect(back.findings.filter((f) => f.rule.startsWith('sheet.'))).toEqual([]);
  });
});

describe('a date typed into the sheet by hand', () => {
  const year = plan.meta.targetYear!;
  // Legend on row 3, the province rule on row 4, header on row 5; Quý I on row 6, 6 tháng on row 7; the units' due dates in column F.
  const dir = mkdtempSync(join(tmpdir(), 'chiso-cal-'));
  const planFile = (name: string, cells: Record<string, string>) => async () => {
    const path = join(dir, name);
    writeFileSync(path, editCells(await write(plan), cells));
    return path;
  };

  it('is the units due date of assemble --period, said as the plan workbook own', async () => {
    const path = await planFile('edited.xlsx', { F6: `06/03/${year}` })();
    const out = join(dir, 'out-q1');
    const r = await run('assemble', path, '-o', out, '--only', 'Sở Tư pháp', '--period', `${year}-Q1`);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain(`hạn gửi của đơn vị: 06/03/${year} (theo trang Lịch báo cáo của sổ kế hoạch)`);
    // Stamped into the unit's workbook: its guide and its _meta.
    const files = unzipSync(readFileSync(join(out, 'bao-cao-don-vi.zip')));
    const workbook = Object.entries(files).find(([n]) => n.endsWith('.xlsx') && !n.startsWith('danh-sach'))!;
    const wb = await readWorkbook(workbook[1]);
    if (!wb.ok) throw new Error('unreadable');
    const texts = wb.workbook.sheets.flatMap((s) => s.rows.flatMap((row) => row.cells.map((c) => String(c.value ?? ''))));
    expect(texts.some((t) => t.includes(`hạn gửi: 06/03/${year}`))).toBe(true);
    expect(texts).toContain(`${year}-03-06`);
  });

  it('gives way to --due, and the output says which one was used', async () => {
    const path = await planFile('edited-due.xlsx', { F6: `06/03/${year}` })();
    const r = await run('assemble', path, '-o', join(dir, 'out-due'), '--only', 'Sở Tư pháp', '--period', `${year}-Q1`, '--due', `01/03/${year}`);
    expect(r.out).toContain(`hạn gửi của đơn vị: 01/03/${year} (theo --due)`);
  });

  it('takes the province rule for a round without its own date', async () => {
    const path = await planFile('rule.xlsx', { F4: '5' })();
    const r = await run('assemble', path, '-o', join(dir, 'out-rule'), '--only', 'Sở Tư pháp', '--period', `${year}-Q3`);
    expect(r.out).toContain(`hạn gửi của đơn vị: 05/09/${year} (theo hạn chung của tỉnh trên trang Lịch báo cáo)`);
  });

  it('is reported with its sheet and cell when it is no date, and the round falls back on the ministry date', async () => {
    const path = await planFile('bad.xlsx', { F7: `31/06/${year}`, F4: 'ngày 5' })();
    const check = await run('check', path);
    expect(check.out).toContain('Lịch báo cáo, ô F7');
    expect(check.out).toContain(`Hạn của tỉnh cho kỳ 6 tháng đầu năm ${year} ghi “31/06/${year}” — không phải một ngày.`);
    const r = await run('assemble', path, '-o', join(dir, 'out-bad'), '--only', 'Sở Tư pháp', '--period', `${year}-H1`);
    expect(r.code).toBe(0);
    expect(r.err.split('\n')).toEqual([
      `Sổ kế hoạch, Lịch báo cáo, ô F4: Hạn chung của tỉnh ghi “ngày 5” — cần một số ngày từ 1 đến 31 (ví dụ 5: ngày 5 của tháng cuối kỳ) hoặc để trống; đến khi sửa, các kỳ dùng hạn của Bộ.`,
      `Sổ kế hoạch, Lịch báo cáo, ô F7: Hạn của tỉnh cho kỳ 6 tháng đầu năm ${year} ghi “31/06/${year}” — không phải một ngày. Ghi ngày dạng dd/mm/yyyy (ví dụ 05/03/2026) hoặc để trống; đến khi sửa, kỳ này dùng hạn chung của tỉnh hoặc hạn của Bộ.`,
    ]);
    expect(r.out).toContain(`hạn gửi của đơn vị: 20/06/${year} (hạn gửi Bộ Nội vụ`);
  });

  it('adds a monthly round on a blank row, which compile --period takes its date from', async () => {
    // The first blank row under the four national rounds: row 10.
    const path = await planFile('monthly.xlsx', { B10: `Tháng 4/${year}`, F10: `10/04/${year}` })();
    const back = await read(readFileSync(path));
    expect(back.plan.calendar?.overrides[`${year}-M04`]).toBe(`${year}-04-10`);
    const returns = mkdtempSync(join(tmpdir(), 'chiso-cal-returns-'));
    const r = await run('compile', path, returns, '--period', `${year}-M04`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Kỳ báo cáo: Tháng 4/${year}`);
    expect(r.out).toContain(`hạn gửi của đơn vị: 10/04/${year} (theo trang Lịch báo cáo của sổ kế hoạch)`);
  });
});
