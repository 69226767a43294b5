import type { Compiled } from '../agencies/compile';
import { reachOf } from '../agencies/sending';
import { projectScores } from '../agencies/projection';
import type { Plan } from '../plan/schema';
import { headerRow, listingSheet, planReference, titleRows, viDate } from '../workbook-kit/table';
import type { Column } from '../workbook-kit/table';
import type { CellSpec, RowSpec, WorkbookSpec } from '../workbook-kit/spec';
import { allStyles, numberStyleName } from '../workbook-kit/styles';
import { fitRowHeights } from '../workbook-kit/row-heights';

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
    { key: 'task', header: 'Nhiệm vụ', width: 44 },
    { key: 'deadline', header: 'Tiến độ', width: 13 },
    { key: 'agency', header: 'Đơn vị', width: 26 },
    { key: 'status', header: 'Tình trạng', width: 15 },
    { key: 'completedOn', header: 'Ngày hoàn thành', width: 12 },
    { key: 'result', header: 'Kết quả, sản phẩm', width: 34 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 26 },
    { key: 'issues', header: 'Khó khăn, đề xuất', width: 26 },
    { key: 'overdue', header: 'Quá hạn', width: 9 },
  ];
  const taskRows: RowSpec[] = [...titleRows('TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ', asOf, 2), headerRow(taskCols)];
  for (const [id, agency] of pairs('TASK:')) {
    const t = tasks.get(id);
    const v = by(id, agency);
    const done = v.get('status') === 'Đã hoàn thành' || v.get('status') === 'Hoàn thành chậm';
    const overdue = !done && !!t?.deadline.to && t.deadline.to < today;
    taskRows.push({
      cells: [text(id), text(t?.title ?? ''), text(t?.deadline.text ?? ''), text(agency), text(v.get('status') ?? null), text(v.get('completedOn') ?? null, 'center'), text(v.get('result') ?? null), text(v.get('evidence') ?? null), text(v.get('issues') ?? null), overdue ? { value: 'Quá hạn', style: 'error' } : text('')],
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
  const critRows: RowSpec[] = [...titleRows('TỔNG HỢP TỰ ĐÁNH GIÁ TIÊU CHÍ', asOf, 2), headerRow(critCols)];
  for (const [id, agency] of pairs('')) {
    const c = criteria.get(id);
    if (!c) continue;
    const v = by(id, agency);
    const self = v.get('selfAssessment');
    const below = typeof self === 'number' && c.target !== null && self < c.target;
    critRows.push({
      cells: [text(id), text(`${c.index} ${c.code} — ${c.name}`), text(agency), { value: c.max, style: 'num2' }, { value: c.target, style: 'num2' }, { value: typeof self === 'number' ? self : null, style: 'num2' }, below ? { value: 'Chưa đạt', style: 'error' } : text(''), text(v.get('explanation') ?? null), text(v.get('evidence') ?? null)],
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
    listingSheet(plan, { name, printTitle, cols, rows, freezeCols: 0, lastPrintedCol: cols.length });
  return fitRowHeights({
    font: { name: 'Times New Roman', size: 11 },
    password: null,
    styles: allStyles(),
    sheets: [
      sheet('Tổng hợp nhiệm vụ', 'Tổng hợp nhiệm vụ', taskCols, taskRows),
      sheet('Tổng hợp tiêu chí', 'Tổng hợp tiêu chí', critCols, critRows),
      sheet('Dự kiến điểm', 'Dự kiến điểm', projCols, projRows),
      sheet('Tình hình nộp', 'Tình hình nộp', subCols, subRows),
      sheet('Nhật ký', 'Nhật ký', logCols, logRows),
    ],
  });
}
