import { withBundledCommunes } from '../../src/agencies/members';
import { assign } from '../../src/agencies/recipients';
import { runChecks } from '../../src/checks';
import type { Plan } from '../../src/plan/schema';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { readPlan } from '../../src/plan-workbook/read';
import type { ReadSheet } from '../../src/workbook-kit/read-model';
import { gridOf, rowsOf, type Grid } from '../support/grid';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { seedCommunes, seedPlan } from '../support/seed';
import { specToRead } from '../support/spec-to-read';

/** The Đơn vị sheet: members of groups, codes, e-mails and contacts are the user's, and the registry reads them from there. */

const plan = seedPlan();
/** The workbook with each sheet as a grid, for editing as a person would; read() turns it back. */
type GridSheet = Omit<ReadSheet, 'rows'> & { rows: Grid };
type GridWorkbook = { sheets: GridSheet[] };
const workbook = (): GridWorkbook => ({ sheets: specToRead(buildWorkbook(plan, runChecks(plan), workbookWords(vi))).sheets.map((s) => ({ ...s, rows: gridOf(s) })) });

function sheetOf(wb: GridWorkbook, name: string): GridSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Column index (0-based) of a header, and the header row. */
function column(sheet: GridSheet, header: string): { row: number; col: number } {
  for (let r = 0; r < 10; r++) {
    const col = (sheet.rows[r] ?? []).findIndex((c) => c?.value === header);
    if (col >= 0) return { row: r, col };
  }
  throw new Error(`no header ${header}`);
}

function set(sheet: GridSheet, row: number, col: number, value: string): void {
  const cells = (sheet.rows[row] ??= []);
  while (cells.length <= col) cells.push(null);
  cells[col] = { value, formula: null, numFmt: null };
}

/** Writes `value` under `header` in the row whose name column holds `name` (appending the row if there is none). */
function edit(wb: GridWorkbook, name: string, values: Record<string, string>): void {
  const sheet = sheetOf(wb, 'Đơn vị');
  const nameCol = column(sheet, 'Tên đơn vị (thống nhất)');
  let row = sheet.rows.findIndex((r) => r[nameCol.col]?.value === name);
  if (row < 0) {
    row = sheet.rows.length;
    set(sheet, row, nameCol.col, name);
  }
  for (const [header, value] of Object.entries(values)) set(sheet, row, column(sheet, header).col, value);
}

function read(wb: GridWorkbook) {
  const r = readPlan({ sheets: wb.sheets.map((s) => ({ ...s, rows: rowsOf(s.rows) })) });
  if (!r.ok) throw new Error(r.problem);
  return r;
}

describe('the Đơn vị sheet', () => {
  it('lists the agencies, then the 126 communes of "UBND cấp xã" with their codes, and reads them back', () => {
    const sheet = sheetOf(workbook(), 'Đơn vị');
    const code = column(sheet, 'Mã đơn vị');
    const group = column(sheet, 'Thuộc nhóm');
    const members = sheet.rows.filter((r) => r[group.col]?.value === 'UBND cấp xã');
    expect(members).toHaveLength(126);
    expect(members.map((r) => r[code.col]?.value).every((c) => typeof c === 'string' && /^\d{5}$/.test(c))).toBe(true);
    // Agencies come before members, so the departments stay at the top where people look first.
    const firstMember = sheet.rows.indexOf(members[0]!);
    expect(sheet.rows.slice(firstMember).every((r) => r[group.col]?.value === 'UBND cấp xã')).toBe(true);
    const back = read(workbook());
    expect(back.findings).toEqual([]);
    expect(back.plan.agencies).toEqual(plan.agencies);
  });

  it('gives each recipient the e-mail and contact typed in, and expands a group to the members the user lists', () => {
    const wb = workbook();
    edit(wb, 'Sở Nội vụ', { 'Email nhận báo cáo': 'snv@hanoi.gov.vn', 'Người liên hệ': 'Nguyễn Văn A, 0243 000 000' });
    edit(wb, 'Phường Hoàn Kiếm', { 'Email nhận báo cáo': 'hoankiem@hanoi.gov.vn; vp.hoankiem@hanoi.gov.vn' });
    edit(wb, 'Công an phường Hoàn Kiếm', { 'Thuộc nhóm': 'Công an cấp xã', 'Mã đơn vị': 'CA00070' });
    const { plan: back, findings } = read(wb);
    expect(findings).toEqual([]);
    const { assignments, unexpanded } = assign(back);
    const of = (name: string) => assignments.find((a) => a.recipient.name === name)!;
    expect(of('Sở Nội vụ').recipient).toMatchObject({ email: 'snv@hanoi.gov.vn', contact: 'Nguyễn Văn A, 0243 000 000' });
    expect(of('Phường Hoàn Kiếm').recipient).toMatchObject({ key: 'COMMUNE:00070', email: 'hoankiem@hanoi.gov.vn; vp.hoankiem@hanoi.gov.vn' });
    // "Công an cấp xã" named no one until the user listed a member; now its work reaches that member.
    expect(assign(plan).unexpanded.map((u) => u.name)).toContain('Công an cấp xã');
    expect(unexpanded.map((u) => u.name)).not.toContain('Công an cấp xã');
    const policeTasks = back.tasks.filter((t) => [...t.lead, ...t.support].some((e) => e.startsWith('Công an cấp xã'))).map((t) => t.id);
    expect(policeTasks.length).toBeGreaterThan(0);
    const police = of('Công an phường Hoàn Kiếm');
    expect([...police.leads, ...police.supports].sort()).toEqual(policeTasks.sort());
    expect(police.recipient.kind).toBe('agency');
  });

  it('reports a lead or support cell naming an agency the sheet does not list, at its cell, and keeps the entry', () => {
    const wb = workbook();
    const tasks = sheetOf(wb, 'PL1 Nhiệm vụ');
    const lead = column(tasks, 'Cơ quan chủ trì');
    const row = tasks.rows.findIndex((r) => r[0]?.value === 'TASK:A.1');
    set(tasks, row, lead.col, 'Sở Du lịch và Văn hóa mới');
    const { plan: back, findings } = read(wb);
    expect(findings.map((f) => [f.rule, f.id, f.field, f.stated, f.location?.table, f.location?.row])).toEqual([
      ['agency.unknown', 'TASK:A.1', 'lead', 'Sở Du lịch và Văn hóa mới', 'PL1 Nhiệm vụ', row + 1],
    ]);
    expect(back.tasks.find((t) => t.id === 'TASK:A.1')?.lead).toEqual(['Sở Du lịch và Văn hóa mới']);
    expect(back.agencies.some((a) => a.name === 'Sở Du lịch và Văn hóa mới')).toBe(false);
    expect(vi.finding(findings[0]!)).toMatch(/không có trên trang Đơn vị/);
  });

  it('accepts a spelling the sheet lists as another way of writing the agency', () => {
    const wb = workbook();
    const tasks = sheetOf(wb, 'PL1 Nhiệm vụ');
    const row = tasks.rows.findIndex((r) => r[0]?.value === 'TASK:A.1');
    set(tasks, row, column(tasks, 'Cơ quan chủ trì').col, 'Sở Nội Vụ');
    expect(read(wb).findings).toEqual([]);
  });

  it('keeps a doubtful e-mail, group or repeated code as typed, and names the cell', () => {
    const wb = workbook();
    edit(wb, 'Sở Nội vụ', { 'Email nhận báo cáo': 'snv at hanoi' });
    edit(wb, 'Phường Ba Đình', { 'Mã đơn vị': '00070' });
    edit(wb, 'Trạm y tế phường', { 'Thuộc nhóm': 'Trạm y tế cấp xã' });
    const { plan: back, findings } = read(wb);
    expect(findings.map((f) => [f.rule, f.stated, f.location?.table])).toEqual([
      ['agency.email-invalid', 'snv at hanoi', 'Đơn vị'],
      ['agency.duplicate-code', '00070', 'Đơn vị'],
      ['agency.unknown-group', 'Trạm y tế cấp xã', 'Đơn vị'],
    ]);
    expect(back.agencies.find((a) => a.name === 'Sở Nội vụ')?.email).toBe('snv at hanoi');
    // The repeated code is dropped from the later unit only: both units still get their workbooks.
    const { assignments } = assign(back);
    expect(assignments.find((a) => a.recipient.name === 'Phường Hoàn Kiếm')?.recipient.key).toBe('COMMUNE:00070');
    expect(assignments.find((a) => a.recipient.name === 'Phường Ba Đình')?.recipient.key).toBe('AGENCY:Phường Ba Đình');
    for (const f of findings) expect(vi.finding(f)).not.toMatch(/agency\./);
  });
});

describe('the bundled communes', () => {
  const bare = (): Plan => {
    const p = seedPlan();
    return { ...p, agencies: p.agencies.filter((a) => !a.memberOf) };
  };

  it('become the members of "UBND cấp xã" in a Hà Nội plan that lists none, and say so', () => {
    const r = withBundledCommunes(bare(), seedCommunes());
    expect(r.plan.agencies.filter((a) => a.memberOf === 'UBND cấp xã')).toHaveLength(126);
    expect(r.findings.map((f) => [f.rule, f.stated, f.computed])).toEqual([['agency.members-bundled', 'UBND cấp xã', 126]]);
  });

  it('never replace the members the user listed, and are not used for another province', () => {
    const own = { ...bare(), agencies: [...bare().agencies, { name: 'Phường Một', aliases: [], collective: false, memberOf: 'UBND cấp xã', code: '99999' }] };
    expect(withBundledCommunes(own, seedCommunes()).plan).toBe(own);
    const elsewhere = { ...bare(), meta: { ...bare().meta, issuer: 'ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', title: 'Kế hoạch nâng cao chỉ số' } };
    expect(withBundledCommunes(elsewhere, seedCommunes()).plan).toBe(elsewhere);
    expect(assign(elsewhere).unexpanded.map((u) => u.name)).toContain('UBND cấp xã');
  });
});

describe('the Đơn vị sheet’s counts', () => {
  it('count, for each agency and member, the rows naming it or its group, as a direct count does', () => {
    const { agencyOf } = require('../../src/agencies/recipients') as typeof import('../../src/agencies/recipients');
    const { agenciesSheet } = require('../../src/plan-workbook/agencies-sheet') as typeof import('../../src/plan-workbook/agencies-sheet');
    // Some members named by the plan itself, beside their group.
    const member = plan.agencies.find((a) => a.memberOf)!;
    const tasks = plan.tasks.map((t, i) => (i % 7 === 0 ? { ...t, lead: [...t.lead, member.name] } : t));
    const edited: Plan = { ...plan, tasks };
    const sheet = agenciesSheet(edited);
    const direct = (lists: string[][], names: string[]) => lists.filter((l) => l.some((r) => names.includes(agencyOf(r)))).length;
    const header = sheet.rows.findIndex((r) => r.cells.some((c) => c?.value === 'Tên đơn vị (thống nhất)'));
    const at = (h: string) => sheet.rows[header]!.cells.findIndex((c) => typeof c?.value === 'string' && c.value.startsWith(h));
    const byName = new Map(sheet.rows.slice(header + 1).map((r) => [r.cells[at('Tên đơn vị')]?.value, r.cells]));
    for (const a of edited.agencies) {
      const names = a.memberOf ? [a.name, a.memberOf] : [a.name];
      const cells = byName.get(a.name)!;
      expect([a.name, cells.map((c) => c?.value).filter((v) => typeof v === 'number')]).toEqual([
        a.name,
        [direct(tasks.map((t) => t.lead), names), direct(tasks.map((t) => t.support), names), direct(edited.criteria.map((c) => c.lead), names)],
      ]);
    }
  });
});
