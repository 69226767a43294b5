import type { Column } from '../workbook-kit/table';

/**
 * The master's layout, shared by its writer and its reader so the two cannot drift: the visible
 * sheets people read (found again by their header text) and the very hidden sheets that carry
 * the plan as it was compiled (its heading, tasks, criteria and units), so the master alone is
 * enough to write the report Sở Nội vụ sends.
 *
 * Versions (a reader refuses a master newer than it knows):
 *   1: the visible sheets list what came back; the hidden plan sheets what was expected.
 *   2 (issue #13): a front sheet Tổng hợp first; Tổng hợp nhiệm vụ has a row per task × responsible
 *      unit, a unit that sent nothing included, its status blank where the unit has not reported
 *      on the task ('chưa báo cáo'; a reader of v1 would take those rows for reports; such a row
 *      is one line high), with the plan's task number (TT) and the parsed last day (Hạn) as a real date;
 *      Dự kiến điểm adds Ghi chú and writes coverage as 'n/m (p%)'.
 *      Later in v2: Tóm tắt nhiệm vụ after Tổng hợp, counted from Tổng hợp nhiệm vụ and never read
 *      back (a reader finds every sheet by name and header, so this needs no new version).
 */

export const MASTER_FORMAT = 'chiso-master';
export const MASTER_VERSION = 2;

export const MASTER_SHEET = {
  tasks: 'Tổng hợp nhiệm vụ',
  criteria: 'Tổng hợp tiêu chí',
  projection: 'Dự kiến điểm',
  submissions: 'Tình hình nộp',
  log: 'Nhật ký',
  meta: '_meta',
  planTasks: '_tasks',
  planCriteria: '_criteria',
  units: '_units',
  /** What Sở Nội vụ asks first, on one sheet (written first; nothing on it is read back: it is counted from the others). */
  front: 'Tổng hợp',
  // Reporting periods (issue #15): each its own file beside write.ts.
  changes: 'Thay đổi so với kỳ trước',
  history: 'Lịch sử theo kỳ',
  timeliness: 'Đúng hạn',
  /** A row per task, counted from the task × unit rows: the sheet to print. */
  taskSummary: 'Tóm tắt nhiệm vụ',
} as const;

/** What the visible sheets say for a submission's state, and for a unit that sent nothing. */
export const SUBMISSION_STATUS = { accepted: 'Đã nhận', rejected: 'Từ chối', superseded: 'Bị thay thế' } as const;
export const MISSING_STATUS = 'Chưa nộp';
export const OVERDUE_MARK = 'Quá hạn';
export const BELOW_MARK = 'Chưa đạt';
export const ROLE = { lead: 'Chủ trì', support: 'Phối hợp' } as const;
/**
 * The agency template's statuses in its list's order (agency-workbook is no dependency of the
 * master): the front sheet counts by them; a task done or not concerning the unit is never overdue.
 */
export const TASK_STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Hoàn thành chậm', 'Không thuộc phạm vi'] as const;
export const NOT_OVERDUE_STATUSES: ReadonlySet<string> = new Set(['Đã hoàn thành', 'Hoàn thành chậm', 'Không thuộc phạm vi']);
/** Statuses that count as done (late or not). */
export const DONE_STATUSES: ReadonlySet<string> = new Set(['Đã hoàn thành', 'Hoàn thành chậm']);
/** How the front sheet names a task × unit row with no status. */
export const NOT_REPORTED = 'Chưa báo cáo';

/** Keys of the _meta sheet (column A), each with its value in column B. */
export type MasterMetaKey = 'format' | 'version' | 'number' | 'issuer' | 'planDate' | 'title' | 'resultYear' | 'targetYear' | 'dataDate' | 'period' | 'periodName' | 'periodFrom' | 'periodTo' | 'unitDue' | 'previousPeriod';

/** Columns of the hidden plan sheets: the header row is these keys, as written. */
export const PLAN_TASK_KEYS = ['id', 'index', 'area', 'areaTitle', 'number', 'title', 'deadline', 'due', 'lead', 'support'] as const;
export const PLAN_CRITERION_KEYS = ['id', 'index', 'code', 'parent', 'level', 'name', 'max', 'result', 'target', 'lead'] as const;
export const UNIT_KEYS = ['key', 'name', 'kind', 'code', 'group', 'leads', 'supports', 'criteria'] as const;

/** The visible sheets' columns, found again by their header text. */
const columns = <K extends string>(cols: Column<K>[]): Column<K>[] => cols;

// The task's words take the widest column, so a row wraps into few lines on A3 landscape (at
// least 10 pt in print): 230 width units fit 375 mm at 10/11 of 11 pt.
export const MASTER_TASK_COLUMNS = columns([
  { key: 'id', header: 'ID', width: 12, hidden: true },
  { key: 'number', header: 'TT', width: 8 },
  { key: 'task', header: 'Nhiệm vụ', width: 58 },
  { key: 'deadline', header: 'Tiến độ', width: 15 },
  { key: 'due', header: 'Hạn', width: 11 },
  { key: 'agency', header: 'Đơn vị', width: 20 },
  { key: 'role', header: 'Vai trò', width: 9 },
  { key: 'status', header: 'Tình trạng', width: 15 },
  { key: 'completedOn', header: 'Ngày hoàn thành', width: 11 },
  { key: 'result', header: 'Kết quả, sản phẩm', width: 30 },
  { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 18 },
  { key: 'issues', header: 'Khó khăn, đề xuất', width: 26 },
  { key: 'overdue', header: 'Quá hạn', width: 9 },
]);
/**
 * Tóm tắt nhiệm vụ: a row per task of the plan, counted from the rows of Tổng hợp nhiệm vụ
 * (what an official prints: a few pages, where the task × unit sheet takes hundreds). The
 * overdue names leave out units already listed as not reported (those count as overdue too).
 * Agencies are named; communes too, up to SUMMARY_COMMUNE_NAMES of them, beyond that counted
 * (a task of every commune would list 126 names: 74 pages where 16 do).
 */
export const SUMMARY_COMMUNE_NAMES = 10;
export const MASTER_TASK_SUMMARY_COLUMNS = columns([
  { key: 'id', header: 'ID', width: 12, hidden: true },
  { key: 'number', header: 'TT', width: 8 },
  { key: 'task', header: 'Nhiệm vụ', width: 44 },
  { key: 'due', header: 'Hạn', width: 11 },
  { key: 'units', header: 'Số đơn vị thực hiện', width: 10 },
  { key: 'reported', header: 'Đã báo cáo', width: 9 },
  { key: 'done', header: 'Đã hoàn thành', width: 10 },
  { key: 'overdue', header: 'Quá hạn', width: 9 },
  // The lists of names make a row's height: they take what A3 landscape leaves at 10 pt.
  { key: 'notReported', header: 'Đơn vị chưa báo cáo (trên 10 xã, phường: ghi số lượng, tên ở trang Tổng hợp nhiệm vụ)', width: 64 },
  { key: 'lateReported', header: 'Đơn vị đã báo cáo nhưng quá hạn (trên 10 xã, phường: ghi số lượng)', width: 64 },
]);
export const MASTER_CRITERION_COLUMNS = columns([
  { key: 'id', header: 'ID', width: 12, hidden: true },
  { key: 'criterion', header: 'Tiêu chí', width: 44 },
  { key: 'agency', header: 'Đơn vị', width: 26 },
  { key: 'max', header: 'Điểm tối đa', width: 9 },
  { key: 'target', header: 'Mục tiêu', width: 9 },
  { key: 'self', header: 'Tự đánh giá', width: 10 },
  { key: 'gap', header: 'Chưa đạt mục tiêu', width: 11 },
  { key: 'explanation', header: 'Giải trình', width: 34 },
  { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 26 },
]);
export const MASTER_SUBMISSION_COLUMNS = columns([
  { key: 'file', header: 'Tệp', width: 36 },
  { key: 'agency', header: 'Đơn vị', width: 30 },
  { key: 'status', header: 'Tình trạng', width: 14 },
  { key: 'where', header: 'Vị trí', width: 20 },
  { key: 'reason', header: 'Lý do', width: 44 },
  { key: 'contact', header: 'Liên hệ', width: 30 },
]);
export const MASTER_LOG_COLUMNS = columns([
  { key: 'file', header: 'Tệp', width: 36 },
  { key: 'sha', header: 'SHA-256', width: 30 },
  { key: 'agency', header: 'Đơn vị', width: 28 },
  { key: 'rows', header: 'Giá trị đọc được', width: 10 },
  { key: 'found', header: 'Ghi nhận', width: 40 },
  { key: 'received', header: 'Ngày lưu tệp', width: 12 },
  // When a compile first saw these bytes (kept from run to run), and a day a person enters for a return received on paper or through the document system.
  { key: 'firstSeen', header: 'Lần đầu nhận', width: 16 },
  { key: 'entered', header: 'Ngày nhận (nhập tay)', width: 12 },
]);
export const MASTER_PROJECTION_COLUMNS = columns([
  { key: 'index', header: 'Chỉ số', width: 14 },
  { key: 'result', header: 'Kết quả năm trước', width: 12 },
  { key: 'target', header: 'Mục tiêu', width: 12 },
  { key: 'projected', header: 'Dự kiến theo tự đánh giá', width: 14 },
  { key: 'assessed', header: 'Tiêu chí đã tự đánh giá', width: 14 },
  { key: 'note', header: 'Ghi chú', width: 60 },
]);
/** The share of leaf criteria self-assessed from which a projection is judged against its target (the master and the report). */
export const PROJECTION_MIN_COVERAGE = 0.5;

/** The front sheet's four columns (it holds several small tables, one under another). */
export const MASTER_FRONT_WIDTHS = [48, 30, 48, 16] as const;

/** Changes against the previous period's master: one row per answer that differs, or task newly overdue. */
// The round's long listings take A3 landscape, the item's words its widest column, so rows wrap into few lines (as Tổng hợp nhiệm vụ).
export const MASTER_CHANGE_COLUMNS = columns([
  { key: 'id', header: 'ID', width: 12, hidden: true },
  { key: 'item', header: 'Nhiệm vụ, tiêu chí', width: 70 },
  { key: 'agency', header: 'Đơn vị', width: 26 },
  { key: 'field', header: 'Nội dung', width: 16 },
  { key: 'before', header: 'Kỳ trước', width: 26 },
  { key: 'after', header: 'Kỳ này', width: 26 },
  { key: 'kind', header: 'Nhận xét', width: 24 },
]);
/** Every answer of every period compiled so far, a row per task or criterion and unit: what carry-forward and the next history read back. */
export const MASTER_HISTORY_COLUMNS = columns([
  { key: 'id', header: 'ID', width: 12, hidden: true },
  { key: 'item', header: 'Nhiệm vụ, tiêu chí', width: 60 },
  { key: 'agency', header: 'Đơn vị', width: 24 },
  // Then, for each round in order, its answers: one column per field the round holds, headed 'Tình trạng — Quý I/2026'.
  { key: 'status', header: 'Tình trạng', width: 15 },
  { key: 'completedOn', header: 'Ngày hoàn thành', width: 12 },
  { key: 'result', header: 'Kết quả, sản phẩm', width: 28 },
  { key: 'selfAssessment', header: 'Tự đánh giá', width: 10 },
  { key: 'explanation', header: 'Giải trình', width: 24 },
  { key: 'evidence', header: 'Tài liệu kiểm chứng', width: 22 },
  { key: 'issues', header: 'Khó khăn, đề xuất', width: 22 },
]);
/** Each expected unit's return against its due date (PAR INDEX criterion 1.2). */
export const MASTER_TIMELINESS_COLUMNS = columns([
  { key: 'agency', header: 'Đơn vị', width: 32 },
  { key: 'due', header: 'Hạn nộp', width: 12 },
  { key: 'arrived', header: 'Ngày nhận', width: 12 },
  // One line each where it can on A4 landscape: 'Lần đầu tổng hợp thấy tệp', a commune's file name.
  { key: 'source', header: 'Căn cứ ngày nhận', width: 24 },
  { key: 'file', header: 'Tệp', width: 38 },
  { key: 'state', header: 'Tình trạng', width: 16 },
  { key: 'days', header: 'Số ngày trễ', width: 10 },
]);
/** What the timeliness sheet says of a unit. */
export const TIMELINESS_STATE = { 'on-time': 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa nộp', 'no-due': 'Không có hạn' } as const;
export const ARRIVAL_SOURCE = { 'first-seen': 'Lần đầu tổng hợp thấy tệp', entered: 'Ngày nhập tay' } as const;
/** What the changes sheet says a change means. */
export const CHANGE_KIND = {
  completed: 'Mới hoàn thành',
  backwards: 'Tình trạng lùi lại',
  'assessment-fell': 'Tự đánh giá giảm',
  'evidence-removed': 'Bỏ tài liệu kiểm chứng',
  'newly-overdue': 'Mới quá hạn',
  changed: 'Thay đổi',
} as const;
/** How the changes sheet names each answer field. */
export const ANSWER_FIELD = {
  status: 'Tình trạng',
  completedOn: 'Ngày hoàn thành',
  result: 'Kết quả, sản phẩm',
  evidence: 'Tài liệu kiểm chứng',
  issues: 'Khó khăn, đề xuất',
  selfAssessment: 'Tự đánh giá',
  explanation: 'Giải trình',
} as const;
