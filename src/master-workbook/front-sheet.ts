import type { Projection } from '../agencies/projection';
import type { IndexId, Plan } from '../plan/schema';
import { printSetup } from '../workbook-kit/print';
import type { CellSpec, RowSpec, SheetSpec } from '../workbook-kit/spec';
import { numberStyleName, scoreDecimals } from '../workbook-kit/styles';
import { titleRows } from '../workbook-kit/table';
import { signatureRows } from '../workbook-kit/signature';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { MASTER_FRONT_WIDTHS, MASTER_SHEET, NOT_REPORTED } from './layout';

/**
 * Tổng hợp: what Sở Nội vụ asks first, on one sheet — units received, missing and refused; whom
 * to remind; every refused value and what to do; tasks by status and overdue; criteria below
 * target; the projection with its coverage; the date of the data (in the subtitle).
 */
export interface FrontFacts {
  asOf: string;
  received: number;
  rejected: number;
  missing: { name: string; contact: string }[];
  /** The refused values named by their cell, one row each. */
  refused: { file: string; where: string; reason: string }[];
  /** All refused values, those past a sheet's cap (counted, not named) too: the count every shell gives. */
  refusedCount: number;
  /** Files whose sender is in doubt (named for another unit than their workbook's, or differing copies of one unit's): ask before trusting the figures. */
  toAsk: { file: string; reason: string }[];
  /** Status (blank: not reported) -> task × unit rows. */
  byStatus: [string, number][];
  overdue: number;
  belowTarget: { criterion: string; agency: string; self: number; target: number; index: IndexId }[];
  projections: (Projection & { coverage: number; meaningful: boolean })[];
}

const text = (value: string | number, style = 'text'): CellSpec => ({ value, style });
const head = (...labels: string[]): RowSpec => ({ cells: labels.map((h) => ({ value: h, style: 'header' })), height: 32 });
const section = (label: string): RowSpec => ({ cells: [{ value: label, style: 'label' }], height: 22 });
/** One number format per index (PAPI four decimals, as UNDP publishes it). */
const score = (index: IndexId) => numberStyleName(scoreDecimals(index), 'plain');

export function frontSheet(plan: Plan, f: FrontFacts): SheetSpec {
  const rows: RowSpec[] = [...withLegend(titleRows('TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH', f.asOf, 1), 1, { action: [LEGEND_WORDS.overdue, LEGEND_WORDS.projectedBelow] })];
  rows.push(head('Báo cáo của các đơn vị', 'Số đơn vị'));
  rows.push({ cells: [text('Đã nhận'), { value: f.received, style: 'num0' }] });
  rows.push({ cells: [text('Chưa nộp'), { value: f.missing.length, style: 'num0' }] });
  rows.push({ cells: [text('Bị từ chối (cả tệp)'), { value: f.rejected, style: 'num0' }] });
  rows.push({ cells: [] });

  // First after the counts: a file compiled for one unit may be another's report.
  if (f.toAsk.length) {
    rows.push(section(`TỆP CẦN HỎI LẠI ĐƠN VỊ GỬI (${f.toAsk.length})`));
    rows.push(head('Tệp', 'Lý do và cách xử lý'));
    for (const a of f.toAsk) rows.push({ cells: [text(a.file), text(a.reason)] });
    rows.push({ cells: [] });
  }


  rows.push(section('NHIỆM VỤ THEO TÌNH TRẠNG (mỗi nhiệm vụ × đơn vị)'));
  rows.push(head('Tình trạng', 'Số dòng'));
  for (const [status, n] of f.byStatus) rows.push({ cells: [text(status || NOT_REPORTED), { value: n, style: 'num0' }] });
  rows.push({ cells: [text('Trong đó quá hạn', f.overdue ? 'error' : 'text'), { value: f.overdue, style: 'num0' }] });
  // Which sheet to print: the task × unit rows run to hundreds of pages for a province's communes.
  const pairs = f.byStatus.reduce((n, [, k]) => n + k, 0);
  rows.push({ cells: [{ value: `Để in: trang ${MASTER_SHEET.taskSummary} (mỗi nhiệm vụ một dòng). Trang ${MASTER_SHEET.tasks} có ${pairs} dòng (mỗi nhiệm vụ × đơn vị): lọc theo đơn vị hoặc tình trạng trước khi in.`, style: 'plain' }] });
  rows.push({ cells: [] });

  rows.push(section('DỰ KIẾN ĐIỂM THEO TỰ ĐÁNH GIÁ'));
  rows.push(head('Chỉ số', 'Mục tiêu', 'Dự kiến', 'Tiêu chí đã tự đánh giá'));
  for (const p of f.projections) {
    const below = p.meaningful && p.target !== null && p.projected < p.target;
    rows.push({
      cells: [
        text(p.index === 'PAR' ? 'PAR INDEX' : p.index),
        { value: p.target, style: score(p.index) },
        p.meaningful ? { value: p.projected, style: below ? 'error' : score(p.index) } : text('Chưa đủ tự đánh giá', 'center'),
        text(`${p.assessed}/${p.leaves} (${Math.round(p.coverage * 100)}%)`, 'center'),
      ],
    });
  }
  rows.push({ cells: [] });

  rows.push(section(`ĐƠN VỊ CHƯA NỘP (${f.missing.length})`));
  if (f.missing.length) {
    rows.push(head('Đơn vị', 'Liên hệ'));
    for (const m of f.missing) rows.push({ cells: [text(m.name), text(m.contact)] });
  }
  rows.push({ cells: [] });

  rows.push(section(`GIÁ TRỊ BỊ LOẠI (${f.refusedCount}) — cần đơn vị sửa và gửi lại`));
  if (f.refused.length) {
    rows.push(head('Tệp', 'Vị trí', 'Lý do và cách sửa'));
    for (const r of f.refused) rows.push({ cells: [text(r.file), text(r.where), text(r.reason)] });
  }
  const uncounted = f.refusedCount - f.refused.length;
  if (uncounted > 0) rows.push({ cells: [text(`Và ${uncounted} giá trị bị loại khác, quá nhiều để kể từng ô: số ô của từng trang ở trang Tình hình nộp.`)] });
  rows.push({ cells: [] });

  rows.push(section(`TIÊU CHÍ TỰ ĐÁNH GIÁ DƯỚI MỤC TIÊU (${f.belowTarget.length})`));
  if (f.belowTarget.length) {
    rows.push(head('Tiêu chí', 'Đơn vị', 'Tự đánh giá', 'Mục tiêu'));
    for (const b of f.belowTarget) rows.push({ cells: [text(b.criterion), text(b.agency), { value: b.self, style: score(b.index) }, { value: b.target, style: score(b.index) }] });
  }
  // Printed and signed as a report (Nghị định 30/2020): who compiled it and who answers for it.
  for (const r of signatureRows({ left: 1, right: 3 }, { title: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký, ghi rõ họ tên, đóng dấu)' }, { title: 'NGƯỜI TỔNG HỢP', note: '(Ký, ghi rõ họ tên)' })) rows.push(r);

  return {
    name: MASTER_SHEET.front,
    state: 'visible',
    columns: MASTER_FRONT_WIDTHS.map((width) => ({ width })),
    rows,
    merges: ['A1:D1', 'A2:D2', 'A3:D3'],
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protect: false,
    print: printSetup(plan.meta, MASTER_SHEET.front, { lastRow: rows.length, lastCol: 4, titleRows: null, orientation: 'portrait' }),
    outlineSummaryAbove: true,
  };
}
