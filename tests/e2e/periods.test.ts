import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readMaster, type MasterData } from '../../src/master-workbook/read';
import { readWorkbook } from '../../src/xlsx/read';
import { convert, describeWithLibreOffice } from '../support/libreoffice';
import { SEED } from '../support/master-fixture';
import { gridOf } from '../support/grid';
import { FILL } from '../../src/workbook-kit/colours';

/**
 * Two reporting rounds end to end, with the tools a user has: `chiso assemble --period 2026-Q1`,
 * units fill their workbooks in a spreadsheet (one re-saved by LibreOffice, one sent for another
 * round, one received on paper whose day is typed into the master's log, one never sent), three
 * runs of `chiso compile` as returns arrive; then `assemble --period 2026-H1 --previous` from the
 * Q1 master (the workbooks arrive pre-filled), a few answers changed, and `compile --previous`:
 * the changes sheet lists exactly the changed answers, the timeliness sheet exactly the late and
 * missing units. Expectations come from what the test typed, never from the code under test.
 */

const UNITS = [
  { only: 'Sở Nội vụ', file: 'so-noi-vu.xlsx', name: 'Sở Nội vụ' },
  { only: 'Sở Tư pháp', file: 'so-tu-phap.xlsx', name: 'Sở Tư pháp' },
  { only: 'Sở Y tế', file: 'so-y-te.xlsx', name: 'Sở Y tế' },
  { only: 'Hoàn Kiếm', file: '00070-phuong-hoan-kiem.xlsx', name: 'Phường Hoàn Kiếm' },
  { only: 'Sở Xây dựng', file: 'so-xay-dung.xlsx', name: 'Sở Xây dựng' },
] as const;
const STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Hoàn thành chậm'];

type Typed = Map<string, string | number>; // `${id}|${agency}|${field}` -> value

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

function columns(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(4).eachCell((c, col) => m.set(String(c.value ?? '').replace(/ năm \d{4}$/, ''), col));
  return m;
}

function idRows(ws: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => n > 4 && typeof row.getCell(1).value === 'string' && /^(TASK|PAR|PAPI|SIPAS):/.test(String(row.getCell(1).value)) && rows.push(row));
  return rows;
}

const TASK_FIELDS: [string, string][] = [['Tình trạng', 'status'], ['Ngày hoàn thành', 'completedOn'], ['Kết quả, sản phẩm đạt được', 'result'], ['Tài liệu kiểm chứng (đường dẫn)', 'evidence'], ['Khó khăn, vướng mắc, đề xuất', 'issues']];
const CRITERION_FIELDS: [string, string][] = [['Tự đánh giá', 'selfAssessment'], ['Giải trình', 'explanation'], ['Tài liệu kiểm chứng (đường dẫn)', 'evidence']];

/** A value as the master keeps it: dates 'YYYY-MM-DD' (typed as dd/mm/yyyy text, as template v2 asks, or as a date). */
const isoOf = (v: ExcelJS.CellValue): string | number | null => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v === null || v === undefined || v === '') return null;
  const day = typeof v === 'string' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v) : null;
  return day ? `${day[3]}-${day[2]}-${day[1]}` : (v as string | number);
};
/** A cell the template computes (a parent criterion's live sum): nobody types there. */
const computed = (c: ExcelJS.Cell) => c.type === ExcelJS.ValueType.Formula;
/** A day as a person types it into template v2's text date column. */
const typedDay = (y: number, m: number, d: number) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;

/** Every answer a workbook holds now, as the test reads it with ExcelJS. */
function answersIn(wb: ExcelJS.Workbook, agency: string): Typed {
  const typed: Typed = new Map();
  for (const [sheet, fields] of [['Nhiệm vụ', TASK_FIELDS], ['Tiêu chí', CRITERION_FIELDS]] as const) {
    // A unit that leads no criterion has no Tiêu chí sheet.
    const ws = wb.getWorksheet(sheet);
    if (!ws) continue;
    const col = columns(ws);
    for (const row of idRows(ws)) {
      for (const [header, field] of fields) {
        const cell = row.getCell(col.get(header)!);
        if (computed(cell)) continue;
        const v = isoOf(cell.value);
        if (v !== null) typed.set(`${row.getCell(1).value}|${agency}|${field}`, v);
      }
    }
  }
  return typed;
}

/** Q1: a unit fills its workbook as a person would. */
function fillQ1(wb: ExcelJS.Workbook, k: number, agency: string): void {
  const tasks = wb.getWorksheet('Nhiệm vụ')!;
  const tc = columns(tasks);
  idRows(tasks).forEach((row, i) => {
    if ((i + k) % 5 === 4) return; // left blank
    const status = STATUSES[(i + k) % 4]!;
    row.getCell(tc.get('Tình trạng')!).value = status;
    if (status.includes('hoàn thành') || status.includes('Hoàn thành')) row.getCell(tc.get('Ngày hoàn thành')!).value = typedDay(2026, 1, 5 + (i % 25));
    row.getCell(tc.get('Kết quả, sản phẩm đạt được')!).value = `Q1: kết quả ${i} của ${agency}`;
    if (i % 2 === 0) row.getCell(tc.get('Tài liệu kiểm chứng (đường dẫn)')!).value = `https://vb.hanoi.gov.vn/${k}/${i}`;
    if (i % 3 === 0) row.getCell(tc.get('Khó khăn, vướng mắc, đề xuất')!).value = `Thiếu kinh phí (${agency})`;
  });
  const crit = wb.getWorksheet('Tiêu chí');
  if (!crit) return;
  const cc = columns(crit);
  idRows(crit).forEach((row, j) => {
    const max = Number(row.getCell(cc.get('Điểm tối đa')!).value);
    // Leaves only: a parent's score is the sum the template computes.
    const self = row.getCell(cc.get('Tự đánh giá')!);
    if (!computed(self)) self.value = Math.round(max * 0.8 * 100) / 100;
    row.getCell(cc.get('Giải trình')!).value = `Giải trình ${j}`;
    if (j % 2 === 0) row.getCell(cc.get('Tài liệu kiểm chứng (đường dẫn)')!).value = `https://minhchung.vn/${j}`;
  });
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function masterAt(path: string): Promise<{ master: MasterData; sheet: (name: string) => (string | number | null)[][] }> {
  const wb = await readWorkbook(new Uint8Array(readFileSync(path)));
  if (!wb.ok) throw new Error('master unreadable');
  const read = readMaster(wb.workbook);
  if (!read.ok) throw new Error(read.problem);
  // A visible sheet's rows below its header (row 4), values as read.
  const sheet = (name: string) => gridOf(wb.workbook.sheets.find((s) => s.name === name)!).slice(4).map((r) => r.map((c) => c?.value ?? null) as (string | number | null)[]);
  return { master: read.master, sheet };
}

describeWithLibreOffice('two reporting rounds, end to end', () => {
  jest.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'chiso-periods-'));
  const q1Sent = join(dir, 'q1-sent');
  const q1Returns = join(dir, 'q1-returns');
  const q1Master = join(dir, 'tong-hop-q1.xlsx');
  const h1Sent = join(dir, 'h1-sent');
  const h1Returns = join(dir, 'h1-returns');
  const h1Master = join(dir, 'tong-hop-h1.xlsx');
  const q1Typed: Typed = new Map();
  mkdirSync(q1Returns, { recursive: true });
  mkdirSync(h1Returns, { recursive: true });

  it('Q1: assembles, and compiles as returns arrive, with arrival kept from run to run', async () => {
    for (const u of UNITS) expect((await run(['assemble', SEED, '-o', q1Sent, '--only', u.only, '--period', '2026-Q1', '--due', '05/03/2026'])).code).toBe(0);
    // The round is stamped: guide, print header, _meta.
    const sent = await load(join(q1Sent, 'so-noi-vu.xlsx'));
    const guide = sent.getWorksheet('Hướng dẫn')!.getColumn(1).values.map(String).join('\n');
    expect(guide).toContain('Kỳ báo cáo: Quý I/2026 (số liệu từ ngày 15/12/2025 đến ngày 14/03/2026); hạn gửi: 05/03/2026.');
    expect(sent.getWorksheet('Nhiệm vụ')!.headerFooter.oddFooter).toContain('Nhiệm vụ — Quý I/2026');
    const meta = new Map(sent.getWorksheet('_meta')!.getSheetValues().slice(1).map((r) => [String((r as string[])[1]), String((r as string[])[2])]));
    expect([meta.get('version'), meta.get('period'), meta.get('periodFrom'), meta.get('periodTo'), meta.get('unitDue')]).toEqual(['2', '2026-Q1', '2025-12-15', '2026-03-14', '2026-03-05']);

    const filled: Record<string, string> = {};
    for (const [k, u] of UNITS.slice(0, 4).entries()) {
      const wb = await load(join(q1Sent, u.file));
      fillQ1(wb, k, u.name);
      for (const [key, v] of answersIn(wb, u.name)) q1Typed.set(key, v);
      filled[u.name] = join(dir, `q1-filled-${u.file}`);
      await wb.xlsx.writeFile(filled[u.name]!);
    }
    // Sở Tư pháp saves its return in LibreOffice.
    filled['Sở Tư pháp'] = await convert(filled['Sở Tư pháp']!, 'xlsx', join(dir, 'lo'), { recalc: false });

    // 4 March: Sở Nội vụ's return is in.
    copyFileSync(filled['Sở Nội vụ']!, join(q1Returns, 'so-noi-vu.xlsx'));
    expect((await run(['compile', SEED, q1Returns, '-o', q1Master, '--period', '2026-Q1', '--due', '05/03/2026', '--today', '2026-03-04'])).code).toBe(0);
    // 9 March: three more, and a workbook of another round (a monthly one) that must not be mixed in.
    copyFileSync(filled['Sở Tư pháp']!, join(q1Returns, 'so-tu-phap.xlsx'));
    copyFileSync(filled['Sở Y tế']!, join(q1Returns, 'so-y-te.xlsx'));
    copyFileSync(filled['Phường Hoàn Kiếm']!, join(q1Returns, '00070-phuong-hoan-kiem.xlsx'));
    expect((await run(['assemble', SEED, '-o', join(dir, 'm02'), '--only', 'Sở Nội vụ', '--period', '2026-M02'])).code).toBe(0);
    copyFileSync(join(dir, 'm02', 'so-noi-vu.xlsx'), join(q1Returns, 'so-noi-vu-thang-2.xlsx'));
    const second = await run(['compile', SEED, q1Returns, '-o', q1Master, '--period', '2026-Q1', '--due', '05/03/2026', '--today', '2026-03-09']);
    expect(second.code).toBe(0);
    expect(second.out.join('\n')).toContain('so-noi-vu-thang-2.xlsx: Sổ tính của kỳ báo cáo Tháng 2/2026, không phải kỳ đang tổng hợp (Quý I/2026)');

    // Phường Hoàn Kiếm had sent its report on paper on 2 March: the day is typed into the master's log.
    const edited = await load(q1Master);
    const log = edited.getWorksheet('Nhật ký')!;
    const lc = columns(log);
    log.eachRow((row) => {
      if (row.getCell(lc.get('Tệp')!).value === '00070-phuong-hoan-kiem.xlsx') row.getCell(lc.get('Ngày nhận (nhập tay)')!).value = '02/03/2026';
    });
    await edited.xlsx.writeFile(q1Master);
    // 10 March: compiled again (the master was edited, so --force); nothing new arrived.
    const third = await run(['compile', SEED, q1Returns, '-o', q1Master, '--period', '2026-Q1', '--due', '05/03/2026', '--today', '2026-03-10', '--force']);
    expect(third.code).toBe(0);

    const { master, sheet } = await masterAt(q1Master);
    expect(master.period).toBe('2026-Q1');
    const firstSeen = new Map(master.log.map((l) => [l.file, l.firstSeen?.slice(0, 10)]));
    expect(firstSeen.get('so-noi-vu.xlsx')).toBe('2026-03-04');
    expect(firstSeen.get('so-y-te.xlsx')).toBe('2026-03-09');
    const rows = sheet('Đúng hạn');
    const state = new Map(rows.map((r) => [String(r[0]), String(r[5])]));
    const late = rows.filter((r) => String(r[5]).startsWith('Trễ hạn')).map((r) => [r[0], r[6]]);
    expect(late.sort()).toEqual([['Sở Tư pháp', 4], ['Sở Y tế', 4]]);
    expect(state.get('Sở Nội vụ')).toBe('Đúng hạn');
    expect(state.get('Phường Hoàn Kiếm')).toBe('Đúng hạn');
    const missing = rows.filter((r) => r[5] === 'Chưa nộp').map((r) => String(r[0]));
    // Every unit with work that sent nothing, and none that did.
    const expected = master.units.filter((u) => u.leads.length + u.supports.length + u.criteria.length > 0).map((u) => u.name).filter((n) => !UNITS.slice(0, 4).some((x) => x.name === n));
    expect(missing.sort()).toEqual(expected.sort());
    expect(missing).toContain('Sở Xây dựng');
    // Every answer typed in Q1 is in the history.
    const history = new Map((master.history ?? []).map((e) => [`${e.id}|${e.agency}|${e.field}`, e.value]));
    expect(new Map([...history].filter(([k]) => q1Typed.has(k)))).toEqual(q1Typed);
    expect(history.size).toBe(q1Typed.size);
  });

  const changed: { key: string; before: string | number | null; after: string | number | null }[] = [];

  it('6 tháng: assembles from the Q1 master, each workbook pre-filled with what its unit reported', async () => {
    for (const u of UNITS) {
      const r = await run(['assemble', SEED, '-o', h1Sent, '--only', u.only, '--period', '2026-H1', '--due', '05/06/2026', '--previous', q1Master]);
      expect(r.code).toBe(0);
    }
    for (const u of UNITS.slice(0, 4)) {
      const wb = await load(join(h1Sent, u.file));
      const carried = answersIn(wb, u.name);
      const mine = new Map([...q1Typed].filter(([k]) => k.split('|')[1] === u.name));
      expect(carried).toEqual(mine);
      const guide = wb.getWorksheet('Hướng dẫn')!.getColumn(1).values.map(String).join('\n');
      expect(guide).toContain('Các ô chữ nghiêng đã điền sẵn theo báo cáo kỳ Quý I/2026');
      // Marked as last period's: in italics, in the colour of every cell the unit fills, still editable.
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      const status = tasks.getCell(`G${idRows(tasks).find((r) => r.getCell(7).value)!.number}`);
      expect([status.font?.italic, (status.fill as ExcelJS.FillPattern).fgColor?.argb?.slice(2), status.protection?.locked]).toEqual([true, FILL.input, false]);
    }
    // Sở Xây dựng sent nothing in Q1: nothing to carry.
    expect(answersIn(await load(join(h1Sent, 'so-xay-dung.xlsx')), 'Sở Xây dựng').size).toBe(0);
  });

  it('6 tháng: compiled against Q1, the changes sheet lists exactly the changed answers and timeliness exactly the late and missing units', async () => {
    const edit = async (u: (typeof UNITS)[number], f: (wb: ExcelJS.Workbook) => void) => {
      const wb = await load(join(h1Sent, u.file));
      const before = answersIn(wb, u.name);
      f(wb);
      const after = answersIn(wb, u.name);
      for (const key of new Set([...before.keys(), ...after.keys()])) if (before.get(key) !== after.get(key)) changed.push({ key, before: before.get(key) ?? null, after: after.get(key) ?? null });
      const path = join(dir, `h1-filled-${u.file}`);
      await wb.xlsx.writeFile(path);
      return path;
    };
    // Sở Nội vụ completes a task, clears one piece of evidence and lowers a self-assessment.
    const noiVu = await edit(UNITS[0], (wb) => {
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      const tc = columns(tasks);
      const open = idRows(tasks).find((r) => r.getCell(tc.get('Tình trạng')!).value === 'Đang thực hiện')!;
      open.getCell(tc.get('Tình trạng')!).value = 'Đã hoàn thành';
      open.getCell(tc.get('Ngày hoàn thành')!).value = typedDay(2026, 5, 20);
      const withEvidence = idRows(tasks).find((r) => r.getCell(tc.get('Tài liệu kiểm chứng (đường dẫn)')!).value)!;
      withEvidence.getCell(tc.get('Tài liệu kiểm chứng (đường dẫn)')!).value = null;
      const crit = wb.getWorksheet('Tiêu chí')!;
      const cc = columns(crit);
      const first = idRows(crit).find((r) => !computed(r.getCell(cc.get('Tự đánh giá')!)))!;
      first.getCell(cc.get('Tự đánh giá')!).value = Number(first.getCell(cc.get('Tự đánh giá')!).value) - 0.25;
    });
    // Sở Y tế: a completed task goes back to in progress, and a result is rewritten.
    const yTe = await edit(UNITS[2], (wb) => {
      const tasks = wb.getWorksheet('Nhiệm vụ')!;
      const tc = columns(tasks);
      const done = idRows(tasks).find((r) => r.getCell(tc.get('Tình trạng')!).value === 'Đã hoàn thành')!;
      done.getCell(tc.get('Tình trạng')!).value = 'Đang thực hiện';
      done.getCell(tc.get('Kết quả, sản phẩm đạt được')!).value = 'Đang sửa đổi quy chế theo góp ý';
    });
    // Sở Tư pháp sends its pre-filled workbook back unchanged.
    const tuPhap = await edit(UNITS[1], () => {});
    expect(changed.length).toBe(6);

    copyFileSync(noiVu, join(h1Returns, 'so-noi-vu.xlsx'));
    copyFileSync(tuPhap, join(h1Returns, 'so-tu-phap.xlsx'));
    // A Q1 workbook sent again by mistake: refused, not mixed in.
    copyFileSync(join(q1Returns, 'so-tu-phap.xlsx'), join(h1Returns, 'so-tu-phap-quy-1.xlsx'));
    expect((await run(['compile', SEED, h1Returns, '-o', h1Master, '--period', '2026-H1', '--due', '05/06/2026', '--today', '2026-06-04', '--previous', q1Master])).code).toBe(0);
    copyFileSync(yTe, join(h1Returns, 'so-y-te.xlsx'));
    const last = await run(['compile', SEED, h1Returns, '-o', h1Master, '--period', '2026-H1', '--due', '05/06/2026', '--today', '2026-06-08', '--previous', q1Master]);
    expect(last.code).toBe(0);
    expect(last.out.join('\n')).toContain('so-tu-phap-quy-1.xlsx: Sổ tính của kỳ báo cáo Quý I/2026');

    const { master, sheet } = await masterAt(h1Master);
    const changes = sheet('Thay đổi so với kỳ trước');
    const fieldOf: Record<string, string> = { 'Tình trạng': 'status', 'Ngày hoàn thành': 'completedOn', 'Kết quả, sản phẩm': 'result', 'Tài liệu kiểm chứng': 'evidence', 'Khó khăn, đề xuất': 'issues', 'Tự đánh giá': 'selfAssessment', 'Giải trình': 'explanation' };
    const listed = changes.filter((r) => r[6] !== 'Mới quá hạn').map((r) => ({ key: `${r[0]}|${r[2]}|${fieldOf[String(r[3])]}`, before: r[4] === '' ? null : r[4]!, after: r[5] === '' ? null : r[5]! }));
    const norm = (xs: typeof changed) => xs.map((x) => JSON.stringify([x.key, x.before === null ? null : String(x.before), x.after === null ? null : String(x.after)])).sort();
    expect(norm(listed)).toEqual(norm(changed));
    // What each notable change means.
    const kinds = new Map(changes.filter((r) => r[6] !== 'Mới quá hạn').map((r) => [`${r[0]}|${r[2]}|${fieldOf[String(r[3])]}`, String(r[6])]));
    const kindOf = (agency: string, field: string, before: unknown) => kinds.get(changed.find((c) => c.key.endsWith(`|${agency}|${field}`) && (before === undefined || c.before === before))!.key);
    expect(kindOf('Sở Nội vụ', 'status', undefined)).toBe('Mới hoàn thành');
    expect(kindOf('Sở Nội vụ', 'evidence', undefined)).toBe('Bỏ tài liệu kiểm chứng');
    expect(kindOf('Sở Nội vụ', 'selfAssessment', undefined)).toBe('Tự đánh giá giảm');
    expect(kindOf('Sở Y tế', 'status', undefined)).toBe('Tình trạng lùi lại');
    // Newly overdue: a task reported this round, not done, whose deadline fell between the two data dates.
    const due = new Map(master.tasks.map((t) => [t.id, t.due]));
    // (A unit that sent nothing this round keeps its rows, blank: it reported nothing that could fall overdue.)
    const sent = new Set(master.submissions.filter((s) => s.status === 'accepted').map((s) => s.agency));
    const newlyOverdue = master.reports
      .filter((r) => sent.has(r.agency))
      .filter((r) => !['Đã hoàn thành', 'Hoàn thành chậm'].includes(r.status ?? ''))
      .filter((r) => {
        const d = due.get(r.task) ?? null;
        const before = q1Typed.get(`${r.task}|${r.agency}|status`);
        const wasDone = before === 'Đã hoàn thành' || before === 'Hoàn thành chậm';
        return d !== null && d < '2026-06-08' && (d >= '2026-03-10' || wasDone);
      })
      .map((r) => `${r.task}|${r.agency}`);
    expect(newlyOverdue.length).toBeGreaterThan(0);
    expect(changes.filter((r) => r[6] === 'Mới quá hạn').map((r) => `${r[0]}|${r[2]}`).sort()).toEqual(newlyOverdue.sort());

    const rows = sheet('Đúng hạn');
    expect(rows.filter((r) => String(r[5]).startsWith('Trễ hạn')).map((r) => [r[0], r[6]])).toEqual([['Sở Y tế', 3]]);
    const missing = rows.filter((r) => r[5] === 'Chưa nộp').map((r) => String(r[0]));
    const expected = master.units.filter((u) => u.leads.length + u.supports.length + u.criteria.length > 0).map((u) => u.name).filter((n) => !['Sở Nội vụ', 'Sở Tư pháp', 'Sở Y tế'].includes(n));
    expect(missing.sort()).toEqual(expected.sort());
    expect(missing).toEqual(expect.arrayContaining(['Phường Hoàn Kiếm', 'Sở Xây dựng']));

    // The history holds both rounds: nothing typed in Q1 lost, H1 as sent.
    const history = master.history ?? [];
    const q1 = new Map(history.filter((e) => e.period === '2026-Q1').map((e) => [`${e.id}|${e.agency}|${e.field}`, e.value]));
    expect(q1).toEqual(q1Typed);
    expect(history.some((e) => e.period === '2026-H1' && e.agency === 'Sở Y tế' && e.value === 'Đang sửa đổi quy chế theo góp ý')).toBe(true);
  });
});
