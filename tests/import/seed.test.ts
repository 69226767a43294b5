import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import type { Criterion, Finding, Plan, Task } from '../../src/plan/schema';
import { PlanSchema } from '../../src/plan/schema';

/**
 * The bundled plan (Kế hoạch 159/KH-UBND) imported exactly. seed-expected.txt lists every
 * row of the four appendices as read from the document: codes, numbers, lead agencies,
 * hierarchy, deadlines and links; the quirks are also asserted one by one below.
 */

const root = join(__dirname, '../..');
const seedText = readFileSync(join(root, 'seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');

function load(): { plan: Plan; findings: Finding[] } {
  const r = importPlan({ kind: 'text', text: seedText });
  if (!r.ok) throw new Error(`seed did not import: ${r.error.code}`);
  return { plan: r.plan, findings: [...r.findings, ...runChecks(r.plan)] };
}

const { plan, findings } = load();
const criterion = (id: string): Criterion => {
  const c = plan.criteria.find((x) => x.id === id);
  if (!c) throw new Error(`no criterion ${id}`);
  return c;
};
const task = (id: string): Task => {
  const t = plan.tasks.find((x) => x.id === id);
  if (!t) throw new Error(`no task ${id}`);
  return t;
};

/** The compact form seed-expected.txt is written in. */
function compact(p: Plan): string[] {
  const v = (x: number | null) => (x === null ? '' : String(x));
  const out = ['# id | parent | level | max | result | target | lead (; between agencies, * when continued from the row above) | name'];
  for (const c of p.criteria) out.push([c.id, c.parent ?? '', c.level, v(c.max), v(c.result), v(c.target), c.lead.join('; ') + (c.leadInherited ? ' *' : ''), c.name].join(' | '));
  out.push('', '# id | path | deadline from..to or recurring (? when unreadable) | lead | support | title');
  for (const t of p.tasks) {
    const d = t.deadline;
    out.push([t.id, t.path.join('/'), !d.parsed ? '?' : d.recurring ?? `${d.from}..${d.to}`, t.lead.join('; '), t.support.join('; '), t.title].join(' | '));
  }
  out.push('', '# group | linked criteria | title');
  for (const g of p.groups) out.push([g.id, g.criteria.join(', '), g.title].join(' | '));
  return out;
}

describe('the bundled plan', () => {
  it('is a valid Plan', () => {
    expect(PlanSchema.safeParse(plan).success).toBe(true);
  });

  it('imports every row of the four appendices as the document has them', () => {
    const expected = readFileSync(join(__dirname, '../fixtures/seed-expected.txt'), 'utf8').trimEnd().split('\n');
    expect(compact(plan)).toEqual(expected);
  });

  it('reads the plan heading and the years from the table headers', () => {
    expect(plan.meta).toMatchObject({ number: '159/KH-UBND', date: '2025-06-09', resultYear: 2024, targetYear: 2025 });
    expect(plan.meta.issuer).toContain('Hà Nội');
    expect(plan.meta.title).toMatch(/^VỀ VIỆC BAN HÀNH KẾ HOẠCH/);
    expect(plan.meta.datesSeen.map((d) => d.date)).toEqual(['2025-06-09', '2025-05-09', '2025-06-09', '2025-06-09', null]);
  });

  it('counts the rows of each appendix', () => {
    const count = (index: string) => plan.criteria.filter((c) => c.index === index).length;
    expect(count('PAR')).toBe(103);
    expect(count('SIPAS')).toBe(12);
    expect(count('PAPI')).toBe(37);
    expect(plan.tasks.filter((t) => t.path[0] === 'A')).toHaveLength(35);
    expect(plan.tasks.filter((t) => t.path[0] === 'B')).toHaveLength(88);
    expect(plan.tasks.filter((t) => t.path[0] === 'C')).toHaveLength(16);
  });

  it('normalises codes: a decimal comma in numbering, trailing dots, a skipped code', () => {
    expect(criterion('PAR:1.1')).toMatchObject({ parent: '1', level: 2, max: 1.5, result: 1.5, target: 1.5 });
    expect(criterion('PAR:5.3.2')).toMatchObject({ parent: '5.3', level: 3, result: 0.915 });
    expect(plan.criteria.some((c) => c.id === 'PAR:8.5')).toBe(false);
    expect(criterion('PAR:8.6')).toMatchObject({ max: 1.5, result: 1.08, target: 2 });
  });

  it('gives each index a total row and hangs the areas from it', () => {
    expect(criterion('PAR:total')).toMatchObject({ parent: null, level: 0, max: 100, result: 92.75, target: 96.59 });
    expect(criterion('SIPAS:total')).toMatchObject({ max: 100, result: 86.5, target: 88 });
    expect(criterion('PAPI:total')).toMatchObject({ max: 80, result: 43.7747, target: 46.2 });
    expect(criterion('PAR:8').parent).toBe('total');
    expect(criterion('SIPAS:II').parent).toBe('total');
    expect(criterion('SIPAS:7')).toMatchObject({ parent: 'II', level: 2, result: 86.34 });
  });

  it('numbers the PAPI sub-dimensions marked only "-" under their dimension', () => {
    expect(criterion('PAPI:3.3')).toMatchObject({ parent: '3', name: 'Tiếp cận dịch vụ tư pháp', max: 3.33, result: 1.9317, target: 2 });
    expect(criterion('PAPI:1.4')).toMatchObject({ name: 'Đóng góp tự nguyện', max: 2.5, result: 0.9756 });
  });

  it('reads Vietnamese numbers and keeps the decimals written', () => {
    expect(criterion('PAR:4.1.3')).toMatchObject({ result: 0.95, target: 1, decimals: { max: 0, result: 3, target: 3 } });
    expect(criterion('PAR:6')).toMatchObject({ max: 12, decimals: { max: 1, result: 3, target: 1 } });
  });

  it('continues a blank lead cell from the row above within an area, never across an area heading', () => {
    expect(criterion('PAR:1.2')).toMatchObject({ lead: ['Sở Nội vụ'], leadInherited: true });
    expect(criterion('PAR:2')).toMatchObject({ lead: [], leadInherited: false });
    expect(criterion('PAR:6.1')).toMatchObject({ lead: [], leadInherited: false });
    expect(criterion('PAR:5.1')).toMatchObject({ lead: ['Sở Nội vụ'], leadInherited: true });
    expect(criterion('PAPI:7.3')).toMatchObject({ lead: ['Sở Nông nghiệp và Môi trường'], leadInherited: true });
  });

  it('keeps scopes in parentheses and splits cells naming several agencies', () => {
    const sipas3 = criterion('SIPAS:3').lead;
    expect(sipas3).toHaveLength(8);
    expect(sipas3).toContain('Sở Y tế (chính sách khám chữa bệnh)');
    expect(sipas3).toContain('Sở Nội vụ (chính sách an sinh; chính sách cải cách hành chính)');
    expect(criterion('SIPAS:4')).toMatchObject({ lead: sipas3, leadInherited: true });
    expect(criterion('PAPI:4.2').lead).toEqual(['Sở Y tế (lĩnh vực y tế công lập)', 'Sở Giáo dục và Đào tạo (lĩnh vực giáo dục công lập)']);
    expect(task('TASK:A.4').lead).toEqual(['Sở Nội vụ', 'Các sở, ban, ngành', 'UBND cấp xã']);
    expect(task('TASK:C.I.9').lead).toEqual(['Bảo hiểm xã hội Thành phố', 'Sở Nội vụ', 'UBND cấp xã']);
  });

  it('unifies one agency spelled several ways', () => {
    const centre = plan.agencies.find((a) => a.aliases.includes('Trung tâm phục vụ HCC TP'));
    expect(centre?.name).toMatch(/^Trung tâm [Pp]hục vụ hành chính công Thành phố$/);
    expect(centre?.aliases).toEqual(expect.arrayContaining(['Trung tâm phục vụ hành chính công TP', 'Trung tâm Phục vụ Hành chính công']));
    expect(task('TASK:A.21').lead).toEqual([centre?.name]);
    expect(criterion('SIPAS:5').lead).toEqual([centre?.name]);
  });

  it('repairs the escape bug in task text', () => {
    expect(task('TASK:A.2').title).toContain('Chỉ số cấp tỉnh: PAR INDEX, SIPAS, PAPI');
    expect(task('TASK:A.3').output).toContain('đang được triển khai');
  });

  it('numbers tasks once through part A and per area in parts B and C', () => {
    expect(task('TASK:A.13').path).toEqual(['A', 'III']);
    expect(task('TASK:B.III.7').path).toEqual(['B', 'III', 'III.2']);
    expect(task('TASK:C.II.7').path).toEqual(['C', 'II']);
    // A sub-area row that carries a deadline and agencies is a task too.
    expect(task('TASK:B.II.II.2')).toMatchObject({ number: 'II.2', lead: ['UBND cấp xã'], support: ['Sở Nông nghiệp và Môi trường'] });
  });

  it('parses deadlines, keeping the text and never guessing', () => {
    expect(task('TASK:A.1').deadline).toMatchObject({ text: 'Tháng 7/2025', from: '2025-07-01', to: '2025-07-31', parsed: true });
    expect(task('TASK:A.2').deadline).toMatchObject({ from: '2025-06-01', to: '2025-07-31' });
    expect(task('TASK:A.2').deadline.parts.map((p) => p.scope)).toEqual(['các sở, ngành', 'UBND cấp xã']);
    expect(task('TASK:A.30').deadline).toMatchObject({ text: 'Quý IV', from: '2025-10-01', to: '2025-12-31' });
    expect(task('TASK:A.3').deadline).toMatchObject({ recurring: 'continuous', from: null });
    expect(task('TASK:A.27').deadline.recurring).toBe('monthly');
    expect(task('TASK:A.23').deadline).toMatchObject({ text: 'Theo hướng dẫn của Bộ chuyên ngành', parsed: false, from: null, to: null });
  });

  it('links task groups to the criteria they serve by name', () => {
    const links = (id: string) => plan.groups.find((g) => g.id === id)?.criteria;
    expect(links('GROUP:A.V')).toEqual(['PAR:5']);
    expect(links('GROUP:B.I.I.2')).toEqual(expect.arrayContaining(['PAPI:1.2', 'PAPI:1.3']));
    expect(links('GROUP:B.I.II.3')).toEqual(['PAPI:1.4']); // numbered under the wrong area, matched by its name
    expect(links('GROUP:B.III.III.4')).toEqual(['PAPI:3.3']);
    expect(links('GROUP:B.V.V.2')).toEqual(['PAPI:5.2']); // 'giấy chứng nhận' ↔ 'GCN'
    expect(links('GROUP:C.II')).toEqual(['SIPAS:II']);
    expect(plan.groups.every((g) => g.criteria.length > 0)).toBe(true);
  });
});

describe('the findings on the bundled plan', () => {
  const keys = (rule: string, severity?: string) =>
    findings.filter((f) => f.rule === rule && (!severity || f.severity === severity)).map((f) => `${f.id ?? ''}${f.field ? '/' + f.field : ''}`);

  it('names every sum that does not add up, and which ones rounding explains', () => {
    expect(keys('sum.children', 'warning')).toEqual(['PAR:2/result', 'PAR:6/target']);
    expect(keys('sum.children', 'info').sort()).toEqual(
      [
        'PAR:2.4/result',
        'PAR:4/result',
        'PAR:4.1/result',
        'PAR:5/result',
        'PAR:5.2/result',
        'PAR:5.3/result',
        'PAR:total/result',
        'PAR:total/target',
        'PAPI:total/result',
        'PAPI:2/result',
        'PAPI:3/max',
        'PAPI:4/result',
        'PAPI:5/max',
        'PAPI:5/result',
        'PAPI:7/max',
        'PAPI:7/result',
        'PAPI:8/max',
      ].sort(),
    );
  });

  it('checks SIPAS as a mean and against PAR criterion 8.1', () => {
    expect(keys('sipas.mean')).toEqual([]);
    expect(keys('cross.sipas-par', 'warning')).toEqual(['PAR:8.1/target']);
  });

  it('flags the target above the max and the targets below last year', () => {
    expect(keys('bounds.target-above-max', 'error')).toEqual(['PAR:8.6/target']);
    expect(keys('target.below-result', 'warning')).toEqual(['PAPI:5/target', 'PAPI:5.3/target']);
    expect(keys('target.no-gain')).toEqual(['PAR:2.4.4/target', 'PAR:5.3.2/target']);
  });

  it('lists the criteria that miss their targets with the points at stake', () => {
    const missed = findings.filter((f) => f.rule === 'target.missed');
    expect(missed.find((f) => f.id === 'PAR:5.4')?.details).toMatchObject({ atStakeTarget: 1, atStakeMax: 1 });
    expect(missed.find((f) => f.id === 'PAPI:8.3')?.details).toMatchObject({ atStakeTarget: 0.4959, atStakeMax: 2.8259 });
    expect(missed.some((f) => f.id === 'PAR:3.1')).toBe(false);
  });

  it('reports numbering, task and text problems', () => {
    expect(keys('numbering.skipped')).toEqual(['PAR:8.6/code']);
    expect(keys('numbering.code-repaired')).toHaveLength(38);
    expect(keys('task.no-lead')).toEqual(['TASK:A.5/lead']);
    expect(keys('task.deadline-unparsed')).toEqual(['TASK:A.23/deadline']);
    expect(keys('task.subarea-wrong-area')).toEqual(['GROUP:B.I.II.3/code']);
    expect(keys('task.subarea-sequence')).toEqual(['GROUP:B.III.III.4/code', 'GROUP:B.VIII.VIII.4/code']);
    expect(keys('text.repaired')).toHaveLength(2);
    expect(keys('meta.dates-disagree')).toHaveLength(1);
    expect(keys('link.unmatched-group')).toEqual([]);
    expect(findings.some((f) => f.rule.startsWith('import.'))).toBe(false);
  });
});
