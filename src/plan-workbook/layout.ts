import type { IndexId } from '../plan/schema';
import type { Column } from '../workbook-kit/table';

/**
 * The layout contract of the structured workbook, used by the writer and the reader alike so
 * they cannot drift: sheet names, and each table's columns (key, Vietnamese header, width).
 * Readers find columns by header text and rows by the hidden ID column, never by position.
 */

export const SHEET = {
  overview: 'Tổng quan',
  tasks: 'PL1 Nhiệm vụ',
  PAR: 'PL2 PAR INDEX',
  SIPAS: 'PL3 SIPAS',
  PAPI: 'PL4 PAPI',
  findings: 'Kiểm tra',
  agencies: 'Đơn vị',
  meta: '_meta',
} as const;

export const INDEX_TITLE: Record<IndexId, string> = {
  PAR: 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)',
  SIPAS: 'CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS)',
  PAPI: 'CHỈ SỐ HIỆU QUẢ QUẢN TRỊ VÀ HÀNH CHÍNH CÔNG CẤP TỈNH (PAPI)',
};

export const INDEX_APPENDIX: Record<IndexId, string> = { PAR: 'PHỤ LỤC 2', SIPAS: 'PHỤ LỤC 3', PAPI: 'PHỤ LỤC 4' };

export type CriteriaKey =
  | 'id'
  | 'parentId'
  | 'code'
  | 'name'
  | 'max'
  | 'sumMax'
  | 'result'
  | 'sumResult'
  | 'target'
  | 'sumTarget'
  | 'flag'
  | 'lost'
  | 'gain'
  | 'lead'
  | 'level'
  | 'order'
  | 'source'
  | 'inherited'
  | 'precision';

export function criteriaColumns(resultYear: number | null, targetYear: number | null): Column<CriteriaKey>[] {
  const r = resultYear ? ` năm ${resultYear}` : '';
  const t = targetYear ? ` năm ${targetYear}` : '';
  return [
    { key: 'id', header: 'ID', width: 12, hidden: true },
    { key: 'parentId', header: 'ID cha', width: 12, hidden: true },
    { key: 'code', header: 'Mã', width: 7 },
    { key: 'name', header: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', width: 50 },
    { key: 'max', header: 'Điểm tối đa', width: 9 },
    { key: 'sumMax', header: 'Tổng mục con: tối đa', width: 10 },
    { key: 'result', header: `Kết quả${r}`, width: 10 },
    { key: 'sumResult', header: 'Tổng mục con: kết quả', width: 10 },
    { key: 'target', header: `Mục tiêu${t}`, width: 10 },
    { key: 'sumTarget', header: 'Tổng mục con: mục tiêu', width: 10 },
    { key: 'flag', header: 'Kiểm tra số liệu', width: 18 },
    { key: 'lost', header: 'Điểm còn mất (tối đa − kết quả)', width: 11 },
    { key: 'gain', header: 'Cần tăng (mục tiêu − kết quả)', width: 11 },
    { key: 'lead', header: 'Đơn vị chủ trì tham mưu, theo dõi', width: 30 },
    { key: 'level', header: 'Cấp', width: 5, hidden: true },
    { key: 'order', header: 'Thứ tự', width: 6, hidden: true },
    { key: 'source', header: 'Nguồn', width: 10, hidden: true },
    { key: 'inherited', header: 'Chủ trì theo dòng trên', width: 6, hidden: true },
    // The decimals the plan wrote max, result and target with ('1;2;2'): their rounding, which the
    // checks allow for; the visible cells show each index's own format instead.
    { key: 'precision', header: 'Số lẻ theo kế hoạch', width: 8, hidden: true },
  ];
}

export type TaskKey =
  | 'id'
  | 'parentId'
  | 'path'
  | 'number'
  | 'title'
  | 'deadline'
  | 'from'
  | 'to'
  | 'recurring'
  | 'lead'
  | 'support'
  | 'output'
  | 'criteria'
  | 'index'
  | 'order'
  | 'source';

export const TASK_COLUMNS: Column<TaskKey>[] = [
  { key: 'id', header: 'ID', width: 14, hidden: true },
  { key: 'parentId', header: 'ID nhóm', width: 14, hidden: true },
  { key: 'path', header: 'Thuộc', width: 11 },
  { key: 'number', header: 'TT', width: 6 },
  { key: 'title', header: 'Nhiệm vụ', width: 48 },
  { key: 'deadline', header: 'Tiến độ hoàn thành', width: 16 },
  { key: 'from', header: 'Từ ngày', width: 11 },
  { key: 'to', header: 'Đến ngày', width: 11 },
  { key: 'recurring', header: 'Định kỳ', width: 13 },
  { key: 'lead', header: 'Cơ quan chủ trì', width: 24 },
  { key: 'support', header: 'Cơ quan phối hợp', width: 24 },
  { key: 'output', header: 'Yêu cầu/Kết quả/Sản phẩm', width: 40 },
  { key: 'criteria', header: 'Tiêu chí liên quan', width: 14 },
  { key: 'index', header: 'Chỉ số', width: 7, hidden: true },
  { key: 'order', header: 'Thứ tự', width: 6, hidden: true },
  { key: 'source', header: 'Nguồn', width: 10, hidden: true },
];

export type AgencyKey = 'name' | 'code' | 'memberOf' | 'aliases' | 'collective' | 'leadTasks' | 'supportTasks' | 'leadCriteria' | 'email' | 'contact';

/** The Đơn vị sheet. Code, group, e-mail and contact are the user's to fill in: members of a group are rows whose "Thuộc nhóm" names it. */
export const AGENCY_COLUMNS: Column<AgencyKey>[] = [
  { key: 'name', header: 'Tên đơn vị (thống nhất)', width: 40 },
  { key: 'code', header: 'Mã đơn vị', width: 9 },
  { key: 'memberOf', header: 'Thuộc nhóm', width: 16 },
  { key: 'aliases', header: 'Cách viết khác trong kế hoạch', width: 40 },
  { key: 'collective', header: 'Nhóm đơn vị', width: 8 },
  { key: 'leadTasks', header: 'Số nhiệm vụ chủ trì', width: 9 },
  { key: 'supportTasks', header: 'Số nhiệm vụ phối hợp', width: 9 },
  { key: 'leadCriteria', header: 'Số tiêu chí chủ trì', width: 9 },
  { key: 'email', header: 'Email nhận báo cáo', width: 26 },
  { key: 'contact', header: 'Người liên hệ', width: 22 },
];

export type FindingKey = 'severity' | 'index' | 'item' | 'where' | 'message' | 'link' | 'rule';

export const FINDING_COLUMNS: Column<FindingKey>[] = [
  { key: 'severity', header: 'Mức', width: 10 },
  { key: 'index', header: 'Chỉ số', width: 12 },
  { key: 'item', header: 'Mục', width: 18 },
  { key: 'where', header: 'Vị trí trong kế hoạch', width: 16 },
  { key: 'message', header: 'Nội dung', width: 80 },
  { key: 'link', header: 'Đến ô', width: 9 },
  { key: 'rule', header: 'Quy tắc', width: 26, hidden: true },
];

/** Words for recurring deadlines in the PL1 sheet; the reader maps them back. */
export const RECURRING_LABEL = {
  continuous: 'Thường xuyên',
  yearly: 'Hằng năm',
  monthly: 'Hằng tháng',
  periodic: 'Định kỳ',
  event: 'Theo sự kiện',
} as const;

/** Separator between agencies in one cell; scopes in parentheses may hold ';' too, so splitting respects parentheses. */
export const LIST_SEPARATOR = '; ';

export const META_FORMAT = 'chiso-plan';
export const META_VERSION = 1;
