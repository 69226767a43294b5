import type { Assignment } from '../agencies/recipients';
import type { Criterion, Plan, Task } from '../plan/schema';
import { headerRow, planReference, titleRows } from '../workbook-kit/table';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { FILL } from '../workbook-kit/colours';
import { AGENCY_FORMAT, AGENCY_TEMPLATE_VERSION, CURRENT_LAYOUT, lockedTaskKeys, type AgencyCriterionKey, type AgencyLayout, type AgencyTaskKey } from './layout';
import { HEADER_ROW } from '../workbook-kit/table';
import { printSetup, readablePaper } from '../workbook-kit/print';
import { columnLetter, type CellSpec, type RowSpec, type SheetSpec, type WorkbookSpec } from '../workbook-kit/spec';
import { allStyles, indentedStyle, numberStyleName } from '../workbook-kit/styles';
import { fitRowHeights } from '../workbook-kit/row-heights';
import { signatureRows } from '../workbook-kit/signature';

/**
 * The report workbook one agency or commune fills in, in plain Excel or LibreOffice: Hướng dẫn,
 * Nhiệm vụ (tasks it leads, then those it supports, with input columns), Tiêu chí (criteria it
 * leads, with its self-assessment), and a very hidden _meta naming the plan, the recipient, the
 * template version and the row ids, with a hash of the locked content so a return can be checked.
 * Only input cells are unlocked.
 */

/** The writer writes the newest layout (src/agency-workbook/layout.ts keeps every version and its history). */
const LAYOUT = CURRENT_LAYOUT;
export const AGENCY_SHEET = LAYOUT.sheets;
export { AGENCY_FORMAT, AGENCY_TEMPLATE_VERSION, type AgencyCriterionKey, type AgencyTaskKey };
export const STATUS_VALUES = LAYOUT.statusValues;
export const AGENCY_TASK_COLUMNS = LAYOUT.taskColumns;
export const agencyCriterionColumns = LAYOUT.criterionColumns;

export interface AgencyWorkbookOptions {
  /** When the filled workbook is due back, as people read it ('15/12/2025'). */
  dueDate: string | null;
  /** Who collects the returns and how to reach them. */
  returnTo: string;
  /** ISO time of generation, written into _meta (kept out of the hash). */
  generatedAt: string;
  password: string | null;
  /** The reporting round, when the workbook is for one: stamped into the guide, each sheet's print header and `_meta`. */
  period?: AgencyPeriod | null;
  /** Last period's answers of this unit, by row id: written into the input cells, marked as last period's. */
  carried?: ReadonlyMap<string, CarriedAnswers> | null;
}

/**
 * A round as the workbook names it. Written into `_meta` as optional keys (period, periodName,
 * periodFrom, periodTo, unitDue, carriedFrom) beside template v1's: a return without them is a
 * return of no particular round, read as before; the reader compares `period` with the round
 * being compiled.
 */
export interface AgencyPeriod {
  id: string;
  /** 'Quý I/2026'. */
  name: string;
  /** Data range, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** When this unit's return is due, 'YYYY-MM-DD'. */
  due: string | null;
  /** The name of the round the pre-filled answers come from, when there are any. */
  carriedFrom: string | null;
}

/** A row's answers carried from last period: 'YYYY-MM-DD' for dates, a number for a self-assessment. */
export type CarriedAnswers = Partial<Record<'status' | 'completedOn' | 'result' | 'evidence' | 'issues' | 'selfAssessment' | 'explanation', string | number>>;

const dayOf = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
/** 'YYYY-MM-DD' → the sheet's day number, so a carried date is a date cell like one typed. */
const serialOf = (d: string) => Math.round((Date.parse(`${d}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);


export function agencyWorkbook(plan: Plan, assignment: Assignment, options: AgencyWorkbookOptions): WorkbookSpec {
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  const criteria = new Map(plan.criteria.map((c) => [c.id, c]));
  const led = assignment.leads.map((id) => tasks.get(id)).filter((t): t is Task => !!t);
  const supported = assignment.supports.map((id) => tasks.get(id)).filter((t): t is Task => !!t);
  const own = assignment.criteria.map((id) => criteria.get(id)).filter((c): c is Criterion => !!c && c.code !== 'total');

  // What the sheets are: this unit's report on the plan, not part of the plan itself.
  const subtitle = `Báo cáo của ${assignment.recipient.name} về thực hiện ${planReference(plan)}${options.dueDate ? `; gửi trước ngày ${options.dueDate}` : ''}`;
  const carried = options.carried ?? null;
  const suffix = options.period ? ` — ${options.period.name}` : '';
  const taskSheet = agencyTasksSheet(plan, led, supported, subtitle, carried, suffix);
  const criteriaSheet = agencyCriteriaSheet(plan, own, subtitle, carried, suffix);
  const withCriteria = own.length > 0 || !LAYOUT.criteriaSheetOnlyWhenCriteria;
  const locked = lockedContent(withCriteria ? [taskSheet, criteriaSheet] : [taskSheet]);
  const meta: [string, string | number][] = [
    ['format', AGENCY_FORMAT],
    ['version', AGENCY_TEMPLATE_VERSION],
    ['plan', plan.meta.number ?? ''],
    ['recipient', assignment.recipient.key],
    ['recipientName', assignment.recipient.name],
    ['generatedAt', options.generatedAt],
    ['taskIds', JSON.stringify([...led, ...supported].map((t) => t.id))],
    ['criterionIds', JSON.stringify(own.map((c) => c.id))],
    ['lockedHash', hashText(locked)],
    ...periodMeta(options.period ?? null),
  ];
  // Every cell the unit fills has the input colour; one pre-filled with last period's answer is in italics (one colour, one meaning).
  const input = { vAlign: 'top', border: true, unlocked: true, fill: FILL.input } as const;
  const carriedInput = { ...input, italic: true } as const;
  return readablePaper(fitRowHeights({
    font: { name: 'Times New Roman', size: 11 },
    password: options.password,
    styles: {
      ...allStyles(),
      input: { ...input, wrap: true },
      // As text, '15/07/2025' stays what was typed in an English Excel too (read as dd/mm/yyyy); a real date pasted in is read as well.
      inputDate: { ...input, hAlign: 'center', numFmt: LAYOUT.dateInput === 'text' ? '@' : 'dd/mm/yyyy' },
      inputNumber: { ...input, hAlign: 'right', numFmt: '0.00' },
      inputNumber4: { ...input, hAlign: 'right', numFmt: '0.0000' },
      // Last period's answers (a round carried forward): editable like the others, in italics.
      inputCarried: { ...carriedInput, wrap: true },
      inputCarriedDate: { ...carriedInput, hAlign: 'center', numFmt: LAYOUT.dateInput === 'text' ? '@' : 'dd/mm/yyyy' },
      inputCarriedNumber: { ...carriedInput, hAlign: 'right', numFmt: '0.00' },
      inputCarriedNumber4: { ...carriedInput, hAlign: 'right', numFmt: '0.0000' },
    },
    sheets: [
      guideSheet(plan, assignment, options, led.length, supported.length, own.length, subtitle),
      taskSheet,
      // A commune that leads no criterion gets no empty Tiêu chí sheet.
      ...(withCriteria ? [criteriaSheet] : []),
      {
        name: AGENCY_SHEET.meta,
        state: 'veryHidden',
        columns: [{ width: 16 }, { width: 80 }],
        rows: meta.map(([k, v]) => ({ cells: [{ value: k }, { value: v }] })),
        merges: [],
        freeze: null,
        conditionalFormats: [],
        validations: [],
        protect: true,
        print: null,
        outlineSummaryAbove: true,
      },
    ],
  }));
}

function guideSheet(plan: Plan, a: Assignment, o: AgencyWorkbookOptions, nLead: number, nSupport: number, nCriteria: number, subtitle: string): SheetSpec {
  const p = o.period ?? null;
  const line = (value: string, style = 'plain'): RowSpec => ({ cells: [{ value, style }] });
  const rows: RowSpec[] = [
    ...titleRows(`BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH${plan.meta.number ? ` SỐ ${plan.meta.number}` : ''}`, subtitle, 1),
    line(`Đơn vị báo cáo: ${a.recipient.name}${a.recipient.code ? ` (mã ${a.recipient.code})` : ''}`, 'label'),
    line(`Nhiệm vụ chủ trì: ${nLead}; nhiệm vụ phối hợp: ${nSupport}; tiêu chí chủ trì tham mưu, theo dõi: ${nCriteria}.`),
    ...(p ? [line(`Kỳ báo cáo: ${p.name} (số liệu từ ngày ${dayOf(p.from)} đến ngày ${dayOf(p.to)})${p.due ? `; hạn gửi: ${dayOf(p.due)}` : ''}.`, 'label')] : []),
    ...(p?.carriedFrom ? [line(`Các ô chữ nghiêng đã điền sẵn theo báo cáo kỳ ${p.carriedFrom} của đơn vị: chỉ sửa những gì đã thay đổi; nhiệm vụ đã hoàn thành giữ nguyên. Ô để trống hoặc xóa đi được hiểu là không báo cáo.`)] : []),
    line(''),
    line('Cách điền:', 'label'),
    line('1. Trang “Nhiệm vụ”: với mỗi nhiệm vụ, chọn Tình trạng trong danh sách (chọn “Không thuộc phạm vi” nếu nhiệm vụ không liên quan đến đơn vị), ghi Ngày hoàn thành dạng ngày/tháng/năm (ví dụ 15/07/2025), Kết quả, sản phẩm đạt được, đường dẫn Tài liệu kiểm chứng và Khó khăn, vướng mắc, đề xuất.'),
    line(nCriteria > 0 ? '2. Trang “Tiêu chí”: ghi điểm Tự đánh giá của từng tiêu chí thành phần (từ 0 đến điểm tối đa), Giải trình và đường dẫn Tài liệu kiểm chứng. Dòng in đậm là tiêu chí có tiêu chí thành phần: điểm được cộng tự động, không ghi vào. Điểm tự đánh giá thấp hơn mục tiêu được tô đỏ.' : '2. Đơn vị không chủ trì tiêu chí nào nên sổ tính không có trang “Tiêu chí”.'),
    line('3. Chỉ điền vào các ô nền tím nhạt; các ô khác được khóa. Không thêm, xóa hay sắp xếp lại dòng, không đổi tên trang: sổ tính được tổng hợp tự động theo mã ẩn của từng dòng.'),
    line(`4. Lưu tệp (giữ định dạng .xlsx) và gửi lại cho ${o.returnTo}${o.dueDate ? ` trước ngày ${o.dueDate}` : p?.due ? ` trước ngày ${dayOf(p.due)}` : ''}.`),
    line(''),
    // What a printed report carries (Nghị định 30/2020): who reports, for which period, and who signs.
    ...(p ? [] : [line(`Kỳ báo cáo: kết quả thực hiện Kế hoạch đến ngày gửi báo cáo${o.dueDate ? ` (hạn gửi ${o.dueDate})` : ''}.`)]),
    ...signatureRows({ left: null, right: 1 }, { title: `THỦ TRƯỞNG ${a.recipient.name.toUpperCase()}`, note: '(Ký, ghi rõ họ tên, đóng dấu)' }),
  ];
  return {
    name: AGENCY_SHEET.guide,
    state: 'visible',
    columns: [{ width: 84 }],
    rows,
    merges: [],
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protect: true,
    print: printSetup(plan.meta, `Hướng dẫn${p ? ` — ${p.name}` : ''}`, { lastRow: rows.length, lastCol: 1, titleRows: null, orientation: 'portrait' }),
    outlineSummaryAbove: true,
  };
}

/** The two blocks of the Nhiệm vụ sheet: its label row, and the role each task row shows. */
export const TASK_BLOCKS = LAYOUT.taskBlocks;

/** The plan's own words in a task row (locked), as a layout writes them: what the compiler holds a return's row against. */
export function lockedTaskCells(t: Task, role: string, layout: AgencyLayout = LAYOUT): Partial<Record<'role' | 'number' | 'title' | 'deadline' | 'output', string>> {
  // The plan's words, and beside them the last day they were read as (when the layout says it and they name one).
  const day = t.deadline.to ? t.deadline.to.split('-').reverse().join('/') : null;
  const due = layout.deadlineDay && day && !t.deadline.recurring && !t.deadline.text.includes(day) ? layout.deadlineDay.replace('{day}', day) : '';
  const all = { role, number: t.id.slice(5), title: t.title, deadline: `${t.deadline.text}${due}`, output: t.output };
  return Object.fromEntries(lockedTaskKeys(layout).map((k) => [k, all[k]]));
}

/** The plan's own values in a criterion row (locked), as a layout names the index. */
export function lockedCriterionCells(c: Criterion, layout: AgencyLayout = LAYOUT): Record<'index' | 'code' | 'name' | 'max' | 'result' | 'target', string | number | null> {
  return { index: layout.indexNames[c.index], code: c.code, name: c.name, max: c.max, result: c.result, target: c.target };
}

function agencyTasksSheet(plan: Plan, led: Task[], supported: Task[], subtitle: string, carried: ReadonlyMap<string, CarriedAnswers> | null, suffix: string): SheetSpec {
  const cols = AGENCY_TASK_COLUMNS;
  const col = (k: AgencyTaskKey) => cols.findIndex((c) => c.key === k) + 1;
  const L = (k: AgencyTaskKey) => columnLetter(col(k));
  const rows: RowSpec[] = [...withLegend(titleRows('NHIỆM VỤ, GIẢI PHÁP ĐƯỢC GIAO', subtitle, col('role')), col('role'), { input: true, carried: carried !== null }), headerRow(cols)];
  const block = (title: string, list: Task[], role: string) => {
    rows.push({ cells: cols.map((c) => (c.key === 'title' ? { value: title, style: 'areaText' } : { value: '', style: 'areaText' })) });
    for (const t of list) {
      const locked = lockedTaskCells(t, role);
      const cells: Record<AgencyTaskKey, CellSpec> = {
        id: { value: t.id, style: 'text' },
        role: { value: locked.role ?? '', style: 'center' },
        number: { value: locked.number ?? '', style: 'center' },
        title: { value: locked.title ?? '', style: 'text' },
        deadline: { value: locked.deadline ?? '', style: 'text' },
        output: { value: locked.output ?? '', style: 'text' },
        status: input(carried?.get(t.id)?.status, 'input'),
        completedOn: input(carried?.get(t.id)?.completedOn, 'inputDate'),
        result: input(carried?.get(t.id)?.result, 'input'),
        evidence: input(carried?.get(t.id)?.evidence, 'input'),
        issues: input(carried?.get(t.id)?.issues, 'input'),
      };
      rows.push({ cells: cols.map((c) => cells[c.key]) });
    }
  };
  block(TASK_BLOCKS.lead.title, led, TASK_BLOCKS.lead.role);
  block(TASK_BLOCKS.support.title, supported, TASK_BLOCKS.support.role);
  const first = HEADER_ROW + 1;
  const last = Math.max(rows.length, first);
  const range = (k: AgencyTaskKey) => `${L(k)}${first}:${L(k)}${last}`;
  return {
    name: AGENCY_SHEET.tasks,
    state: 'visible',
    columns: cols.map((c) => ({ width: c.width, hidden: c.hidden ?? false })),
    rows,
    // The legend (row 3) is left unmerged: it shows across the empty cells beside it, and whatever a
    // unit types there stays a cell of its own that the reader lists, never a value hidden by a merge.
    merges: [1, 2].map((r) => `${L('role')}${r}:${L('issues')}${r}`),
    freeze: { rows: HEADER_ROW, cols: col('title') },
    conditionalFormats: [],
    validations: [
      { ref: range('status'), rule: { kind: 'list', values: [...STATUS_VALUES], error: 'Chọn tình trạng trong danh sách.' } },
      // Dates are day numbers in a sheet: 01/01/2020 … 31/12/2050 (a text date is checked by the reader).
      ...(LAYOUT.dateInput === 'text' ? [] : [{ ref: range('completedOn'), rule: { kind: 'decimal' as const, min: '43831', max: '55153', prompt: 'Ngày dạng dd/mm/yyyy', error: 'Nhập ngày dạng dd/mm/yyyy (từ năm 2020 đến 2050).' } }]),
    ],
    protect: true,
    print: printSetup(plan.meta, `Nhiệm vụ${suffix}`, { lastRow: last, lastCol: col('issues'), titleRows: `${HEADER_ROW}:${HEADER_ROW}`, orientation: 'landscape' }),
    outlineSummaryAbove: true,
  };
}

function agencyCriteriaSheet(plan: Plan, own: Criterion[], subtitle: string, carried: ReadonlyMap<string, CarriedAnswers> | null, suffix: string): SheetSpec {
  const cols = agencyCriterionColumns(plan.meta.resultYear, plan.meta.targetYear);
  const col = (k: AgencyCriterionKey) => cols.findIndex((c) => c.key === k) + 1;
  const L = (k: AgencyCriterionKey) => columnLetter(col(k));
  const rows: RowSpec[] = [...withLegend(titleRows('TIÊU CHÍ CHỦ TRÌ THAM MƯU, THEO DÕI', subtitle, col('index')), col('index'), { input: true, carried: carried !== null, action: [LEGEND_WORDS.selfBelowTarget] }), headerRow(cols)];
  // Leaves only: a parent is the sum of its children, so its cell is locked and sums the children
  // of this sheet live (blank until one is scored); a parent whose children are not all here is
  // scored through them, by their agencies.
  const rowOfId = new Map(own.map((c, i) => [c.id, HEADER_ROW + 1 + i]));
  const top = own.reduce((m, c) => Math.min(m, c.level), Number.POSITIVE_INFINITY);
  const decimals = (c: Criterion, key: 'max' | 'result' | 'target') => (LAYOUT.scoreDecimals ? LAYOUT.scoreDecimals[c.index] : c.decimals[key]);
  for (const c of own) {
    const locked = lockedCriterionCells(c);
    const kids = LAYOUT.leavesOnly ? criterionChildren(plan, c) : [];
    const parent = kids.length > 0;
    const variant = parent ? 'bold' : 'plain';
    const kidRefs = kids.map((k) => rowOfId.get(k.id)).filter((r): r is number => r !== undefined).map((r) => `${L('selfAssessment')}${r}`);
    const sumStyle = numberStyleName(decimals(c, 'max'), 'bold');
    const self: CellSpec = !parent
      ? input(carried?.get(c.id)?.selfAssessment, scoreInputStyle(decimals(c, 'max')))
      : // A SIPAS group is no sum of its components' percentages (nor their mean): scored through them, left blank.
        kidRefs.length === kids.length && c.index !== 'SIPAS'
        ? { value: '', formula: `IF(COUNT(${kidRefs.join(',')})=0,"",SUM(${kidRefs.join(',')}))`, style: sumStyle }
        : { value: '', style: sumStyle };
    const cells: Record<AgencyCriterionKey, CellSpec> = {
      id: { value: c.id, style: 'text' },
      index: { value: locked.index, style: parent ? 'centerBold' : 'center' },
      code: { value: locked.code, style: parent ? 'centerBold' : 'center' },
      name: { value: locked.name, style: LAYOUT.leavesOnly ? indentedStyle(parent ? 'textBold' : 'text', c.level - top + 1) : 'text' },
      max: { value: locked.max, style: numberStyleName(decimals(c, 'max'), variant) },
      result: { value: locked.result, style: numberStyleName(decimals(c, 'result'), variant) },
      target: { value: locked.target, style: numberStyleName(decimals(c, 'target'), variant) },
      selfAssessment: self,
      explanation: input(carried?.get(c.id)?.explanation, 'input'),
      evidence: input(carried?.get(c.id)?.evidence, 'input'),
    };
    rows.push({ cells: cols.map((k) => cells[k.key]) });
  }
  const first = HEADER_ROW + 1;
  const last = Math.max(rows.length, first);
  const rel = (k: AgencyCriterionKey) => `$${L(k)}${first}`;
  return {
    name: AGENCY_SHEET.criteria,
    state: 'visible',
    columns: cols.map((c) => ({ width: c.width, hidden: c.hidden ?? false })),
    rows,
    merges: [1, 2].map((r) => `${L('index')}${r}:${L('evidence')}${r}`),
    freeze: { rows: HEADER_ROW, cols: col('name') },
    conditionalFormats: [
      {
        ref: `${L('selfAssessment')}${first}:${L('selfAssessment')}${last}`,
        rules: [{ kind: 'expression', formula: `AND(ISNUMBER(${rel('selfAssessment')}),ISNUMBER(${rel('target')}),${rel('selfAssessment')}<${rel('target')})`, style: 'cfMissed' }],
      },
    ],
    validations: [{ ref: `${L('selfAssessment')}${first}:${L('selfAssessment')}${last}`, rule: { kind: 'decimal', min: '0', max: rel('max'), prompt: 'Từ 0 đến điểm tối đa', error: 'Điểm tự đánh giá phải từ 0 đến điểm tối đa của tiêu chí.' } }],
    protect: true,
    print: printSetup(plan.meta, `Tiêu chí${suffix}`, { lastRow: last, lastCol: col('evidence'), titleRows: `${HEADER_ROW}:${HEADER_ROW}`, orientation: 'landscape' }),
    outlineSummaryAbove: true,
  };
}

/** An input cell: empty, or holding last period's answer in the carried style. */
function input(value: string | number | undefined, style: 'input' | 'inputDate' | 'inputNumber' | 'inputNumber4'): CellSpec {
  if (value === undefined || value === '') return { value: null, style };
  const carried = style.replace('input', 'inputCarried');
  // A carried date is written as the layout asks a date to be typed: text dd/mm/yyyy, or a date cell.
  if (style === 'inputDate' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { value: LAYOUT.dateInput === 'text' ? dayOf(value) : serialOf(value), style: carried };
  return { value, style: carried };
}

/** The round's optional `_meta` keys (none for a workbook of no particular round). */
function periodMeta(p: AgencyPeriod | null): [string, string][] {
  if (!p) return [];
  return [
    ['period', p.id],
    ['periodName', p.name],
    ['periodFrom', p.from],
    ['periodTo', p.to],
    ['unitDue', p.due ?? ''],
    ['carriedFrom', p.carriedFrom ?? ''],
  ];
}

/** The locked (non-empty, non-input) cells of the sheets a recipient fills in, as one text: what the hash in _meta covers. */
export function lockedContent(sheets: SheetSpec[]): string {
  const parts: string[] = [];
  for (const s of sheets) {
    s.rows.forEach((r, i) =>
      r.cells.forEach((c, j) => {
        // Input cells are the unit's (a pre-filled one too): never part of the locked content.
        if (!c || c.value === null || c.value === '' || c.style?.startsWith('input')) return;
        parts.push(`${s.name}!${columnLetter(j + 1)}${i + 1}=${String(c.value)}`);
      }),
    );
  }
  return parts.join('\n');
}

/** A 53-bit text hash (cyrb53): enough to notice edited locked cells; it is not a security seal. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** A criterion's children in the plan (same index, parent code): a parent's score is their sum. */
export function criterionChildren(plan: Pick<Plan, 'criteria'>, c: Criterion): Criterion[] {
  return plan.criteria.filter((k) => k.index === c.index && k.parent === c.code);
}

function scoreInputStyle(decimals: number): 'inputNumber' | 'inputNumber4' {
  return decimals >= 4 ? 'inputNumber4' : 'inputNumber';
}
