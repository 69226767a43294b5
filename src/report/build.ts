import type { IndexId } from '../plan/schema';
import type { MasterData, MasterTask } from '../master-workbook/read';
import { PROJECTION_MIN_COVERAGE } from '../master-workbook/layout';
import { leafCriteria } from '../plan/codes';
import { count, DONE, round, type CriterionOutcome, type Counts, type Tally, type TaskOutcome } from './counts';
import type { Block, Paragraph, ReportDocument, Run, Table, TableColumn, TableRow } from './document';
import { viDate, viLongDate, viNumber, viPercent, viSigned } from './format';

/**
 * The master -> the report Sở Nội vụ sends on: the section on this plan of the periodic
 * administrative-reform report, in the Nghị định 30/2020 layout, with every number counted from
 * the master and the wording left for the drafter to edit. Pure: the same master and options
 * give the same document.
 */

export interface ReportOptions {
  /** The report's own date ('YYYY-MM-DD'); null leaves 'ngày … tháng … năm …' to fill in. */
  date: string | null;
  /** The body that issues the report, as written in a sentence ('Sở Nội vụ'). */
  issuer: string;
  /** Its superior body for the header block; null derives it from the plan's issuer. */
  parent: string | null;
  /** The document number ('125/BC-SNV'); null leaves the number to fill in. */
  number: string | null;
  /** The reporting period ('Quý III/2025'); null takes the master's, else leaves it to fill in. */
  period: string | null;
  /** When units had to send their reports ('YYYY-MM-DD'): a later file counts as late. */
  due: string | null;
}

export const DEFAULT_ISSUER = 'Sở Nội vụ';

const BLANK = '……';
const INDEX_TITLE: Record<IndexId, string> = { PAR: 'Chỉ số cải cách hành chính (PAR INDEX)', PAPI: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', SIPAS: 'Chỉ số hài lòng của người dân (SIPAS)' };
const INDEX_SHORT: Record<IndexId, string> = { PAR: 'PAR INDEX', PAPI: 'PAPI', SIPAS: 'SIPAS' };
/**
 * The letter the plan gives an index's part of its task table ('B' in TASK:B.3): the plan's own, so
 * the report and the agencies' workbooks name a part alike; '' when the plan has none for it (its
 * parts were inferred from the index, or its tasks sit under several).
 */
function partLetters(master: MasterData): Record<IndexId, string> {
  const seen = new Map<IndexId, Set<string>>();
  for (const t of master.tasks) {
    const part = /^TASK:([^.]+)\./.exec(t.id)?.[1] ?? '';
    seen.set(t.index, (seen.get(t.index) ?? new Set()).add(part));
  }
  const letter = (index: IndexId) => {
    const parts = [...(seen.get(index) ?? [])];
    return parts.length === 1 && /^[A-Z]$/.test(parts[0]!) ? parts[0]! : '';
  };
  return { PAR: letter('PAR'), PAPI: letter('PAPI'), SIPAS: letter('SIPAS') };
}
/** SIPAS is a share of satisfied people, not points. */
const UNIT: Record<IndexId, string> = { PAR: 'điểm', PAPI: 'điểm', SIPAS: 'điểm phần trăm' };

// ---------------------------------------------------------------------------------------------
// Small builders

const run = (text: string, o: Omit<Run, 'text'> = {}): Run => ({ text, ...o });
const para = (runs: Run[] | string, o: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph => ({ kind: 'paragraph', runs: typeof runs === 'string' ? [run(runs)] : runs, align: 'justify', firstLine: true, ...o });
const heading = (text: string): Paragraph => para([run(text, { bold: true })], { keepNext: true });
const centered = (runs: Run[], o: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph => ({ kind: 'paragraph', runs, align: 'center', after: 0, ...o });

/** '3 nhiệm vụ' — numbers in words' company, counted. */
const n = (x: number, noun: string) => `${viNumber(x)} ${noun}`;

/** 'a, b và c'. */
function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

const taskCode = (t: MasterTask) => t.id.replace(/^TASK:/, '');
const shortTitle = (s: string, max = 90) => (s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`);
const areaCode = (area: string) => area.replace(/^GROUP:/, '').split('.').pop() ?? area;

/** 'Ủy ban nhân dân thành phố Hà Nội' -> 'Hà Nội': where the document is dated. */
function placeOf(issuer: string | null): string | null {
  const m = issuer ? /(?:thành phố|tỉnh)\s+(.+)$/i.exec(issuer.trim()) : null;
  return m ? m[1]!.trim() : null;
}

/** The header block's superior body: 'Ủy ban nhân dân thành phố Hà Nội' -> 'UBND THÀNH PHỐ HÀ NỘI'. */
function parentLine(parent: string | null, planIssuer: string | null): string | null {
  const name = parent ?? planIssuer;
  return name ? name.toUpperCase().replace(/^ỦY BAN NHÂN DÂN\b/, 'UBND').replace(/^UỶ BAN NHÂN DÂN\b/, 'UBND') : null;
}

/** 'Sở Nội vụ' -> 'SNV', the issuer's part of the document number. */
function initials(issuer: string): string {
  return issuer
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'D')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

// ---------------------------------------------------------------------------------------------

export function buildReport(master: MasterData, options: ReportOptions): ReportDocument {
  const c = count(master, options.due);
  const letters = partLetters(master);
  const plan = master.plan;
  const period = options.period ?? master.periodName ?? master.period;
  const dataDate = master.dataDate ? viDate(master.dataDate) : BLANK;
  const planRef = `Kế hoạch số ${plan.number ?? BLANK}${plan.date ? ` ngày ${viDate(plan.date)}` : ''}${plan.issuer ? ` của ${plan.issuer}` : ''}`;
  const blocks: Block[] = [
    ...headerBlock(master, options),
    centered([run('BÁO CÁO', { bold: true })], { after: 0 }),
    centered([run(`Kết quả thực hiện ${planRef}, kỳ ${period ?? BLANK}`, { bold: true })], { after: 0, rule: 40 }),
    centered([run(`(Số liệu tính đến ngày ${dataDate})`, { italic: true })], { after: 12 }),
    para(
      `Thực hiện ${planRef}, trên cơ sở báo cáo của các cơ quan, đơn vị được giao nhiệm vụ (số liệu tính đến ngày ${dataDate}), ${options.issuer} báo cáo kết quả thực hiện${period ? ` kỳ ${period}` : ''} như sau:`,
    ),
    ...submissionsSection(c, options),
    ...tasksSection(c, master, letters),
    ...criteriaSection(c, master),
    ...difficultiesSection(c, master),
    ...nextSection(c, options),
    para(`Trên đây là báo cáo kết quả thực hiện ${planRef}, ${options.issuer} báo cáo${plan.issuer ? ` ${plan.issuer}` : ''} xem xét, chỉ đạo./.`, { after: 12 }),
    signature(options, plan.issuer),
    ...appendixAreas(c, plan.number, letters),
    ...appendixOverdue(c, plan.number),
    ...appendixCriteria(c, master, letters),
    ...appendixUnits(c, options, plan.number),
  ];
  return {
    title: `Báo cáo kết quả thực hiện Kế hoạch số ${plan.number ?? ''}${period ? `, kỳ ${period}` : ''}`,
    // The one date inside the file: the report's, else the data date, so the same master gives the same bytes.
    date: options.date ?? master.dataDate ?? '2000-01-01',
    font: 'Times New Roman',
    language: 'vi-VN',
    size: 14,
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    blocks,
  };
}

function headerBlock(master: MasterData, o: ReportOptions): Block[] {
  const parent = parentLine(o.parent, master.plan.issuer);
  const place = placeOf(master.plan.issuer) ?? BLANK;
  const number = o.number ?? `       /BC-${initials(o.issuer)}`;
  const dated = o.date ? `${place}, ${viLongDate(o.date)}` : `${place}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  return [
    {
      kind: 'columns',
      leftWidth: 42,
      left: [
        ...(parent ? [centered([run(parent, { size: 13 })])] : []),
        centered([run(o.issuer.toUpperCase(), { bold: true, size: 13 })], { rule: 25, after: 6 }),
        centered([run(`Số: ${number}`, { size: 13 })]),
      ],
      right: [
        centered([run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 })]),
        centered([run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 })], { rule: 62, after: 6 }),
        centered([run(dated, { italic: true, size: 14 })]),
      ],
    },
    centered([], { after: 12 }),
  ];
}

function tallyText(t: Tally): string {
  const parts = [
    `đã hoàn thành ${n(t.completed, 'nhiệm vụ')} (${viPercent(t.completed, t.total)}; trong đó đúng hạn ${viNumber(t.onTime)})`,
    `đang thực hiện ${viNumber(t.inProgress)}`,
    `chưa triển khai ${viNumber(t.notStarted)}`,
    `quá hạn chưa hoàn thành ${viNumber(t.overdue)}`,
    ...(t.outOfScope > 0 ? [`không thuộc phạm vi của đơn vị chủ trì ${viNumber(t.outOfScope)}`] : []),
    `chưa có báo cáo của đơn vị chủ trì ${viNumber(t.notReported)}${t.notReportedPastDue > 0 ? ` (trong đó ${viNumber(t.notReportedPastDue)} đã quá hạn)` : ''}`,
  ];
  return parts.join('; ');
}

function submissionsSection(c: Counts, o: ReportOptions): Block[] {
  const expected = c.units.length;
  const sent = c.units.filter((u) => u.state === 'sent');
  const missing = c.units.filter((u) => u.state === 'missing');
  const late = sent.filter((u) => u.late !== null);
  const unknown = sent.filter((u) => u.savedAfterData);
  const out: Block[] = [heading('I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ')];
  out.push(para(`Tổng số cơ quan, đơn vị phải báo cáo: ${viNumber(expected)}; đã gửi báo cáo: ${viNumber(sent.length)} (${viPercent(sent.length, expected)}); chưa gửi báo cáo: ${viNumber(missing.length)}.`));
  if (missing.length > 0) out.push(para(`- Các cơ quan, đơn vị chưa gửi báo cáo: ${namesOf(missing.map((m) => m.unit))} (chi tiết tại Phụ lục IV).`));
  const resend = missing.filter((m) => m.refused !== null);
  if (resend.length > 0) out.push(para(`- Trong đó đã gửi tệp nhưng tệp không hợp lệ, cần gửi lại: ${joinVi(resend.map((m) => `${m.unit.name} (${m.refused!.file})`))}.`));
  if (o.due) {
    // Nothing is said of "the other reports" when every report received is one whose timeliness is not known.
    if (late.length > 0) out.push(para(`- Gửi báo cáo muộn so với hạn nộp (${viDate(o.due)}): ${joinVi(late.map((u) => `${u.unit.name} (${n(u.late!, 'ngày')})`))}.`));
    else if (sent.length > unknown.length) out.push(para(`- Các báo cáo đã nhận${unknown.length ? ' khác' : ''} đều được lưu trước hoặc đúng hạn nộp (${viDate(o.due)}).`));
    // A file saved after the data date was saved or copied since: its date is not when it was sent.
    if (unknown.length > 0) out.push(para(`- Chưa đánh giá đúng hạn: ${n(unknown.length, 'báo cáo')} có ngày lưu tệp sau ngày số liệu (${namesOf(unknown.map((u) => u.unit))}), nên ngày lưu tệp không cho biết ngày gửi.`));
  } else {
    out.push(para([run('- Chưa xác định hạn nộp báo cáo của các đơn vị nên chưa đánh giá việc gửi báo cáo đúng hạn.', { italic: true })]));
  }
  if (c.refused.length > 0) out.push(para(`- Số tệp không hợp lệ, không tổng hợp được: ${viNumber(c.refused.length)} (chi tiết tại Phụ lục IV).`));
  return out;
}

/** Units named one by one; a collective's members counted ('126 đơn vị thuộc UBND cấp xã') when there are many. */
function namesOf(units: { name: string; group: string | null }[]): string {
  const byGroup = new Map<string, string[]>();
  const single: string[] = [];
  for (const u of units) {
    if (u.group) byGroup.set(u.group, [...(byGroup.get(u.group) ?? []), u.name]);
    else single.push(u.name);
  }
  const groups = [...byGroup].map(([g, names]) => (names.length <= 5 ? names.join(', ') : `${n(names.length, 'đơn vị')} thuộc ${g}`));
  return joinVi([...single, ...groups]);
}

function tasksSection(c: Counts, master: MasterData, letters: Record<IndexId, string>): Block[] {
  const out: Block[] = [heading('II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ')];
  out.push(heading('1. Kết quả chung'));
  out.push(para(`Kế hoạch có ${n(c.all.total, 'nhiệm vụ')}. Đến ngày ${master.dataDate ? viDate(master.dataDate) : BLANK}: ${tallyText(c.all)}.`));
  out.push(heading('2. Theo từng phần của Kế hoạch'));
  for (const { index, tally } of c.byIndex) {
    out.push(para(`- ${letters[index] ? `Phần ${letters[index]} - ` : ''}${INDEX_TITLE[index]}: ${n(tally.total, 'nhiệm vụ')}; ${tallyText(tally)}.`));
  }
  out.push(para('Chi tiết theo từng lĩnh vực tại Phụ lục I; danh sách nhiệm vụ quá hạn tại Phụ lục II.'));
  out.push(heading('3. Theo đơn vị chủ trì'));
  out.push(para('Số nhiệm vụ mỗi đơn vị chủ trì và tình trạng theo báo cáo của chính đơn vị; các đơn vị cùng một khối (như UBND cấp xã) được tính chung theo lượt đơn vị - nhiệm vụ:'));
  out.push(leadTable(c));
  return out;
}

// Eight counts beside a name, at 11 pt: a collective's 10.080 task-unit lines fit on one line.
const TALLY_COLUMNS: TableColumn[] = [
  { header: 'Tổng số', width: 10, align: 'center' },
  { header: 'Hoàn thành', width: 9, align: 'center' },
  { header: 'Trong đó đúng hạn', width: 9, align: 'center' },
  { header: 'Đang thực hiện', width: 9, align: 'center' },
  { header: 'Chưa triển khai', width: 9, align: 'center' },
  { header: 'Quá hạn', width: 8, align: 'center' },
  { header: 'Không thuộc phạm vi', width: 9, align: 'center' },
  { header: 'Chưa báo cáo', width: 10, align: 'center' },
];
const TALLY_SIZE = 11;
const tallyCells = (t: Tally) => [t.total, t.completed, t.onTime, t.inProgress, t.notStarted, t.overdue, t.outOfScope, t.notReported].map((x) => viNumber(x));

function leadTable(c: Counts): Table {
  const rows: TableRow[] = c.byLead.map((u, i) => ({ cells: [String(i + 1), u.units > 1 ? `${u.name} (${n(u.units, 'đơn vị')})` : u.name, ...tallyCells(u.tally)] }));
  return { kind: 'table', name: 'Theo đơn vị chủ trì', size: TALLY_SIZE, columns: [{ header: 'TT', width: 5, align: 'center' }, { header: 'Đơn vị chủ trì', width: 22 }, ...TALLY_COLUMNS], rows };
}

function criteriaSection(c: Counts, master: MasterData): Block[] {
  const out: Block[] = [heading('III. DỰ KIẾN KẾT QUẢ CÁC CHỈ SỐ THEO TỰ ĐÁNH GIÁ')];
  const { resultYear, targetYear } = master.plan;
  for (const p of master.projection) {
    if (p.projected === null) continue;
    // Judged against the target only once enough leaves are assessed: below that the figure is mostly last year's results.
    const judged = !!p.leaves && (p.assessed ?? 0) / p.leaves >= PROJECTION_MIN_COVERAGE;
    const vs = p.target === null ? '' : !judged ? ', chưa đủ tiêu chí được tự đánh giá để so với mục tiêu' : p.projected >= p.target ? `, đạt mục tiêu (cao hơn ${viNumber(p.projected - p.target)} điểm)` : `, thấp hơn mục tiêu ${viNumber(p.target - p.projected)} điểm`;
    // The projection starts from the leaves' results: where the plan's own sums are wrong, that is said.
    const leafResults = round(leafCriteria(master.criteria.filter((x) => x.index === p.index)).reduce((sum, x) => sum + (x.result ?? 0), 0));
    const drift = p.result !== null && Math.abs(leafResults - p.result) > 5e-5 ? `; kết quả năm trước của các tiêu chí thành phần cộng lại là ${viNumber(leafResults)} điểm, khác ${viNumber(p.result)} điểm Kế hoạch ghi, và dự kiến tính từ các tiêu chí thành phần` : '';
    out.push(
      para(
        `- ${INDEX_SHORT[p.index]}: kết quả${resultYear ? ` năm ${resultYear}` : ' năm trước'} ${p.result === null ? BLANK : viNumber(p.result)} điểm; mục tiêu${targetYear ? ` năm ${targetYear}` : ''} ${p.target === null ? BLANK : viNumber(p.target)} điểm; dự kiến theo tự đánh giá ${viNumber(p.projected)} điểm${vs} (${viNumber(p.assessed ?? 0)}/${viNumber(p.leaves ?? 0)} tiêu chí thành phần đã được tự đánh giá; tiêu chí chưa tự đánh giá tính theo kết quả năm trước${drift}).`,
      ),
    );
  }
  const assessed = c.meeting.length + c.missing.length;
  out.push(para(`Trong ${n(assessed, 'tiêu chí')} đã được các cơ quan, đơn vị tự đánh giá và có mục tiêu: ${viNumber(c.meeting.length)} tiêu chí dự kiến đạt mục tiêu; ${viNumber(c.missing.length)} tiêu chí dự kiến chưa đạt mục tiêu.`));
  for (const index of ['PAR', 'PAPI', 'SIPAS'] as const) {
    const misses = c.missing.filter((m) => m.criterion.index === index);
    if (misses.length === 0) continue;
    const stake = misses.reduce((s, m) => s - m.gap!, 0);
    // Points missing add up to the index's; per cents of separate surveys do not.
    const total = index === 'SIPAS' ? '' : `, tổng cộng thiếu ${viNumber(stake)} ${UNIT[index]} so với mục tiêu`;
    out.push(para(`- ${INDEX_SHORT[index]}: ${n(misses.length, 'tiêu chí')} dự kiến chưa đạt mục tiêu${total}:`));
    for (const m of misses) out.push(para(`+ ${criterionMiss(m, UNIT[index])}`));
  }
  out.push(para('Chi tiết tại Phụ lục III.'));
  return out;
}

/**
 * One criterion below its target: one agency's score as it is; several agencies' as their mean
 * (said so), naming only those whose own score is below the target.
 */
function criterionMiss(m: CriterionOutcome, unit: string): string {
  const cr = m.criterion;
  const target = cr.target!;
  const head = `${cr.code} ${shortTitle(cr.name, 80)}`;
  if (m.scores.length === 1) return `${head}: tự đánh giá ${viNumber(m.self!)}, mục tiêu ${viNumber(target)}, thiếu ${viNumber(-m.gap!)} ${unit} (${m.scores[0]!.agency}).`;
  const below = m.scores.filter((x) => x.self < target).map((x) => `${x.agency} ${viNumber(x.self)}`);
  return `${head}: bình quân tự đánh giá của ${n(m.scores.length, 'đơn vị')} ${viNumber(m.self!)}, mục tiêu ${viNumber(target)}, thiếu ${viNumber(-m.gap!)} ${unit}; đơn vị tự đánh giá thấp hơn mục tiêu: ${joinVi(below)}.`;
}

function difficultiesSection(_c: Counts, master: MasterData): Block[] {
  const out: Block[] = [heading('IV. KHÓ KHĂN, VƯỚNG MẮC, ĐỀ XUẤT CỦA CÁC CƠ QUAN, ĐƠN VỊ')];
  const tasks = new Map(master.tasks.map((t) => [t.id, t]));
  const byAgency = new Map<string, { task: MasterTask; text: string }[]>();
  for (const r of master.reports) {
    const t = tasks.get(r.task);
    if (!r.issues || !t) continue;
    byAgency.set(r.agency, [...(byAgency.get(r.agency) ?? []), { task: t, text: r.issues }]);
  }
  if (byAgency.size === 0) {
    out.push(para('Các cơ quan, đơn vị không nêu khó khăn, vướng mắc trong báo cáo.'));
    return out;
  }
  const order = new Map(master.tasks.map((t, i) => [t.id, i]));
  out.push(para(`${n(byAgency.size, 'cơ quan, đơn vị')} nêu khó khăn, vướng mắc, đề xuất (trích nguyên văn):`));
  for (const [agency, items] of [...byAgency].sort(([a], [b]) => a.localeCompare(b, 'vi'))) {
    out.push(para([run(`- ${agency}:`, { bold: true })], { keepNext: true }));
    for (const it of items.sort((a, b) => order.get(a.task.id)! - order.get(b.task.id)!)) {
      out.push(para([run(`+ Nhiệm vụ ${taskCode(it.task)} (${shortTitle(it.task.title, 70)}): `), run(it.text, { italic: true })]));
    }
  }
  return out;
}

function nextSection(c: Counts, o: ReportOptions): Block[] {
  const missingUnits = c.units.filter((u) => u.state === 'missing').length;
  const items = [
    c.all.overdue > 0 ? `đôn đốc các đơn vị chủ trì hoàn thành ${n(c.all.overdue, 'nhiệm vụ')} đã quá hạn` : null,
    c.all.notReportedPastDue > 0 ? `yêu cầu đơn vị chủ trì báo cáo ${n(c.all.notReportedPastDue, 'nhiệm vụ')} đã quá hạn chưa có báo cáo` : null,
    c.all.inProgress + c.all.notStarted > 0 ? `tiếp tục triển khai ${n(c.all.inProgress + c.all.notStarted, 'nhiệm vụ')} đang thực hiện hoặc chưa triển khai` : null,
    c.missing.length > 0 ? `tập trung cải thiện ${n(c.missing.length, 'tiêu chí')} dự kiến chưa đạt mục tiêu` : null,
    missingUnits > 0 ? `đề nghị ${n(missingUnits, 'cơ quan, đơn vị')} chưa gửi báo cáo khẩn trương gửi ${o.issuer}` : null,
  ].filter((x): x is string => x !== null);
  return [heading('V. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI'), para(items.length ? `Trong thời gian tới, ${joinVi(items)}.` : 'Tiếp tục duy trì kết quả đã đạt được.')];
}

function signature(o: ReportOptions, addressee: string | null): Block {
  const small = (text: string, o2: Omit<Run, 'text'> = {}) => ({ kind: 'paragraph' as const, runs: [run(text, { size: 11, ...o2 })], align: 'left' as const, after: 0 });
  return {
    kind: 'columns',
    leftWidth: 50,
    left: [
      { kind: 'paragraph', runs: [run('Nơi nhận:', { bold: true, italic: true, size: 12 })], align: 'left', after: 0 },
      small(`- ${addressee ?? BLANK} (để báo cáo);`),
      small('- Lãnh đạo Sở;'),
      small(`- Lưu: VT, ${BLANK}.`),
    ],
    right: [centered([run('GIÁM ĐỐC', { bold: true, size: 14 })]), centered([run('', { size: 14 })], { after: 60 }), centered([run(BLANK, { bold: true, size: 14 })])],
  };
}

// ---------------------------------------------------------------------------------------------
// Appendices

function appendixTitle(code: string, title: string, planNumber: string | null): Paragraph[] {
  return [
    centered([run(`Phụ lục ${code}`, { bold: true })], { pageBreakBefore: true }),
    centered([run(title, { bold: true })]),
    centered([run(`(Kèm theo Báo cáo kết quả thực hiện Kế hoạch số ${planNumber ?? BLANK})`, { italic: true })], { after: 12 }),
  ];
}

function appendixAreas(c: Counts, planNumber: string | null, letters: Record<IndexId, string>): Block[] {
  const rows: TableRow[] = [];
  for (const { index, tally } of c.byIndex) {
    rows.push({ cells: [letters[index], INDEX_TITLE[index].toUpperCase(), ...tallyCells(tally)], emphasis: 'heading' });
    // A part with no areas of its own is its one "area" ('A' under part A, 'PAR' where the part was inferred): said once, above.
    const areas = c.byArea.filter((x) => x.index === index);
    if (areas.length === 1 && /^GROUP:[^.]+$/.test(areas[0]!.area)) continue;
    for (const a of areas) rows.push({ cells: [areaCode(a.area), a.title, ...tallyCells(a.tally)] });
  }
  rows.push({ cells: ['', 'TỔNG CỘNG', ...tallyCells(c.all)], emphasis: 'total' });
  return [
    ...appendixTitle('I', 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO LĨNH VỰC', planNumber),
    { kind: 'table', name: 'Phụ lục I', size: TALLY_SIZE, columns: [{ header: 'TT', width: 5, align: 'center' }, { header: 'Lĩnh vực', width: 22 }, ...TALLY_COLUMNS], rows },
  ];
}

const STATUS_NONE = 'Chưa báo cáo';

/** What the task's lead units reported: each by name when few, else how many said what. */
function leadStatus(o: TaskOutcome): string {
  if (o.leads.length <= 3) return o.leads.map((l) => `${l.unit.name}: ${l.report?.status ?? STATUS_NONE}`).join('; ');
  const by = new Map<string, number>();
  for (const l of o.leads) by.set(l.report?.status ?? STATUS_NONE, (by.get(l.report?.status ?? STATUS_NONE) ?? 0) + 1);
  return [...by].map(([s, k]) => `${s}: ${n(k, 'đơn vị')}`).join('; ');
}

/** The lead units' own words on a task not done: difficulties, else the result they reported. */
function leadWords(o: TaskOutcome): string {
  const said = o.leads.filter((l) => l.report && !DONE.has(l.report.status ?? '') && (l.report.issues || l.report.result));
  const shown = said.slice(0, 5).map((l) => `${l.unit.name}: ${l.report!.issues ?? l.report!.result}`);
  if (said.length > 5) shown.push(`và ${n(said.length - 5, 'đơn vị')} khác (xem sổ tổng hợp)`);
  return shown.join('\n') || '(Không nêu)';
}

function appendixOverdue(c: Counts, planNumber: string | null): Block[] {
  // Past its deadline and not known to be done: reported unfinished, or not reported at all (a
  // reader of the list must not take a silent unit's task for one on time).
  const reportedLate = c.tasks.filter((t) => t.state === 'overdue');
  const unreported = c.tasks.filter((t) => t.state === 'notReported' && t.pastDue);
  const overdue = [...reportedLate, ...unreported];
  const rows: TableRow[] = overdue.map((o, i) => ({ cells: [String(i + 1), `${taskCode(o.task)}. ${o.task.title}`, o.task.deadline, o.task.lead.join('; '), leadStatus(o), leadWords(o)] }));
  const said = unreported.length > 0 ? [para(`Gồm ${n(reportedLate.length, 'nhiệm vụ')} đơn vị chủ trì báo cáo chưa hoàn thành và ${n(unreported.length, 'nhiệm vụ')} đã quá hạn nhưng đơn vị chủ trì chưa báo cáo.`)] : [];
  return [
    ...appendixTitle('II', 'DANH SÁCH NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH', planNumber),
    ...said,
    overdue.length
      ? { kind: 'table', name: 'Phụ lục II', size: 12, columns: [{ header: 'TT', width: 5, align: 'center' }, { header: 'Nhiệm vụ', width: 30 }, { header: 'Thời hạn', width: 12, align: 'center' }, { header: 'Đơn vị chủ trì', width: 15 }, { header: 'Tình trạng theo báo cáo', width: 15 }, { header: 'Ý kiến của đơn vị', width: 23 }], rows }
      : para('Không có nhiệm vụ quá hạn chưa hoàn thành.'),
  ];
}

function appendixCriteria(c: Counts, master: MasterData, letters: Record<IndexId, string>): Block[] {
  const { resultYear, targetYear, number: planNumber } = master.plan;
  const projection = new Map(master.projection.map((p) => [p.index, p]));
  const num = (x: number | null) => (x === null ? '' : viNumber(x));
  const rows: TableRow[] = [];
  for (const index of ['PAR', 'PAPI', 'SIPAS'] as const) {
    const mine = c.criteria.filter((o) => o.criterion.index === index);
    if (mine.length === 0) continue;
    rows.push({ cells: [letters[index], INDEX_TITLE[index].toUpperCase(), '', '', '', '', ''], emphasis: 'heading' });
    for (const o of mine) {
      const cr = o.criterion;
      const total = cr.code === 'total';
      const p = total ? projection.get(index) : undefined;
      const self = p?.projected ?? o.self;
      const gap = self !== null && cr.target !== null ? self - cr.target : null;
      rows.push({
        cells: [total ? '' : cr.code, total ? `${cr.name.replace(/:$/, '')}${p ? ' (tự đánh giá: dự kiến)' : ''}` : cr.name, num(cr.max), num(cr.result), num(cr.target), num(self), gap === null ? '' : viSigned(Math.round(gap * 1e4) / 1e4)],
        emphasis: total ? 'total' : cr.level === 1 ? 'heading' : undefined,
      });
    }
  }
  return [
    ...appendixTitle('III', 'KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ SO VỚI MỤC TIÊU', planNumber),
    para([run('Tiêu chí do nhiều đơn vị tự đánh giá ghi bình quân của các đơn vị; điểm của từng đơn vị ở sổ tổng hợp (trang Tổng hợp tiêu chí).', { italic: true })]),
    {
      kind: 'table',
      name: 'Phụ lục III',
      size: 12,
      columns: [
        { header: 'Mã', width: 8, align: 'center' },
        { header: 'Tiêu chí', width: 42 },
        { header: 'Điểm tối đa', width: 10, align: 'center' },
        { header: `Kết quả${resultYear ? ` năm ${resultYear}` : ' năm trước'}`, width: 10, align: 'center' },
        { header: `Mục tiêu${targetYear ? ` năm ${targetYear}` : ''}`, width: 10, align: 'center' },
        { header: 'Tự đánh giá', width: 10, align: 'center' },
        { header: 'Chênh lệch so với mục tiêu', width: 10, align: 'center' },
      ],
      rows,
    },
  ];
}

function appendixUnits(c: Counts, o: ReportOptions, planNumber: string | null): Block[] {
  const rows: TableRow[] = c.units.map((u, i) => ({
    cells: [
      String(i + 1),
      u.unit.name,
      u.state === 'sent' ? (u.late !== null ? `Đã gửi (muộn ${n(u.late, 'ngày')})` : 'Đã gửi') : u.refused ? 'Tệp không hợp lệ' : 'Chưa gửi',
      u.received ? viDate(u.received) : '',
      [u.refused ? `Tệp ${u.refused.file}: ${u.refused.reason ?? 'không tổng hợp được'}` : null, u.savedAfterData ? 'Lưu tệp sau ngày số liệu: không tính đúng hạn' : null, u.note].filter((x) => x).join('\n'),
    ],
  }));
  // A refused file whose name points to no unit of the plan is listed by itself.
  for (const r of c.refused) if (r.unit === null) rows.push({ cells: [String(rows.length + 1), `Tệp ${r.file}`, 'Không hợp lệ', '', r.reason ?? ''] });
  return [
    ...appendixTitle('IV', 'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ', planNumber),
    para([run(`${o.due ? `Hạn gửi báo cáo: ${viDate(o.due)}. ` : ''}Ngày gửi tính theo ngày lưu tệp ghi trong sổ tổng hợp.`, { italic: true })]),
    { kind: 'table', name: 'Phụ lục IV', size: 12, columns: [{ header: 'TT', width: 6, align: 'center' }, { header: 'Cơ quan, đơn vị', width: 40 }, { header: 'Tình trạng', width: 16, align: 'center' }, { header: 'Ngày lưu tệp', width: 15, align: 'center' }, { header: 'Ghi chú', width: 23 }], rows },
  ];
}
