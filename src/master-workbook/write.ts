import type { Compiled } from '../agencies/compile';
import { reachOf } from '../agencies/sending';
import { projectScores } from '../agencies/projection';
import type { Plan, Task } from '../plan/schema';
import { assign } from '../agencies/recipients';
import { HEADER_ROW, headerRow, listingSheet, planReference, titleRows, viDate } from '../workbook-kit/table';
import type { Column } from '../workbook-kit/table';
import { columnLetter, excelDate, type CellSpec, type RowSpec, type SheetSpec, type WorkbookSpec } from '../workbook-kit/spec';
import { allStyles, numberStyleName } from '../workbook-kit/styles';
import { fitRowHeights } from '../workbook-kit/row-heights';
import { readablePaper } from '../workbook-kit/print';
import { frontSheet, type FrontFacts } from './front-sheet';

/**
 * The master Sở Nội vụ keeps: each task with each agency's report (overdue ones flagged against
 * `today`), each criterion's self-assessments against its target, who sent what, and a log of
 * every file read. Values only: nothing a return held is copied as a formula or a link.
 */
/** A file as it was read: its name and its SHA-256, so anyone can tell later which bytes were compiled. */
export interface LogEntry {
  file: string;
  sha256: string;
}

const text = (value: string | number | null, style = 'text'): CellSpec => ({ value: value ?? '', style });

/** The share of leaf criteria self-assessed from which a projection is judged against its target. */
export const PROJECTION_MIN_COVERAGE = 0.5;

export function masterWorkbook(plan: Plan, compiled: Compiled, log: LogEntry[], today: string, refusal: (reason: string, file: string) => string): WorkbookSpec {
  // What the master is, and when its data was taken: not an appendix of the plan.
  const asOf = `Số liệu tổng hợp đến ngày ${viDate(today)} từ báo cáo của các đơn vị thực hiện ${planReference(plan)}`;
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const criteria = new Map(plan.criteria.map((c) => [c.id, c]));
  // One entry per (row, agency), in the order values were compiled.
  const grouped = new Map<string, Map<string, string | number>>();
  for (const v of compiled.values) {
    const key = `${v.id}\u0000${v.agency}`;
    const fields = grouped.get(key) ?? new Map<string, string | number>();
    fields.set(v.field, v.value);
    grouped.set(key, fields);
  }
  const by = (id: string, agency: string) => grouped.get(`${id}\u0000${agency}`) ?? new Map<string, string | number>();
  const pairs = (prefix: string) => [...grouped.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.split('\u0000') as [string, string]);

  const taskCols: Column<string>[] = [
    { key: 'id', header: 'ID', width: 12, hidden: true },
    { key: 'number', header: 'TT', width: 9 },
    { key: 'task', header: 'Nhiệm vụ', width: 40 },
    { key: 'deadline', header: 'Tiến độ', width: 13 },
    { key: 'due', header: 'Hạn', width: 11 },
    { key: 'agency', header: 'Đơn vị', width: 24 },
    { key: 'role', header: 'Vai trò', width: 9 },
    { key: 'status', header: 'Tình trạng', width: 15 },
    { key: 'completedOn', header: 'Ngày hoàn thành', width: 11 },
    { key: 'result', header: 'Kết quả, sản phẩm', width: 30 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 24 },
    { key: 'issues', header: 'Khó khăn, đề xuất', width: 24 },
    { key: 'overdue', header: 'Quá hạn', width: 9 },
  ];
  const taskRows: RowSpec[] = [...titleRows('TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ', asOf, 2), headerRow(taskCols)];
  const taskLines = taskPairs(plan, pairs('TASK:'));
  for (const { id, agency, role } of taskLines) {
    const t = tasks.get(id);
    const v = by(id, agency);
    const status = v.get('status');
    const overdue = isOverdue(t?.deadline.to ?? null, status, today);
    const completed = v.get('completedOn');
    taskRows.push({
      cells: [
        text(id),
        text(t ? taskNumber(t) : '', 'center'),
        text(t?.title ?? ''),
        text(t?.deadline.text ?? ''),
        t?.deadline.to ? { value: excelDate(t.deadline.to), style: 'date' } : text(''),
        text(agency),
        text(role, 'center'),
        // Blank: the unit has not reported on this task (counted as "chưa báo cáo" on Tổng hợp).
        text(status ?? null),
        typeof completed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(completed) ? { value: excelDate(completed), style: 'date' } : text(completed ?? null, 'center'),
        text(v.get('result') ?? null),
        linkCell(v.get('evidence')),
        text(v.get('issues') ?? null),
        overdue ? { value: 'Quá hạn', style: 'error' } : text(''),
      ],
    });
  }

  const critCols: Column<string>[] = [
    { key: 'id', header: 'ID', width: 12, hidden: true },
    { key: 'criterion', header: 'Tiêu chí', width: 44 },
    { key: 'agency', header: 'Đơn vị', width: 26 },
    { key: 'max', header: 'Điểm tối đa', width: 9 },
    { key: 'target', header: 'Mục tiêu', width: 9 },
    { key: 'self', header: 'Tự đánh giá', width: 10 },
    { key: 'gap', header: 'Chưa đạt mục tiêu', width: 11 },
    { key: 'explanation', header: 'Giải trình', width: 34 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 26 },
  ];
  const belowTarget: FrontFacts['belowTarget'] = [];
  const critRows: RowSpec[] = [...titleRows('TỔNG HỢP TỰ ĐÁNH GIÁ TIÊU CHÍ', asOf, 2), headerRow(critCols)];
  for (const [id, agency] of pairs('')) {
    const c = criteria.get(id);
    if (!c) continue;
    const v = by(id, agency);
    const self = v.get('selfAssessment');
    const below = typeof self === 'number' && c.target !== null && self < c.target;
    if (below) belowTarget.push({ criterion: `${c.index === 'PAR' ? 'PAR INDEX' : c.index} ${c.code} — ${c.name}`, agency, self, target: c.target! });
    critRows.push({
      cells: [text(id), text(`${c.index} ${c.code} — ${c.name}`), text(agency), { value: c.max, style: 'num2' }, { value: c.target, style: 'num2' }, { value: typeof self === 'number' ? self : null, style: 'num2' }, below ? { value: 'Chưa đạt', style: 'error' } : text(''), text(v.get('explanation') ?? null), linkCell(v.get('evidence'))],
    });
  }

  const subCols: Column<string>[] = [
    { key: 'file', header: 'Tệp', width: 36 },
    { key: 'agency', header: 'Đơn vị', width: 30 },
    { key: 'status', header: 'Tình trạng', width: 14 },
    { key: 'where', header: 'Vị trí', width: 20 },
    { key: 'reason', header: 'Lý do', width: 44 },
    { key: 'contact', header: 'Liên hệ', width: 30 },
  ];
  const STATUS = { accepted: 'Đã nhận', rejected: 'Từ chối', superseded: 'Bị thay thế' } as const;
  const subRows: RowSpec[] = [...titleRows('TÌNH HÌNH NỘP BÁO CÁO', asOf, 1), headerRow(subCols)];
  // Whom to remind: the e-mail and contact the Đơn vị sheet gives for an agency that has not sent its report.
  const agencies = new Map(plan.agencies.map((a) => [a.name, a]));
  const contactOf = (name: string) => reachOf(agencies.get(name));
  const agencyOfFile = new Map(compiled.submissions.map((s) => [s.file, s.agency]));
  for (const s of compiled.submissions) subRows.push({ cells: [text(s.file), text(s.agency), text(STATUS[s.status]), text(''), text(s.reason ? refusal(s.reason, s.file) : ''), text('')] });
  for (const m of compiled.missing) subRows.push({ cells: [text(''), text(m), { value: 'Chưa nộp', style: 'warning' }, text(''), text(''), text(contactOf(m))] });
  for (const r of compiled.rejected) {
    if (r.sheet === null && r.cell === null) continue; // a refused file: its row above says why
    subRows.push({ cells: [text(r.file), text(agencyOfFile.get(r.file) ?? null), text(r.cell ? 'Giá trị bị loại' : 'Ghi nhận'), text(r.cell ?? r.sheet ?? ''), text(refusal(r.reason, r.file)), text('')] });
  }

  const logCols: Column<string>[] = [
    { key: 'file', header: 'Tệp', width: 36 },
    { key: 'sha', header: 'SHA-256', width: 30 },
    { key: 'agency', header: 'Đơn vị', width: 28 },
    { key: 'rows', header: 'Giá trị đọc được', width: 10 },
    { key: 'found', header: 'Ghi nhận', width: 40 },
  ];
  const logRows: RowSpec[] = [...titleRows('NHẬT KÝ TỔNG HỢP', asOf, 1), headerRow(logCols)];
  const count = (items: { file: string }[]) => items.reduce((m, x) => m.set(x.file, (m.get(x.file) ?? 0) + 1), new Map<string, number>());
  const [taken, refused] = [count(compiled.values), count(compiled.rejected.filter((r) => r.cell !== null))];
  const submissions = new Map(compiled.submissions.map((s) => [s.file, s]));
  for (const l of log) {
    const s = submissions.get(l.file);
    const found = [s ? STATUS[s.status] : '', s?.reason ? refusal(s.reason, l.file) : '', refused.get(l.file) ? `${refused.get(l.file)} giá trị bị loại` : ''].filter(Boolean).join('; ');
    logRows.push({ cells: [text(l.file), text(l.sha256), text(s?.agency ?? null), { value: taken.get(l.file) ?? 0, style: 'num0' }, text(found)] });
  }

  const projCols: Column<string>[] = [
    { key: 'index', header: 'Chỉ số', width: 14 },
    { key: 'result', header: 'Kết quả năm trước', width: 12 },
    { key: 'target', header: 'Mục tiêu', width: 12 },
    { key: 'projected', header: 'Dự kiến theo tự đánh giá', width: 14 },
    { key: 'assessed', header: 'Tiêu chí đã tự đánh giá', width: 14 },
    { key: 'note', header: 'Ghi chú', width: 60 },
  ];
  const projRows: RowSpec[] = [...titleRows('DỰ KIẾN ĐIỂM THEO TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ', asOf, 1), headerRow(projCols)];
  for (const p of projectScores(plan, compiled)) {
    const d = p.index === 'PAPI' ? 4 : 2;
    const share = p.leaves ? p.assessed / p.leaves : 0;
    // Below this share the figure is mostly last year's results: shown, but not judged.
    const meaningful = share >= PROJECTION_MIN_COVERAGE;
    const below = meaningful && p.target !== null && p.projected < p.target;
    const note = meaningful
      ? `Tiêu chí chưa tự đánh giá tính theo kết quả năm trước.${below ? ' Dự kiến thấp hơn mục tiêu.' : ''}`
      : `Chưa đủ để dự kiến: mới ${p.assessed}/${p.leaves} tiêu chí (${Math.round(share * 100)}%) có tự đánh giá; số dự kiến chủ yếu là kết quả năm trước.`;
    projRows.push({
      cells: [
        text(p.index === 'PAR' ? 'PAR INDEX' : p.index),
        { value: p.result, style: numberStyleName(d, 'plain') },
        { value: p.target, style: numberStyleName(d, 'plain') },
        { value: p.projected, style: below ? 'error' : numberStyleName(d, 'plain') },
        text(`${p.assessed}/${p.leaves} (${Math.round(share * 100)}%)`, 'center'),
        text(note),
      ],
    });
  }
  const sipas = plan.criteria.find((c) => c.index === 'SIPAS' && c.code === 'total');
  if (sipas) {
    projRows.push({
      cells: [
        text('SIPAS'),
        { value: sipas.result, style: 'num2' },
        { value: sipas.target, style: 'num2' },
        text('Không dự kiến', 'center'),
        text(''),
        text('SIPAS là kết quả khảo sát sự hài lòng của người dân, tổ chức, không phải tổng điểm các tiêu chí, nên không dự kiến được từ tự đánh giá của các đơn vị.'),
      ],
    });
  }

  const sheet = (name: string, printTitle: string, cols: Column<string>[], rows: RowSpec[]) =>
    withFilter(listingSheet(plan, { name, printTitle, cols, rows, freezeCols: 0, lastPrintedCol: cols.length }), cols.length);
  const statusCount = new Map<string, number>();
  for (const l of taskLines) {
    const st = by(l.id, l.agency).get('status');
    const key = typeof st === 'string' ? st : '';
    statusCount.set(key, (statusCount.get(key) ?? 0) + 1);
  }
  const front: FrontFacts = {
    asOf,
    received: compiled.submissions.filter((x) => x.status === 'accepted').length,
    rejected: compiled.submissions.filter((x) => x.status === 'rejected').length,
    missing: compiled.missing.map((name) => ({ name, contact: contactOf(name) })),
    refused: compiled.rejected.filter((r) => r.cell !== null).map((r) => ({ file: r.file, where: r.cell ?? '', reason: refusal(r.reason, r.file) })),
    byStatus: [...statusCount].sort((a, b) => statusOrder(a[0]) - statusOrder(b[0])),
    overdue: taskLines.filter((l) => isOverdue(tasks.get(l.id)?.deadline.to ?? null, by(l.id, l.agency).get('status'), today)).length,
    belowTarget,
    projections: projectScores(plan, compiled).map((p) => {
      const coverage = p.leaves ? p.assessed / p.leaves : 0;
      return { ...p, coverage, meaningful: coverage >= PROJECTION_MIN_COVERAGE };
    }),
  };
  return readablePaper(fitRowHeights({
    font: { name: 'Times New Roman', size: 11 },
    password: null,
    styles: allStyles(),
    sheets: [
      frontSheet(plan, front),
      sheet('Tổng hợp nhiệm vụ', 'Tổng hợp nhiệm vụ', taskCols, taskRows),
      sheet('Tổng hợp tiêu chí', 'Tổng hợp tiêu chí', critCols, critRows),
      sheet('Dự kiến điểm', 'Dự kiến điểm', projCols, projRows),
      sheet('Tình hình nộp', 'Tình hình nộp', subCols, subRows),
      sheet('Nhật ký', 'Nhật ký', logCols, logRows),
    ],
  }));
}

/** The plan's own task number ('B.III.13'), as the plan and the agency workbooks show it. */
export function taskNumber(t: Task): string {
  return t.id.replace(/^TASK:/, '');
}

/** Not done and past its last day: what "Quá hạn" means everywhere in the master. */
export function isOverdue(due: string | null, status: string | number | undefined, today: string): boolean {
  const done = status === 'Đã hoàn thành' || status === 'Hoàn thành chậm' || status === 'Không thuộc phạm vi';
  return !done && due !== null && due < today;
}

/**
 * Every task × responsible unit, in the plan's order, the lead first: a unit that reported
 * nothing still has its row. Pairs reported by a unit the plan does not name come last.
 */
function taskPairs(plan: Plan, reported: [string, string][]): { id: string; agency: string; role: string }[] {
  const byTask = new Map<string, { agency: string; role: string }[]>();
  for (const a of assign(plan).assignments) {
    for (const [ids, role] of [[a.leads, 'Chủ trì'], [a.supports, 'Phối hợp']] as const) {
      for (const id of ids) byTask.set(id, [...(byTask.get(id) ?? []), { agency: a.recipient.name, role }]);
    }
  }
  const out: { id: string; agency: string; role: string }[] = [];
  const seen = new Set<string>();
  for (const t of plan.tasks) {
    const units = (byTask.get(t.id) ?? []).sort((x, y) => (x.role === y.role ? 0 : x.role === 'Chủ trì' ? -1 : 1));
    for (const u of units) {
      if (seen.has(`${t.id}\u0000${u.agency}`)) continue;
      seen.add(`${t.id}\u0000${u.agency}`);
      out.push({ id: t.id, ...u });
    }
  }
  for (const [id, agency] of reported) if (!seen.has(`${id}\u0000${agency}`)) out.push({ id, agency, role: '' });
  return out;
}

/** An evidence address as a link people can click (http/https only); anything else stays text. */
function linkCell(value: string | number | undefined): CellSpec {
  const v = typeof value === 'string' ? value.trim() : '';
  if (/^https?:\/\/[^\s"]+$/i.test(v) && v.length <= 255) return { value: v, formula: `HYPERLINK("${v}","${v}")`, style: 'linkLeft' };
  return text(value ?? null);
}

/** Every sheet of the master: a title, and an AutoFilter over its header row and table. */
function withFilter(sheet: SheetSpec, cols: number): SheetSpec {
  const last = Math.max(sheet.rows.length, HEADER_ROW + 1);
  return { ...sheet, autoFilter: `A${HEADER_ROW}:${columnLetter(cols)}${last}` };
}

/** The agency template's status list (agency-workbook is not a dependency of the master). */
const STATUS_ORDER = ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Hoàn thành chậm', 'Không thuộc phạm vi'];

/** Statuses in the order of the template's list, "not reported" last. */
function statusOrder(status: string): number {
  const i = STATUS_ORDER.indexOf(status);
  return status === '' ? 100 : i < 0 ? 50 : i;
}
