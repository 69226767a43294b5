import type { RowSpec } from './spec';

/**
 * What a colour means, one meaning each across the plan workbook, the agency workbooks and the
 * master (issue #13): red marks what needs action (a sum that does not add up, a target above the
 * max, a task overdue, a score below its target), yellow what needs a second look (a target below
 * last year's result, a deadline not read as a date, a task without a lead, a unit that has not
 * sent its report), the orange bar the points still lost; in an agency workbook light purple
 * marks the cells the unit fills in. The colours themselves are defined once, in colours.ts;
 * header, area and total rows are named by their own words. Nothing else is coloured: a result
 * below next year's target is what the plan is for, not an alarm. Each sheet that colours cells
 * says so in its title block (row 3), in the words below.
 */
export const COLOUR_STYLE = { action: 'error', review: 'warning' } as const;

export interface LegendParts {
  /** What red marks on this sheet. */
  action?: readonly string[];
  /** What yellow marks on this sheet. */
  review?: readonly string[];
  /** The sheet has the orange bars of points lost. */
  lostBar?: boolean;
  /** The sheet has cells for the unit to fill (agency workbooks): light purple. */
  input?: boolean;
  /** Some of them are pre-filled with last period's answers (in italics). */
  carried?: boolean;
}

export const LEGEND_WORDS = {
  lead: 'Chú giải màu',
  action: 'nền đỏ: cần xử lý',
  review: 'nền vàng: cần xem lại',
  lostBar: 'thanh màu cam: điểm còn mất (tối đa − kết quả)',
  sumMismatch: 'tổng các mục con lệch (⚠)',
  overMax: 'mục tiêu vượt điểm tối đa',
  belowLastYear: 'mục tiêu thấp hơn kết quả năm trước',
  deadlineUnread: 'tiến độ chưa đọc được thành ngày',
  noLead: 'chưa có đơn vị chủ trì',
  selfBelowTarget: 'tự đánh giá thấp hơn mục tiêu',
  overdue: 'nhiệm vụ quá hạn',
  projectedBelow: 'dự kiến thấp hơn mục tiêu',
  notSent: 'đơn vị chưa nộp báo cáo',
  input: 'nền tím nhạt: ô để điền',
  changeWorse: 'thay đổi theo chiều xấu (tình trạng lùi lại, tự đánh giá giảm, bỏ tài liệu kiểm chứng, mới quá hạn)',
  sentLate: 'đơn vị nộp báo cáo trễ hạn',
  findingError: 'lỗi',
  findingWarning: 'cảnh báo',
  carried: 'chữ nghiêng: điền sẵn theo báo cáo kỳ trước, sửa nếu đã thay đổi',
} as const;

/** The legend line of a sheet: 'Chú giải màu — nền đỏ: cần xử lý (…); nền vàng: cần xem lại (…)'. */
export function legendText(p: LegendParts): string {
  const W = LEGEND_WORDS;
  const parts = [
    p.input ? W.input : null,
    p.input && p.carried ? W.carried : null,
    p.action?.length ? `${W.action} (${p.action.join(', ')})` : null,
    p.review?.length ? `${W.review} (${p.review.join(', ')})` : null,
    p.lostBar ? W.lostBar : null,
  ].filter((x): x is string => x !== null);
  return `${W.lead} — ${parts.join('; ')}.`;
}

/**
 * The title block's third row (empty before) carrying the legend, from `startCol` (where the
 * title is merged from); the sheet merges it over the print area as it does the title.
 */
export function withLegend(rows: RowSpec[], startCol: number, p: LegendParts): RowSpec[] {
  const legend: RowSpec = { cells: [...Array<null>(startCol - 1).fill(null), { value: legendText(p), style: 'legend' }], height: 18 };
  return rows.map((r, i) => (i === 2 ? legend : r));
}
