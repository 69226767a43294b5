import type { Criterion, Finding, IndexId, Plan } from '../plan/schema';
import { planReference, titleRows } from '../workbook-kit/table';
import { criteriaColumns, INDEX_TITLE, LIST_SEPARATOR, SHEET, type CriteriaKey } from './layout';
import { printSetup } from '../workbook-kit/print';
import { columnLetter, sheetRef, type CellSpec, type RowSpec, type SheetSpec } from '../workbook-kit/spec';
import { numberStyleName, scoreDecimals } from '../workbook-kit/styles';

const INDICES: IndexId[] = ['PAR', 'SIPAS', 'PAPI'];

/**
 * The first page people read: the plan, each index's result, target and points still at stake
 * (live formulas on the index sheets), findings by severity, and the ten criteria with most
 * points at stake.
 */
export function overviewSheet(plan: Plan, findings: Finding[], rowOf: Map<string, number>, severityWord: Record<Finding['severity'], string>): SheetSpec {
  const m = plan.meta;
  const rows: RowSpec[] = [...titleRows('TỔNG QUAN KẾ HOẠCH NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI', `Tóm tắt ${planReference(plan)}, lập từ số liệu của các phụ lục`, 1)];
  const cc = criteriaColumns(m.resultYear, m.targetYear);
  const L = (key: CriteriaKey) => columnLetter(cc.findIndex((c) => c.key === key) + 1);
  const text = (value: string, style = 'plain'): CellSpec => ({ value, style });
  // Counted live on the index sheet: criteria (not the total row, whose code is blank) whose result is below target.
  const missedCell = (index: IndexId, missed: number): CellSpec => {
    const ids = plan.criteria.filter((c) => c.index === index);
    const first = ids.map((c) => rowOf.get(c.id)).filter((r): r is number => r !== undefined);
    if (first.length === 0) return { value: missed, style: 'num0' };
    const [a, b] = first.reduce(([lo, hi], r) => [Math.min(lo, r), Math.max(hi, r)], [Number.POSITIVE_INFINITY, 0]);
    const r = (key: CriteriaKey) => sheetRef(SHEET[index], `$${L(key)}$${a}:$${L(key)}$${b}`);
    return { value: missed, formula: `SUMPRODUCT(ISNUMBER(${r('result')})*ISNUMBER(${r('target')})*(${r('result')}<${r('target')})*(${r('code')}<>""))`, style: 'num0' };
  };
  const live = (id: string, index: IndexId, key: CriteriaKey, value: number | null, decimals: number): CellSpec => {
    const row = rowOf.get(id);
    if (row === undefined) return { value: value ?? '', style: numberStyleName(scoreDecimals(index, decimals), 'plain') };
    // A reference to an empty cell is 0 to the engine: a missing value stays blank instead.
    const ref = sheetRef(SHEET[index], `${L(key)}${row}`);
    return { value: value ?? '', formula: value === null ? `IF(ISNUMBER(${ref}),${ref},"")` : ref, style: numberStyleName(scoreDecimals(index, decimals), 'plain') };
  };

  rows.push({ cells: [text('Kế hoạch số', 'label'), text(m.number ?? '')] });
  rows.push({ cells: [text('Ngày ban hành', 'label'), text(m.date ? m.date.split('-').reverse().join('/') : '')] });
  rows.push({ cells: [text('Cơ quan ban hành', 'label'), text(m.issuer ?? '')] });
  rows.push({ cells: [text('Trích yếu', 'label'), text(m.title ?? '')], height: 45 });
  rows.push({ cells: [] });

  const y1 = m.resultYear ? ` ${m.resultYear}` : '';
  const y2 = m.targetYear ? ` ${m.targetYear}` : '';
  rows.push({ cells: ['Chỉ số', 'Điểm tối đa', `Kết quả${y1}`, `Mục tiêu${y2}`, 'Cần tăng (mục tiêu − kết quả)', 'Còn cách điểm tối đa khi đạt mục tiêu (tối đa − mục tiêu)', 'Tiêu chí chưa đạt mục tiêu'].map((h) => ({ value: h, style: 'header' })), height: 48 });
  for (const index of INDICES) {
    const total = plan.criteria.find((c) => c.index === index && c.code === 'total');
    if (!total) continue;
    const r = rows.length + 1;
    const missed = plan.criteria.filter((c) => c.index === index && c.code !== 'total' && c.result !== null && c.target !== null && c.result < c.target).length;
    const d = scoreDecimals(index, Math.max(total.decimals.result, total.decimals.target));
    rows.push({
      cells: [
        text(INDEX_TITLE[index], 'textBold'),
        live(total.id, index, 'max', total.max, total.decimals.max),
        live(total.id, index, 'result', total.result, total.decimals.result),
        live(total.id, index, 'target', total.target, total.decimals.target),
        { value: total.target !== null && total.result !== null ? total.target - total.result : '', formula: `IF(AND(ISNUMBER(D${r}),ISNUMBER(C${r})),D${r}-C${r},"")`, style: numberStyleName(d, 'plain') },
        { value: total.max !== null && total.target !== null ? total.max - total.target : '', formula: `IF(AND(ISNUMBER(B${r}),ISNUMBER(D${r})),B${r}-D${r},"")`, style: numberStyleName(d, 'plain') },
        missedCell(index, missed),
      ],
    });
  }
  rows.push({ cells: [] });

  rows.push({ cells: ['Kết quả kiểm tra', ...(['error', 'warning', 'info'] as const).map((s) => severityWord[s])].map((h) => ({ value: h, style: 'header' })), height: 30 });
  rows.push({
    cells: [
      text('Số phát hiện', 'textBold'),
      ...(['error', 'warning', 'info'] as const).map((s): CellSpec => {
        const n = findings.filter((f) => f.severity === s).length;
        return { value: n, formula: `COUNTIF(${sheetRef(SHEET.findings, `$A$5:$A$${4 + Math.max(findings.length, 1)}`)},"${severityWord[s]}")`, style: 'num0' };
      }),
    ],
  });
  rows.push({ cells: [] });

  // Ranked per index: raw points of different indices do not compare (PAPI's would always lead).
  // Each table prints on one page with its title and header (1-based rows, for the print setup).
  const keepTogether: [number, number][] = [];
  for (const index of ['PAR', 'PAPI'] as const) {
    const top = topAtStake(plan.criteria.filter((c) => c.index === index), 5);
    if (top.length === 0) continue;
    const from = rows.length + 1;
    rows.push({ cells: [text(`${index === 'PAR' ? 'PAR INDEX' : index}: NĂM TIÊU CHÍ CÒN MẤT NHIỀU ĐIỂM NHẤT (điểm còn mất = tối đa − kết quả)`, 'label')] });
    rows.push({ cells: ['Chỉ số', 'Mã', 'Tiêu chí', 'Điểm tối đa', `Kết quả${y1}`, `Mục tiêu${y2}`, 'Điểm còn mất', 'Đơn vị chủ trì'].map((h) => ({ value: h, style: 'header' })), height: 32 });
    for (const c of top) {
      rows.push({
        cells: [
          text(index === 'PAR' ? 'PAR INDEX' : index, 'center'),
          text(c.code, 'center'),
          text(c.name, 'text'),
          live(c.id, c.index, 'max', c.max, c.decimals.max),
          live(c.id, c.index, 'result', c.result, c.decimals.result),
          live(c.id, c.index, 'target', c.target, c.decimals.target),
          live(c.id, c.index, 'lost', c.max !== null && c.result !== null ? c.max - c.result : null, Math.max(c.decimals.max, c.decimals.result)),
          text(c.lead.join(LIST_SEPARATOR), 'text'),
        ],
      });
    }
    keepTogether.push([from, rows.length]);
    rows.push({ cells: [] });
  }
  return {
    name: SHEET.overview,
    state: 'visible',
    columns: [{ width: 44 }, { width: 12 }, { width: 44 }, { width: 11 }, { width: 13 }, { width: 13 }, { width: 12 }, { width: 30 }],
    rows,
    merges: ['A1:H1', 'A2:H2', 'B4:H4', 'B5:H5', 'B6:H6', 'B7:H7'],
    freeze: null,
    conditionalFormats: [],
    validations: [],
    protect: false,
    print: { ...printSetup(m, 'Tổng quan', { lastRow: rows.length, lastCol: 8, titleRows: null, orientation: 'landscape' }), keepTogether },
    outlineSummaryAbove: true,
  };
}

/**
 * Leaf criteria (no children) ranked by points lost against the max, largest first. SIPAS values
 * are percentages of satisfaction, not points of a total, so they are ranked on their own sheet only.
 */
export function topAtStake(criteria: Criterion[], n: number): Criterion[] {
  const parents = new Set(criteria.map((c) => `${c.index}:${c.parent}`));
  return criteria
    .filter((c) => c.index !== 'SIPAS' && c.code !== 'total' && !parents.has(c.id) && c.max !== null && c.result !== null && c.max > c.result)
    .map((c) => ({ c, lost: (c.max ?? 0) - (c.result ?? 0) }))
    .sort((a, b) => b.lost - a.lost)
    .slice(0, n)
    .map((x) => x.c);
}
