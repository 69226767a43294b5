import { refusedValueCount, refusedValues, type Compiled } from '../agencies/compile';
import { formatViNumber } from '../plan/numbers';
import type { Refusal } from '../agencies/refusal';
import { reachOf } from '../agencies/sending';
import { projectScores } from '../agencies/projection';
import type { IndexId, Plan, Task } from '../plan/schema';
import { dueForUnit } from '../plan/deadlines';
import { headerRow, listingSheet, planReference, titleRows, viDate, withAutoFilter } from '../workbook-kit/table';
import type { Column } from '../workbook-kit/table';
import { excelDate, type CellSpec, type RowSpec, type RowStream, type SheetSpec, type WorkbookSpec } from '../workbook-kit/spec';
import { allStyles, numberStyleName, scoreDecimals } from '../workbook-kit/styles';
import { fitRowHeights } from '../workbook-kit/row-heights';
import { readablePaper } from '../workbook-kit/print';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { assign } from '../agencies/recipients';
import { frontSheet, type FrontFacts } from './front-sheet';
import { isOverdue, statusOrder, taskNumber, taskPairs } from './task-pairs';
import { taskSummaryRows, type PairFact } from './task-summary-sheet';
import { MASTER_CRITERION_COLUMNS, MASTER_LOG_COLUMNS, MASTER_TASK_SUMMARY_COLUMNS, MASTER_PROJECTION_COLUMNS, MASTER_SUBMISSION_COLUMNS, MASTER_TASK_COLUMNS, BELOW_MARK, MASTER_FORMAT, MASTER_SHEET, MASTER_VERSION, MISSING_STATUS, OVERDUE_MARK, PLAN_CRITERION_KEYS, PLAN_TASK_KEYS, PROJECTION_MIN_COVERAGE, SUBMISSION_STATUS, UNIT_KEYS, type MasterMetaKey } from './layout';
import { periodMetaRows, periodSheets, type MasterPeriod } from './period';

/**
 * The master Sở Nội vụ keeps: each task with each agency's report (overdue ones flagged against
 * `today`), each criterion's self-assessments against its target, who sent what, and a log of
 * every file read. Values only: nothing a return held is copied as a formula or a link.
 */
/** A file as it was read: its name and its SHA-256, so anyone can tell later which bytes were compiled. */
export interface LogEntry {
  file: string;
  sha256: string;
  /** The day the file was last saved ('YYYY-MM-DD', Vietnam time), as its file system or browser tells it; unknown when absent. */
  received?: string | null;
  /** When a compile first saw these bytes ('YYYY-MM-DD HH:mm', Vietnam time), kept across runs; and a day a person entered ('YYYY-MM-DD'). */
  firstSeen?: string | null;
  entered?: string | null;
}

/** The calendar day of a moment in Vietnam (UTC+7, no daylight saving): when a file was saved, as people there date it. */
export function vietnamDay(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

// An empty cell is a blank styled cell, not a text of no characters: the same on screen, and the
// master's tens of thousands of unreported rows are not spelled out as empty strings.
const text = (value: string | number | null, style = 'text'): CellSpec => ({ value: value === '' ? null : value, style });
const NOTHING: ReadonlyMap<string, string | number> = new Map();
/**
 * The cells of a few repeated words (empty, a role, a status, the overdue mark), one object per
 * word and style, shared by every row that shows them: cells are never changed once made.
 */
function sharedCells(longest = 40): (value: string | number | null | undefined, style?: string) => CellSpec {
  // By style, then by the value itself (a Map tells 1 from '1'): no key is built per call.
  const made = new Map<string, Map<string | number, CellSpec>>();
  return (value, style = 'text') => {
    const v = value ?? '';
    if (typeof v === 'string' && v.length > longest) return text(v, style);
    let ofStyle = made.get(style);
    if (!ofStyle) {
      ofStyle = new Map();
      made.set(style, ofStyle);
    }
    const known = ofStyle.get(v);
    if (known) return known;
    const cell = text(v, style);
    ofStyle.set(v, cell);
    return cell;
  };
}
/** One line of 11 pt text with its padding, in points. */
const BLANK_ROW_HEIGHT = 16;


/** One number format per index, as each is published: PAR INDEX and SIPAS two decimals, PAPI four (UNDP). */
const scoreStyle = (index: IndexId) => numberStyleName(scoreDecimals(index), 'plain');

export function masterWorkbook(plan: Plan, compiled: Compiled, log: LogEntry[], today: string, refusal: (r: Refusal, file: string) => string, period: MasterPeriod | null = null): WorkbookSpec {
  // What the master is, and when its data was taken: not an appendix of the plan.
  // A round names itself first: the front sheet and every listing say which period the data is of.
  const asOf = `${period ? `Kỳ báo cáo ${period.name} (số liệu từ ${viDate(period.from)} đến ${viDate(period.to)}). ` : ''}Số liệu tổng hợp đến ngày ${viDate(today)} từ báo cáo của các đơn vị thực hiện ${planReference(plan)}`;
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const criteria = new Map(plan.criteria.map((c) => [c.id, c]));
  // One entry per (row, agency), in the order values were compiled; by row, then agency (a key
  // string built per lookup cost more than the lookup, a hundred thousand times over).
  const grouped = new Map<string, Map<string, Map<string, string | number>>>();
  for (const v of compiled.values) {
    let ofRow = grouped.get(v.id);
    if (!ofRow) {
      ofRow = new Map();
      grouped.set(v.id, ofRow);
    }
    let fields = ofRow.get(v.agency);
    if (!fields) {
      fields = new Map();
      ofRow.set(v.agency, fields);
    }
    fields.set(v.field, v.value);
  }
  const by = (id: string, agency: string) => grouped.get(id)?.get(agency) ?? NOTHING;
  const pairs = (prefix: string) => {
    const out: [string, string][] = [];
    for (const [id, ofRow] of grouped) if (id.startsWith(prefix)) for (const agency of ofRow.keys()) out.push([id, agency]);
    return out;
  };
  // Whether the agency answers for a task as its lead or as a supporting agency (the report counts leads).
  const { assignments } = assign(plan);

  const communes = new Set(assignments.filter((a) => a.recipient.kind === 'commune').map((a) => a.recipient.name));
  const dueOf = (t: Task, agency: string) => dueForUnit(t.deadline, { name: agency, commune: communes.has(agency) });

  const taskCols = MASTER_TASK_COLUMNS;
  const taskRows: RowSpec[] = [...withLegend(titleRows('TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ', asOf, 2), 2, { action: [LEGEND_WORDS.overdue] }), headerRow(taskCols)];
  // Every task × responsible unit has its row, a unit that sent nothing included: a blank status
  // is 'chưa báo cáo', visible and filterable, and Tổng hợp counts exactly these rows.
  const taskLines = taskPairs(plan, assignments, pairs('TASK:'));
  // The plan's words of a task (and a unit's name) are the same on each of its rows: one cell
  // object each, shared by those rows (cells are never changed once made), so a city's hundred
  // thousand rows do not hold a hundred thousand copies.
  const planCells = new Map<string, Pick<Record<(typeof taskCols)[number]['key'], CellSpec>, 'id' | 'number' | 'task' | 'deadline' | 'due'>>();
  const word = sharedCells();
  // Units' names: as many as the plan has units, however long.
  const unitCell = sharedCells(Number.POSITIVE_INFINITY);
  // Made when the sheet is written (a RowStream): a city has a hundred thousand of these rows, and
  // the master's memory would grow with them; the same row each time it is asked for.
  const pairRow = (i: number): RowSpec => {
    const { id, agency, role } = taskLines[i]!;
    const t = tasks.get(id);
    const v = by(id, agency);
    const status = v.get('status');
    const completed = v.get('completedOn');
    // A row nothing was reported on keeps one line (its texts cut at the cell's edge): 126 silent
    // communes would otherwise print hundreds more pages of the plan's task titles.
    const blank = v.size === 0;
    const words = blank ? 'textLine' : 'text';
    const planKey = `${id}\u0000${words}`;
    let ofPlan = planCells.get(planKey);
    if (!ofPlan) {
      ofPlan = {
        id: text(id),
        number: text(t ? taskNumber(t) : '', 'center'),
        task: text(t?.title ?? '', words),
        deadline: text(t?.deadline.text ?? '', words),
        due: t?.deadline.to ? { value: excelDate(t.deadline.to), style: 'date' } : text(''),
      };
      planCells.set(planKey, ofPlan);
    }
    // The unit's own last day where the plan gives kinds of unit different days (a part per scope).
    const due = t ? dueOf(t, agency) : null;
    const cells: Record<(typeof taskCols)[number]['key'], CellSpec> = {
      // Named one by one: a spread here made every row's object the slow kind.
      id: ofPlan.id,
      number: ofPlan.number,
      task: ofPlan.task,
      deadline: ofPlan.deadline,
      due: due === (t?.deadline.to ?? null) ? ofPlan.due : due ? { value: excelDate(due), style: 'date' } : text(''),
      agency: unitCell(agency, words),
      role: word(role, 'center'),
      status: word(status),
      completedOn: typeof completed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(completed) ? { value: excelDate(completed), style: 'date' } : word(completed, 'center'),
      result: v.has('result') ? text(v.get('result')!) : word(null),
      evidence: v.has('evidence') ? linkCell(v.get('evidence')) : word(null),
      issues: v.has('issues') ? text(v.get('issues')!) : word(null),
      overdue: isOverdue(due, status, today) ? word(OVERDUE_MARK, 'error') : word(null),
    };
    const rowCells = taskCols.map((c) => cells[c.key]);
    return blank ? { cells: rowCells, height: BLANK_ROW_HEIGHT } : { cells: rowCells };
  };
  const taskStream: RowStream = { count: taskLines.length, row: pairRow };

  const critCols = MASTER_CRITERION_COLUMNS;
  const belowTarget: FrontFacts['belowTarget'] = [];
  const critRows: RowSpec[] = [...withLegend(titleRows('TỔNG HỢP TỰ ĐÁNH GIÁ TIÊU CHÍ', asOf, 2), 2, { action: [LEGEND_WORDS.selfBelowTarget] }), headerRow(critCols)];
  for (const [id, agency] of pairs('')) {
    const c = criteria.get(id);
    if (!c) continue;
    const v = by(id, agency);
    const self = v.get('selfAssessment');
    const below = typeof self === 'number' && c.target !== null && self < c.target;
    if (below) belowTarget.push({ criterion: `${c.index === 'PAR' ? 'PAR INDEX' : c.index} ${c.code} — ${c.name}`, agency, self, target: c.target!, index: c.index });
    const n = scoreStyle(c.index);
    critRows.push({
      cells: [text(id), text(`${c.index} ${c.code} — ${c.name}`), text(agency), { value: c.max, style: n }, { value: c.target, style: n }, { value: typeof self === 'number' ? self : null, style: n }, below ? { value: BELOW_MARK, style: 'error' } : text(''), text(v.get('explanation') ?? null), linkCell(v.get('evidence'))],
    });
  }

  const subCols = MASTER_SUBMISSION_COLUMNS;
  const STATUS = SUBMISSION_STATUS;
  const subRows: RowSpec[] = [...withLegend(titleRows('TÌNH HÌNH NỘP BÁO CÁO', asOf, 1), 1, { review: [LEGEND_WORDS.notSent] }), headerRow(subCols)];
  // Whom to remind: the e-mail and contact the Đơn vị sheet gives for an agency that has not sent its report.
  const agencies = new Map(plan.agencies.map((a) => [a.name, a]));
  const contactOf = (name: string) => reachOf(agencies.get(name));
  const agencyOfFile = new Map(compiled.submissions.map((s) => [s.file, s.agency]));
  for (const s of compiled.submissions) subRows.push({ cells: [text(s.file), text(s.agency), text(STATUS[s.status]), text(''), text(s.reason !== null ? refusal(s, s.file) : ''), text('')] });
  // A unit whose only file was refused did send one: said on its row, beside the file's own.
  const refusedFileOf = new Map(compiled.submissions.filter((x) => x.status === 'rejected' && x.agency !== null).map((x) => [x.agency!, x.file]));
  for (const m of compiled.missing) {
    const sent = refusedFileOf.get(m);
    subRows.push({ cells: [text(''), text(m), { value: MISSING_STATUS, style: 'warning' }, text(''), text(sent ? `Đã gửi tệp ${sent} nhưng không tổng hợp được (xem dòng của tệp); cần gửi lại.` : ''), text(contactOf(m))] });
  }
  for (const r of compiled.rejected) {
    if (r.sheet === null && r.cell === null) continue; // a refused file: its row above says why
    subRows.push({ cells: [text(r.file), text(agencyOfFile.get(r.file) ?? null), text(r.cell ? 'Giá trị bị loại' : 'Ghi nhận'), text(r.cell ?? r.sheet ?? ''), text(refusal(r, r.file)), text('')] });
  }

  const logCols = MASTER_LOG_COLUMNS;
  const logRows: RowSpec[] = [...titleRows('NHẬT KÝ TỔNG HỢP', asOf, 1), headerRow(logCols)];
  const count = (items: { file: string }[]) => items.reduce((m, x) => m.set(x.file, (m.get(x.file) ?? 0) + 1), new Map<string, number>());
  const taken = count(compiled.values);
  const refused = new Map<string, number>();
  for (const r of compiled.rejected) refused.set(r.file, (refused.get(r.file) ?? 0) + refusedValues(r));
  const submissions = new Map(compiled.submissions.map((s) => [s.file, s]));
  for (const l of log) {
    const s = submissions.get(l.file);
    const found = [s ? STATUS[s.status] : '', s && s.reason !== null ? refusal(s, l.file) : '', refused.get(l.file) ? `${refused.get(l.file)} giá trị bị loại` : ''].filter(Boolean).join('; ');
    logRows.push({ cells: [text(l.file), text(l.sha256), text(s?.agency ?? null), { value: taken.get(l.file) ?? 0, style: 'num0' }, text(found), text(l.received ?? null, 'center'), text(l.firstSeen ?? null, 'center'), text(l.entered ?? null, 'center')] });
  }

  const projCols = MASTER_PROJECTION_COLUMNS;
  const projRows: RowSpec[] = [...withLegend(titleRows('DỰ KIẾN ĐIỂM THEO TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ', asOf, 1), 1, { action: [LEGEND_WORDS.projectedBelow] }), headerRow(projCols)];
  const projections = projectScores(plan, compiled).map((p) => {
    const coverage = p.leaves ? p.assessed / p.leaves : 0;
    // Below this share the figure is mostly last year's results: shown, but not judged.
    return { ...p, coverage, meaningful: coverage >= PROJECTION_MIN_COVERAGE };
  });
  for (const p of projections) {
    const below = p.meaningful && p.target !== null && p.projected < p.target;
    const note = p.meaningful
      ? `Tiêu chí chưa tự đánh giá tính theo kết quả năm trước.${below ? ' Dự kiến thấp hơn mục tiêu.' : ''}`
      : `Chưa đủ để dự kiến: mới ${p.assessed}/${p.leaves} tiêu chí (${Math.round(p.coverage * 100)}%) có tự đánh giá; số dự kiến chủ yếu là kết quả năm trước.`;
    // The plan's own sums wrong: the projection starts from its leaves, and says so.
    const drift = p.result !== null && Math.abs(p.leafResults - p.result) > 5e-5 ? ` Dự kiến tính từ các tiêu chí thành phần, có tổng kết quả năm trước là ${formatViNumber(p.leafResults)}, khác kết quả ${formatViNumber(p.result)} Kế hoạch ghi (xem trang Kiểm tra của sổ kế hoạch).` : '';
    const n = scoreStyle(p.index);
    const cells: Record<(typeof projCols)[number]['key'], CellSpec> = {
      index: text(p.index === 'PAR' ? 'PAR INDEX' : p.index),
      result: { value: p.result, style: n },
      target: { value: p.target, style: n },
      projected: { value: p.projected, style: below ? 'error' : n },
      assessed: text(`${p.assessed}/${p.leaves} (${Math.round(p.coverage * 100)}%)`, 'center'),
      note: text(note + drift),
    };
    projRows.push({ cells: projCols.map((c) => cells[c.key]) });
  }
  const sipas = plan.criteria.find((c) => c.index === 'SIPAS' && c.code === 'total');
  if (sipas) {
    const cells: Record<(typeof projCols)[number]['key'], CellSpec> = {
      index: text('SIPAS'),
      result: { value: sipas.result, style: scoreStyle('SIPAS') },
      target: { value: sipas.target, style: scoreStyle('SIPAS') },
      projected: text('Không dự kiến', 'center'),
      assessed: text(''),
      note: text('SIPAS là kết quả khảo sát sự hài lòng của người dân, tổ chức, không phải tổng điểm các tiêu chí, nên không dự kiến được từ tự đánh giá của các đơn vị.'),
    };
    projRows.push({ cells: projCols.map((c) => cells[c.key]) });
  }

  // The rows of Tổng hợp nhiệm vụ as facts: what Tóm tắt nhiệm vụ and Tổng hợp count.
  const pairFacts: PairFact[] = taskLines.map(({ id, agency, role }) => {
    const st = by(id, agency).get('status');
    const t = tasks.get(id);
    return { id, agency, role, status: st === undefined ? '' : String(st), overdue: isOverdue(t ? dueOf(t, agency) : null, st, today), commune: communes.has(agency) };
  });
  const statusCount = new Map<string, number>();
  for (const l of pairFacts) statusCount.set(l.status, (statusCount.get(l.status) ?? 0) + 1);
  const front: FrontFacts = {
    asOf,
    received: compiled.submissions.filter((x) => x.status === 'accepted').length,
    rejected: compiled.submissions.filter((x) => x.status === 'rejected').length,
    missing: compiled.missing.map((name) => ({ name, contact: contactOf(name) })),
    refused: compiled.rejected.filter((r) => r.cell !== null).map((r) => ({ file: r.file, where: r.cell ?? '', reason: refusal(r, r.file) })),
    refusedCount: refusedValueCount(compiled.rejected),
    toAsk: compiled.rejected
      .filter((r) => r.reason === 'name-other-agency' || r.reason === 'same-agency-differs' || (r.reason === 'superseded-by' && r.why === 'other-unit'))
      .map((r) => ({ file: r.file, reason: refusal(r, r.file) })),
    byStatus: [...statusCount].sort((a, b) => statusOrder(a[0]) - statusOrder(b[0])),
    overdue: pairFacts.filter((l) => l.overdue).length,
    belowTarget,
    projections,
  };

  const sheet = (name: string, printTitle: string, cols: Column<string>[], rows: RowSpec[], more?: RowStream) =>
    withAutoFilter(listingSheet(plan, { name, printTitle, cols, rows, more, freezeCols: 0, lastPrintedCol: cols.length }), cols.length);
  return readablePaper(fitRowHeights({
    font: { name: 'Times New Roman', size: 11 },
    password: null,
    styles: allStyles(),
    sheets: [
      frontSheet(plan, front),
      sheet(MASTER_SHEET.taskSummary, MASTER_SHEET.taskSummary, MASTER_TASK_SUMMARY_COLUMNS, taskSummaryRows(plan, pairFacts, asOf)),
      sheet(MASTER_SHEET.tasks, 'Tổng hợp nhiệm vụ', taskCols, taskRows, taskStream),
      sheet(MASTER_SHEET.criteria, 'Tổng hợp tiêu chí', critCols, critRows),
      sheet(MASTER_SHEET.projection, 'Dự kiến điểm', projCols, projRows),
      sheet(MASTER_SHEET.submissions, 'Tình hình nộp', subCols, subRows),
      sheet(MASTER_SHEET.log, 'Nhật ký', logCols, logRows),
      ...periodSheets(plan, period),
      ...planSheets(plan, assignments, today, period),
    ],
  }));
}

/** An evidence address as a link people can click (http/https only); anything else stays text. */
function linkCell(value: string | number | undefined): CellSpec {
  const v = typeof value === 'string' ? value.trim() : '';
  if (/^https?:\/\/[^\s"]+$/i.test(v) && v.length <= 255) return { value: v, hyperlink: v, style: 'linkLeft' };
  return text(value ?? null);
}


/**
 * The plan as it was compiled, in very hidden sheets: the heading and the data date, every task
 * (with its area), every criterion, and every unit with what it answers for. The visible sheets
 * list only what came back; these say what was expected, so a report can count what did not.
 */
function planSheets(plan: Plan, assignments: ReturnType<typeof assign>['assignments'], today: string, period: MasterPeriod | null): SheetSpec[] {
  const m = plan.meta;
  const meta: [MasterMetaKey, string | number | null][] = [
    ['format', MASTER_FORMAT],
    ['version', MASTER_VERSION],
    ['number', m.number],
    ['issuer', m.issuer],
    ['planDate', m.date],
    ['title', m.title],
    ['resultYear', m.resultYear],
    ['targetYear', m.targetYear],
    ['dataDate', today],
    ...periodMetaRows(period),
  ];
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const list = (xs: readonly string[]) => JSON.stringify(xs);
  const taskRows = plan.tasks.map((t) => {
    const area = `GROUP:${t.path.slice(0, 2).join('.')}`;
    return [t.id, t.index, area, groups.get(area)?.title ?? '', t.number, t.title, t.deadline.text, t.deadline.to, list(t.lead), list(t.support)];
  });
  const critRows = plan.criteria.map((c) => [c.id, c.index, c.code, c.parent, c.level, c.name, c.max, c.result, c.target, list(c.lead)]);
  const groupOf = new Map(plan.agencies.map((a) => [a.name, a.memberOf ?? null]));
  const unitRows = assignments.map((a) => [a.recipient.key, a.recipient.name, a.recipient.kind, a.recipient.code, groupOf.get(a.recipient.name) ?? null, list(a.leads), list(a.supports), list(a.criteria)]);
  const hidden = (name: string, rows: (string | number | null)[][]): SheetSpec => ({
    name,
    state: 'veryHidden',
    columns: (rows[0] ?? []).map(() => ({ width: 20 })),
    rows: rows.map((r) => ({ cells: r.map((v) => ({ value: v ?? '' })) })),
    merges: [],
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protect: false,
    print: null,
    outlineSummaryAbove: true,
  });
  return [
    hidden(MASTER_SHEET.meta, meta),
    hidden(MASTER_SHEET.planTasks, [[...PLAN_TASK_KEYS], ...taskRows]),
    hidden(MASTER_SHEET.planCriteria, [[...PLAN_CRITERION_KEYS], ...critRows]),
    hidden(MASTER_SHEET.units, [[...UNIT_KEYS], ...unitRows]),
  ];
}
