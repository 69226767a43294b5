import type { Column } from '../workbook-kit/table';

/**
 * Every layout of the agency report workbook this code has ever written, by template version.
 *
 * A template sent to 146 agencies stays in the field for months, so a return is read by the layout
 * of the version written in its `_meta` (row `version`), never by today's; the reader takes
 * every value it finds by header, wherever the column now sits, and names each template column
 * it cannot find once (`column-missing`). A return without a version, or with a version this code
 * never wrote, is refused with a sentence saying so.
 *
 * To change the layout (add, rename or drop a column or a sheet):
 *   1. add a version below with its whole layout, and a line to the history; never edit a past one;
 *   2. set AGENCY_TEMPLATE_VERSION to it (the writer writes the newest);
 *   3. commit a filled return of it under tests/fixtures/returns/vN/ (tests/support/make-return-fixtures.ts)
 *      — tests/agency-workbook/versions.test.ts compiles every version's fixture.
 *
 * History
 *   v1 (2025-11, issue #5): Hướng dẫn; Nhiệm vụ — ID (hidden), Vai trò, TT, Nhiệm vụ, Tiến độ hoàn
 *      thành, Yêu cầu/Kết quả/Sản phẩm (locked), then Tình trạng, Ngày hoàn thành, Kết quả, sản phẩm
 *      đạt được, Tài liệu kiểm chứng (đường dẫn), Khó khăn, vướng mắc, đề xuất (inputs), in two
 *      blocks (A. chủ trì, B. phối hợp); Tiêu chí — ID (hidden), Chỉ số, Mã, Tiêu chí, Điểm tối đa,
 *      Kết quả năm N, Mục tiêu năm N+1 (locked), Tự đánh giá năm N+1, Giải trình, Tài liệu kiểm
 *      chứng (đường dẫn) (inputs); _meta (very hidden): format, version, plan, recipient,
 *      recipientName, generatedAt, taskIds, criterionIds, lockedHash.
 *   v2 (2026-12, issue #13): as v1, and: Tiến độ hoàn thành (locked) adds the last day the plan's
 *      words were read as ('Tháng 6/2025 (hạn 30/06/2025)'); Tình trạng offers 'Không thuộc phạm
 *      vi'; Ngày hoàn thành is a text cell (dd/mm/yyyy survives an English Excel; a real date is
 *      still read); Tiêu chí is scored on leaves only: a parent's Tự đánh giá is locked, a live sum
 *      of its children (a value typed over it is not taken, and said); scores formatted per index
 *      (PAPI four decimals); no Tiêu chí sheet for a recipient that leads no criterion; row 3 of
 *      Nhiệm vụ and Tiêu chí holds the colour legend ('Chú giải màu — …', known to the reader as the
 *      template's own text, not something typed above the table).
 */

export const AGENCY_FORMAT = 'chiso-agency';

export type AgencyTaskKey = 'id' | 'role' | 'number' | 'title' | 'deadline' | 'output' | 'status' | 'completedOn' | 'result' | 'evidence' | 'issues';
export type AgencyCriterionKey = 'id' | 'index' | 'code' | 'name' | 'max' | 'result' | 'target' | 'selfAssessment' | 'explanation' | 'evidence';
export type TaskInput = 'status' | 'completedOn' | 'result' | 'evidence' | 'issues';
export type CriterionInput = 'selfAssessment' | 'explanation' | 'evidence';

/** One version's layout: what the writer wrote and what the reader looks for. */
export interface AgencyLayout {
  version: number;
  sheets: { guide: string; tasks: string; criteria: string; meta: string };
  /** Nhiệm vụ's columns in the order written. */
  taskColumns: readonly Column<AgencyTaskKey>[];
  /** Tiêu chí's columns in the order written; a header that names a year gets ` năm N` (matched by its words before it). */
  criterionColumns: (resultYear: number | null, targetYear: number | null) => readonly Column<AgencyCriterionKey>[];
  taskInputs: readonly TaskInput[];
  criterionInputs: readonly CriterionInput[];
  /** The label rows of the task blocks, and the role each block's rows show. */
  taskBlocks: { lead: { title: string; role: string }; support: { title: string; role: string } };
  statusValues: readonly string[];
  /** How the Chỉ số column names each index. */
  indexNames: { PAR: string; SIPAS: string; PAPI: string };
  // Added in v2; a layout without them (v1) wrote none of it.
  /**
   * The locked Tiến độ hoàn thành: the plan's words, then, when they name a last day the words do
   * not already spell, this text with `{day}` as dd/mm/yyyy. Absent: the plan's words alone.
   */
  deadlineDay?: string;
  /** The task cells the plan fills and locks (what a return is held against). Absent: role, number, title, deadline, output. */
  lockedTaskKeys?: readonly ('role' | 'number' | 'title' | 'deadline' | 'output')[];
  /** How Ngày hoàn thành is typed: as text dd/mm/yyyy ('text') or as an Excel date ('date', and absent). */
  dateInput?: 'text' | 'date';
  /**
   * Agencies score leaves only: a parent criterion's self-assessment is locked, the live sum of
   * its children, and a value found typed over it is not taken. Absent: every row is an input.
   */
  leavesOnly?: boolean;
  /** Decimals of the score columns by index. Absent: each cell as the plan's source had it. */
  scoreDecimals?: { PAR: number; SIPAS: number; PAPI: number };
  /** The Tiêu chí sheet is left out for a recipient that leads no criterion. Absent: always written. */
  criteriaSheetOnlyWhenCriteria?: boolean;
}

const year = (y: number | null) => (y ? ` năm ${y}` : '');

const V1: AgencyLayout = {
  version: 1,
  sheets: { guide: 'Hướng dẫn', tasks: 'Nhiệm vụ', criteria: 'Tiêu chí', meta: '_meta' },
  taskColumns: [
    { key: 'id', header: 'ID', width: 14, hidden: true },
    { key: 'role', header: 'Vai trò', width: 9 },
    { key: 'number', header: 'TT', width: 9 },
    { key: 'title', header: 'Nhiệm vụ', width: 44 },
    { key: 'deadline', header: 'Tiến độ hoàn thành', width: 14 },
    { key: 'output', header: 'Yêu cầu/Kết quả/Sản phẩm', width: 30 },
    { key: 'status', header: 'Tình trạng', width: 15 },
    { key: 'completedOn', header: 'Ngày hoàn thành', width: 12 },
    { key: 'result', header: 'Kết quả, sản phẩm đạt được', width: 30 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng (đường dẫn)', width: 24 },
    { key: 'issues', header: 'Khó khăn, vướng mắc, đề xuất', width: 26 },
  ],
  criterionColumns: (resultYear, targetYear) => [
    { key: 'id', header: 'ID', width: 12, hidden: true },
    { key: 'index', header: 'Chỉ số', width: 9 },
    { key: 'code', header: 'Mã', width: 7 },
    { key: 'name', header: 'Tiêu chí', width: 44 },
    { key: 'max', header: 'Điểm tối đa', width: 9 },
    { key: 'result', header: `Kết quả${year(resultYear)}`, width: 10 },
    { key: 'target', header: `Mục tiêu${year(targetYear)}`, width: 10 },
    { key: 'selfAssessment', header: `Tự đánh giá${year(targetYear)}`, width: 11 },
    { key: 'explanation', header: 'Giải trình', width: 34 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng (đường dẫn)', width: 24 },
  ],
  taskInputs: ['status', 'completedOn', 'result', 'evidence', 'issues'],
  criterionInputs: ['selfAssessment', 'explanation', 'evidence'],
  taskBlocks: { lead: { title: 'A. NHIỆM VỤ CHỦ TRÌ', role: 'Chủ trì' }, support: { title: 'B. NHIỆM VỤ PHỐI HỢP', role: 'Phối hợp' } },
  statusValues: ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Hoàn thành chậm'],
  indexNames: { PAR: 'PAR INDEX', SIPAS: 'SIPAS', PAPI: 'PAPI' },
};

const V2: AgencyLayout = {
  version: 2,
  sheets: { guide: 'Hướng dẫn', tasks: 'Nhiệm vụ', criteria: 'Tiêu chí', meta: '_meta' },
  taskColumns: [
    { key: 'id', header: 'ID', width: 14, hidden: true },
    { key: 'role', header: 'Vai trò', width: 9 },
    { key: 'number', header: 'TT', width: 9 },
    { key: 'title', header: 'Nhiệm vụ', width: 44 },
    { key: 'deadline', header: 'Tiến độ hoàn thành', width: 14 },
    { key: 'output', header: 'Yêu cầu/Kết quả/Sản phẩm', width: 30 },
    { key: 'status', header: 'Tình trạng', width: 15 },
    { key: 'completedOn', header: 'Ngày hoàn thành', width: 12 },
    { key: 'result', header: 'Kết quả, sản phẩm đạt được', width: 30 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng (đường dẫn)', width: 24 },
    { key: 'issues', header: 'Khó khăn, vướng mắc, đề xuất', width: 26 },
  ],
  criterionColumns: (resultYear, targetYear) => [
    { key: 'id', header: 'ID', width: 12, hidden: true },
    // Wide enough for 'PAR INDEX' in bold on a parent row.
    { key: 'index', header: 'Chỉ số', width: 11 },
    { key: 'code', header: 'Mã', width: 7 },
    { key: 'name', header: 'Tiêu chí', width: 44 },
    { key: 'max', header: 'Điểm tối đa', width: 9 },
    { key: 'result', header: `Kết quả${year(resultYear)}`, width: 10 },
    { key: 'target', header: `Mục tiêu${year(targetYear)}`, width: 10 },
    { key: 'selfAssessment', header: `Tự đánh giá${year(targetYear)}`, width: 11 },
    { key: 'explanation', header: 'Giải trình', width: 34 },
    { key: 'evidence', header: 'Tài liệu kiểm chứng (đường dẫn)', width: 24 },
  ],
  taskInputs: ['status', 'completedOn', 'result', 'evidence', 'issues'],
  criterionInputs: ['selfAssessment', 'explanation', 'evidence'],
  taskBlocks: { lead: { title: 'A. NHIỆM VỤ CHỦ TRÌ', role: 'Chủ trì' }, support: { title: 'B. NHIỆM VỤ PHỐI HỢP', role: 'Phối hợp' } },
  // 'Không thuộc phạm vi': the task does not concern this unit (a commune without the service, say).
  statusValues: ['Chưa thực hiện', 'Đang thực hiện', 'Đã hoàn thành', 'Hoàn thành chậm', 'Không thuộc phạm vi'],
  indexNames: { PAR: 'PAR INDEX', SIPAS: 'SIPAS', PAPI: 'PAPI' },
  deadlineDay: ' (hạn {day})',
  lockedTaskKeys: ['role', 'number', 'title', 'deadline', 'output'],
  dateInput: 'text',
  leavesOnly: true,
  // As each index is published: PAR INDEX and SIPAS two decimals, PAPI four (UNDP).
  scoreDecimals: { PAR: 2, SIPAS: 2, PAPI: 4 },
  criteriaSheetOnlyWhenCriteria: true,
};

/** Every version ever written, by number. */
export const AGENCY_LAYOUTS: ReadonlyMap<number, AgencyLayout> = new Map([
  [1, V1],
  [2, V2],
]);

/** The version the writer writes. */
export const AGENCY_TEMPLATE_VERSION = 2;
export const CURRENT_LAYOUT: AgencyLayout = AGENCY_LAYOUTS.get(AGENCY_TEMPLATE_VERSION)!;

/** The task cells a layout locks (v1 locked these five too, before the list was written down). */
export function lockedTaskKeys(layout: AgencyLayout): readonly ('role' | 'number' | 'title' | 'deadline' | 'output')[] {
  return layout.lockedTaskKeys ?? ['role', 'number', 'title', 'deadline', 'output'];
}

/** The layout of a version as `_meta` writes it ('1'), or null for a version this code never wrote. */
export function layoutOf(version: string): AgencyLayout | null {
  return /^\d+$/.test(version.trim()) ? (AGENCY_LAYOUTS.get(Number(version)) ?? null) : null;
}
