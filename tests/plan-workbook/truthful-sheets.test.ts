import { agencyWorkbook, AGENCY_SHEET } from '../../src/agency-workbook/write';
import type { Compiled } from '../../src/agencies/compile';
import { runChecks } from '../../src/checks';
import { masterWorkbook } from '../../src/master-workbook/write';
import { FLAG } from '../../src/plan-workbook/criteria-sheet';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { withAllRows, type SheetSpec } from '../../src/workbook-kit/spec';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from '../support/seed';
import { readPlan } from '../../src/plan-workbook/read';
import { specToRead } from '../support/spec-to-read';
import { seedRound } from '../support/master-round';

/** What officials read is true in the spec itself: cached results, who scores what, what a sheet says it is. */

const plan = seedPlan();
const findings = runChecks(plan);
const spec = buildWorkbook(plan, findings, workbookWords(vi));
const sheet = (name: string, s: { sheets: SheetSpec[] } = spec) => s.sheets.find((x) => x.name === name)!;
const rowById = (s: SheetSpec, id: string) => s.rows.find((r) => r.cells[0]?.value === id)!;

describe('the self-check column', () => {
  it('caches a flag on exactly the parents the checks find off their children beyond rounding', () => {
    const par = sheet('PL2 PAR INDEX');
    const flagCol = par.rows[3]!.cells.findIndex((c) => c?.value === 'Kiểm tra số liệu');
    const flagged = new Set(findings.filter((f) => f.rule === 'sum.children' && f.severity !== 'info' && f.id).map((f) => f.id!));
    expect(flagged.size).toBeGreaterThan(0);
    for (const r of par.rows.slice(4)) {
      const id = String(r.cells[0]?.value);
      const flag = r.cells[flagCol];
      if (!flag?.formula?.includes('Lệch')) continue;
      expect([id, flag.value]).toEqual([id, flagged.has(id) ? FLAG.sums : FLAG.ok]);
    }
    expect(rowById(par, 'PAR:2').cells[flagCol]!.value).toBe(FLAG.sums);
  });

  it('does not tick a parent that states no figure of its own: there was nothing to check', () => {
    const bare = { ...plan, criteria: plan.criteria.map((c) => (c.id === 'PAR:3' ? { ...c, max: null, result: null, target: null } : c)) };
    const par = sheet('PL2 PAR INDEX', buildWorkbook(bare, runChecks(bare), workbookWords(vi)));
    const flagCol = par.rows[3]!.cells.findIndex((c) => c?.value === 'Kiểm tra số liệu');
    const flag = rowById(par, 'PAR:3').cells[flagCol]!;
    expect(flag.value).toBe(FLAG.none);
    expect(flag.formula).toContain(FLAG.none);
  });

  it('shows a sum with every decimal its terms have', () => {
    const par = sheet('PL2 PAR INDEX');
    const sumCol = par.rows[3]!.cells.findIndex((c) => c?.value === 'Tổng mục con: mục tiêu');
    const cell = rowById(par, 'PAR:6').cells[sumCol]!;
    expect(cell.value).toBeCloseTo(11.33, 9);
    // At the precision of its terms or more, and as the stated target beside it: 11,330 against 11,300, never 11,3 against 11,3.
    const stated = rowById(par, 'PAR:6').cells[par.rows[3]!.cells.findIndex((c) => String(c?.value).startsWith('Mục tiêu'))]!;
    expect(spec.styles[cell.style!]!.numFmt).toMatch(/^0\.00+$/);
    expect(spec.styles[cell.style!]!.numFmt).toBe(spec.styles[stated.style!]!.numFmt);
  });
});

describe('one number format per index on the appendices', () => {
  const appendices = [['PL2 PAR INDEX', 'PAR', 2], ['PL3 SIPAS', 'SIPAS', 2], ['PL4 PAPI', 'PAPI', 4]] as const;
  /** Column header → the number formats of its numeric cells (stored values and formulas alike). */
  const formatsByColumn = (s: SheetSpec) => {
    const header = s.rows[3]!.cells.map((c) => String(c?.value ?? ''));
    const out = new Map<string, Set<string>>();
    for (const r of s.rows.slice(4)) {
      r.cells.forEach((c, i) => {
        const fmt = c?.style ? spec.styles[c.style]?.numFmt : undefined;
        if (!c || (typeof c.value !== 'number' && !c.formula) || !fmt || !/^0(\.0+)?$/.test(fmt)) return;
        out.set(header[i]!, (out.get(header[i]!) ?? new Set()).add(fmt));
      });
    }
    return out;
  };

  it('shows every number of a column in one format, the index’s decimals (PAR INDEX and SIPAS two, PAPI four) or more where the column was written with more', () => {
    for (const [name, index, decimals] of appendices) {
      const s = sheet(name);
      const formats = formatsByColumn(s);
      // Max, result, target, their live sums, points lost and gain needed.
      expect([name, formats.size]).toEqual([name, 8]);
      for (const [column, set] of formats) {
        expect([name, column, set.size]).toEqual([name, column, 1]);
        expect([...set][0]!.split('.')[1]!.length).toBeGreaterThanOrEqual(decimals);
      }
      const written = Math.max(decimals, ...plan.criteria.filter((c) => c.index === index).map((c) => c.decimals.result));
      expect([name, formats.get(s.rows[3]!.cells.find((c) => String(c?.value).startsWith('Kết quả'))!.value as string)]).toEqual([name, new Set([`0.${'0'.repeat(written)}`])]);
    }
  });

  it('reads back the plan’s own rounding, not the format a cell is shown in', () => {
    const back = readPlan(specToRead(spec));
    if (!back.ok) throw new Error('unreadable');
    const written = new Map(plan.criteria.map((c) => [c.id, c.decimals]));
    expect(back.plan.criteria.map((c) => [c.id, c.decimals])).toEqual(back.plan.criteria.map((c) => [c.id, written.get(c.id)]));
    // So the checks say what they said of the plan itself.
    expect(runChecks(back.plan).map((f) => `${f.rule} ${f.id}`).sort()).toEqual(findings.map((f) => `${f.rule} ${f.id}`).sort());
  });
});

describe('what each sheet says it is', () => {
  it('says "Kèm theo Kế hoạch" only under the appendices', () => {
    for (const s of spec.sheets.filter((x) => x.state === 'visible')) {
      const subtitle = String(s.rows[1]?.cells.find((c) => c)?.value ?? '');
      expect([s.name, subtitle.startsWith('(Kèm theo')]).toEqual([s.name, /^PL\d/.test(s.name)]);
    }
  });

  it('dates the master with the day its data was taken, and never calls it an appendix', () => {
    const compiled: Compiled = { submissions: [], missing: [], values: [], rejected: [] };
    const master = withAllRows(masterWorkbook(plan, compiled, [], '2025-12-31', (r) => r.reason));
    for (const s of master.sheets.filter((x) => x.state === 'visible')) {
      const subtitle = String(s.rows[1]?.cells.find((c) => c)?.value ?? '');
      expect(subtitle).toContain('Số liệu tổng hợp đến ngày 31/12/2025');
      expect(subtitle).not.toContain('Kèm theo');
    }
  });
});

describe('agencies score leaves only', () => {
  const assignment = seedRecipients(plan).find((a) => a.recipient.key === 'AGENCY:Sở Tư pháp')!;
  const wb = agencyWorkbook(plan, assignment, AGENCY_OPTIONS);
  const crit = sheet(AGENCY_SHEET.criteria, wb);
  const selfCol = crit.rows[3]!.cells.findIndex((c) => String(c?.value).startsWith('Tự đánh giá'));

  it('locks a parent and sums its children live; leaves are the inputs', () => {
    const parent = rowById(crit, 'PAR:2.4').cells[selfCol]!;
    expect(wb.styles[parent.style!]!.unlocked).toBeFalsy();
    expect(wb.styles[parent.style!]!.bold).toBe(true);
    expect(parent.formula).toMatch(/^IF\(COUNT\(.+\)=0,"",SUM\(.+\)\)$/);
    expect(parent.value).toBe('');
    const leaf = rowById(crit, 'PAR:2.4.1').cells[selfCol]!;
    expect(wb.styles[leaf.style!]!.unlocked).toBe(true);
    expect(leaf.formula).toBeUndefined();
  });
});

describe('the projection', () => {
  const leaf = plan.criteria.find((c) => c.index === 'PAR' && c.code === '2.4.1')!;
  const compiled: Compiled = { submissions: [], missing: [], values: [{ id: leaf.id, agency: 'Sở Tư pháp', field: 'selfAssessment', value: 0.1, file: 'a.xlsx', cell: 'Tiêu chí!H5' }], rejected: [] };
  const proj = sheet('Dự kiến điểm', withAllRows(masterWorkbook(plan, compiled, [], '2025-12-31', (r) => r.reason)));
  const line = (label: string) => proj.rows.find((r) => r.cells[0]?.value === label)!.cells;

  it('states its coverage and stays neutral while few criteria are assessed', () => {
    const par = line('PAR INDEX');
    expect(String(par[4]!.value)).toMatch(/^1\/\d+ \(\d+%\)$/);
    expect(par[3]!.style).not.toBe('error');
    expect(String(par[5]!.value)).toContain('Chưa đủ để dự kiến');
  });

  it('says why SIPAS is not projected', () => {
    expect(String(line('SIPAS')[5]!.value)).toContain('khảo sát');
  });
});

describe('the master', () => {
  const compiled: Compiled = { submissions: [], missing: ['Sở Tư pháp'], values: [], rejected: [] };
  const master = withAllRows(masterWorkbook(plan, compiled, [], '2025-12-31', (r) => r.reason));
  // Compiled for a round against a previous master: its timeliness, changes and history sheets too.
  const rounded = withAllRows(masterWorkbook(plan, compiled, [], '2025-12-31', (r) => r.reason, seedRound(plan)));

  it.each([['without a round', master], ['of a round', rounded]])('opens on Tổng hợp, and every other sheet (%s) has a title, a print setup and an AutoFilter on its header row', (_, wb) => {
    expect(wb.sheets[0]!.name).toBe('Tổng hợp');
    for (const s of wb.sheets.filter((x) => x.state === 'visible')) {
      expect([s.name, String(s.rows[0]?.cells.find((c) => c)?.value ?? '')]).toEqual([s.name, expect.stringMatching(/^[A-ZĐÀ-Ỹ ,/—0-9]{8,}$/)]);
      expect([s.name, s.print?.printArea, s.print?.titleRows]).toEqual([s.name, expect.stringMatching(/^A1:[A-Z]+\d+$/), s.name === 'Tổng hợp' ? '' : '4:4']);
      if (s.name !== 'Tổng hợp') expect([s.name, s.autoFilter]).toEqual([s.name, `A4:${s.print!.printArea.replace(/^A1:([A-Z]+)\d+$/, '$1')}${Math.max(s.rows.length, 5)}`]);
    }
  });

  it('includes the round\'s sheets, each with a legend where it colours', () => {
    const names = rounded.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Đúng hạn', 'Thay đổi so với kỳ trước', 'Lịch sử theo kỳ']));
    for (const name of ['Đúng hạn', 'Thay đổi so với kỳ trước']) {
      const s = rounded.sheets.find((x) => x.name === name)!;
      const coloured = s.rows.slice(4).some((r) => r.cells.some((c) => c?.style && rounded.styles[c.style]?.fill));
      expect([name, coloured]).toEqual([name, true]);
      expect([name, String(s.rows[2]!.cells.find((c) => c)?.value)]).toEqual([name, expect.stringMatching(/^Chú giải màu — nền vàng: cần xem lại \(.+\)\.$/)]);
      expect([name, s.merges.some((m) => /^[A-Z]+3:[A-Z]+3$/.test(m))]).toEqual([name, true]);
    }
  });

  it('has a row for every task × responsible unit, with the plan number, role and parsed deadline as a date', () => {
    const tasks = master.sheets.find((s) => s.name === 'Tổng hợp nhiệm vụ')!;
    const header = tasks.rows[3]!.cells.map((c) => c?.value);
    const at = (h: string) => header.indexOf(h);
    const rows = tasks.rows.slice(4);
    const leadPairs = plan.tasks.reduce((n, t) => n + (t.lead.length > 0 ? 1 : 0), 0);
    expect(rows.length).toBeGreaterThanOrEqual(leadPairs);
    const dated = plan.tasks.find((t) => t.deadline.to && t.lead.length)!;
    const row = rows.find((r) => r.cells[0]?.value === dated.id && r.cells[at('Vai trò')]?.value === 'Chủ trì')!;
    expect(row.cells[at('TT')]!.value).toBe(dated.id.slice(5));
    expect(typeof row.cells[at('Hạn')]!.value).toBe('number');
    expect(master.styles[row.cells[at('Hạn')]!.style!]!.numFmt).toBe('dd/mm/yyyy');
  });
});

describe('agency workbooks', () => {
  const assignments = seedRecipients(plan);

  it('shows the parsed last day beside the plan\'s words of a deadline', () => {
    const a = assignments.find((x) => x.recipient.key === 'AGENCY:Sở Tư pháp')!;
    const tasks = sheet(AGENCY_SHEET.tasks, agencyWorkbook(plan, a, AGENCY_OPTIONS));
    const t = plan.tasks.find((x) => a.leads.includes(x.id) && x.deadline.to && !x.deadline.recurring && !x.deadline.text.includes('/'))!;
    const deadlineCol = tasks.rows[3]!.cells.findIndex((c) => c?.value === 'Tiến độ hoàn thành');
    expect(rowById(tasks, t.id).cells[deadlineCol]!.value).toBe(`${t.deadline.text} (hạn ${t.deadline.to!.split('-').reverse().join('/')})`);
  });

  it('gives a unit that leads no criterion no Tiêu chí sheet', () => {
    const a = assignments.find((x) => x.criteria.length === 0 && x.leads.length + x.supports.length > 0)!;
    expect(agencyWorkbook(plan, a, AGENCY_OPTIONS).sheets.map((s) => s.name)).not.toContain(AGENCY_SHEET.criteria);
  });
});
