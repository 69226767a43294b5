import { findSipasCriterion } from '../checks';
import { round6 } from '../checks/tolerance';
import { roundingTolerance } from '../plan/numbers';
import type { Criterion, IndexId, Plan } from '../plan/schema';
import { criteriaColumns, INDEX_APPENDIX, INDEX_TITLE, LIST_SEPARATOR, SHEET, type CriteriaKey } from './layout';
import { printSetup } from '../workbook-kit/print';
import { cellRef, columnLetter, sheetRef, type CellSpec, type RowSpec, type SheetSpec } from '../workbook-kit/spec';
import { indentedStyle, numberStyleName } from '../workbook-kit/styles';
import { FIRST_DATA_ROW, HEADER_ROW, headerRow, titleRows } from '../workbook-kit/table';
import { sourceText, type Placement } from './placement';

/**
 * One index's criteria tree as a sheet that checks itself: on every parent row the live sum of
 * its children (SUMIFS over the parent-id column; SIPAS's overall figure is the mean of its
 * groups) beside max, result and target, and a flag when a stated value differs beyond the
 * rounding of the values written. Conditional formats mark criteria missing their targets,
 * targets above max and targets below last year's result, whatever tool edits the numbers.
 */
export function criteriaSheet(plan: Plan, index: IndexId, place: Placement): SheetSpec {
  const name = SHEET[index];
  const cols = criteriaColumns(plan.meta.resultYear, plan.meta.targetYear);
  const col = (key: CriteriaKey) => cols.findIndex((c) => c.key === key) + 1;
  const L = (key: CriteriaKey) => columnLetter(col(key));
  const criteria = plan.criteria.filter((c) => c.index === index);
  const position = new Map(plan.criteria.map((c, i) => [c.id, i + 1]));
  const last = FIRST_DATA_ROW + criteria.length - 1;
  const range = (key: CriteriaKey) => `$${L(key)}$${FIRST_DATA_ROW}:$${L(key)}$${Math.max(last, FIRST_DATA_ROW)}`;

  const children = new Map<string, Criterion[]>();
  for (const c of criteria) if (c.parent !== null) children.set(c.parent, [...(children.get(c.parent) ?? []), c]);

  const sipasLink = index === 'PAR' ? findSipasCriterion(plan) : null;
  const sipasTotalRow = place.rowOf.get('SIPAS:total');

  const rows: RowSpec[] = [...titleRows(`${INDEX_APPENDIX[index]}: ${INDEX_TITLE[index]}`, plan, col('code')), headerRow(cols)];

  criteria.forEach((c, i) => {
    const r = FIRST_DATA_ROW + i;
    const kids = children.get(c.code) ?? [];
    const variant = c.code === 'total' ? 'total' : c.level === 1 ? 'area' : kids.length > 0 ? 'bold' : 'plain';
    const textStyle = variant === 'total' ? 'totalText' : variant === 'area' ? 'areaText' : variant === 'bold' ? 'textBold' : 'text';
    const centerStyle = variant === 'total' ? 'totalCenter' : variant === 'area' ? 'areaCenter' : variant === 'bold' ? 'centerBold' : 'center';
    const num = (d: number) => numberStyleName(d, variant);
    const at = (key: CriteriaKey) => cellRef(r, col(key));

    const cells: Record<CriteriaKey, CellSpec> = {
      id: { value: c.id, style: 'text' },
      parentId: { value: c.parent === null ? '' : `${index}:${c.parent}`, style: 'text' },
      code: { value: c.code === 'total' ? '' : c.code, style: centerStyle },
      name: { value: c.name, style: indentedStyle(textStyle, c.level) },
      max: { value: c.max, style: num(c.decimals.max) },
      sumMax: { value: null, style: num(c.decimals.max) },
      result: { value: c.result, style: num(c.decimals.result) },
      sumResult: { value: null, style: num(c.decimals.result) },
      target: { value: c.target, style: num(c.decimals.target) },
      sumTarget: { value: null, style: num(c.decimals.target) },
      flag: { value: '', style: centerStyle },
      lost: { value: null, style: num(Math.max(c.decimals.max, c.decimals.result)), formula: `IF(AND(ISNUMBER(${at('max')}),ISNUMBER(${at('result')})),${at('max')}-${at('result')},"")` },
      gain: { value: null, style: num(Math.max(c.decimals.target, c.decimals.result)), formula: `IF(AND(ISNUMBER(${at('target')}),ISNUMBER(${at('result')})),MAX(0,${at('target')}-${at('result')}),"")` },
      lead: { value: c.lead.join(LIST_SEPARATOR), style: textStyle },
      level: { value: c.level, style: 'center' },
      order: { value: position.get(c.id) ?? i + 1, style: 'center' },
      source: { value: sourceText(c.source), style: 'text' },
      inherited: { value: c.leadInherited, style: 'center' },
    };
    cells.lost.value = c.max !== null && c.result !== null ? round6(c.max - c.result) : '';
    cells.gain.value = c.target !== null && c.result !== null ? round6(Math.max(0, c.target - c.result)) : '';

    if (kids.length > 0) {
      // SIPAS: the overall figure is the mean of its groups; a group is not the mean of its components.
      const mean = index === 'SIPAS';
      if (!mean || c.code === 'total') {
        const agg = mean ? 'AVERAGEIFS' : 'SUMIFS';
        const live = (value: CriteriaKey, sum: CriteriaKey) => {
          cells[sum].formula = `${agg}(${range(value)},${range('parentId')},${at('id')})`;
          const values = kids.map((k) => k[value as 'max' | 'result' | 'target']);
          cells[sum].value = values.every((v) => v !== null) ? round6(mean ? avg(values as number[]) : sum_(values as number[])) : null;
        };
        live('max', 'sumMax');
        live('result', 'sumResult');
        live('target', 'sumTarget');
        const tol = (field: 'max' | 'result' | 'target') => {
          const t = kids.reduce((s, k) => s + roundingTolerance(k.decimals[field]), 0);
          return round6((mean ? t / kids.length : t) + roundingTolerance(c.decimals[field]) + 1e-9);
        };
        const differs = (value: CriteriaKey, sum: CriteriaKey, field: 'max' | 'result' | 'target') =>
          `AND(ISNUMBER(${at(value)}),ISNUMBER(${at(sum)}),ABS(${at(value)}-${at(sum)})>${tol(field)})`;
        cells.flag.formula = `IF(OR(${differs('max', 'sumMax', 'max')},${differs('result', 'sumResult', 'result')},${differs('target', 'sumTarget', 'target')}),"⚠ Lệch tổng","✓")`;
        cells.flag.value = '✓';
      }
    }
    if (sipasLink && c.id === sipasLink.id && sipasTotalRow !== undefined) {
      // PAR's SIPAS criterion is the SIPAS result divided by ten: compare across the two sheets.
      const sipasCol = (key: CriteriaKey) => sheetRef(SHEET.SIPAS, `$${L(key)}$${sipasTotalRow}`);
      const off = (key: CriteriaKey) =>
        `AND(ISNUMBER(${at(key)}),ISNUMBER(${sipasCol(key)}),ABS(${at(key)}-${sipasCol(key)}/10)>${round6(roundingTolerance(c.decimals[key as 'result']) + 0.0005 + 1e-9)})`;
      cells.flag.formula = `IF(OR(${off('result')},${off('target')}),"⚠ Khác SIPAS/10","✓")`;
      cells.flag.value = '✓';
    }
    rows.push({ cells: cols.map((k) => cells[k.key]), outlineLevel: Math.max(0, c.level - 1) });
    place.rowOf.set(c.id, r);
  });

  const data = (key: CriteriaKey) => `${L(key)}${FIRST_DATA_ROW}:${L(key)}${Math.max(last, FIRST_DATA_ROW)}`;
  const rel = (key: CriteriaKey) => `$${L(key)}${FIRST_DATA_ROW}`;
  return {
    name,
    state: 'visible',
    columns: cols.map((c) => ({ width: c.width, hidden: c.hidden ?? false })),
    rows,
    merges: [`${L('code')}1:${L('lead')}1`, `${L('code')}2:${L('lead')}2`],
    freeze: { rows: HEADER_ROW, cols: col('name') },
    conditionalFormats:
      criteria.length === 0
        ? []
        : [
            { ref: data('result'), rules: [{ kind: 'expression', formula: `AND(ISNUMBER(${rel('result')}),ISNUMBER(${rel('target')}),${rel('result')}<${rel('target')})`, style: 'cfMissed' }] },
            {
              ref: data('target'),
              rules: [
                { kind: 'expression', formula: `AND(ISNUMBER(${rel('target')}),ISNUMBER(${rel('max')}),${rel('target')}>${rel('max')})`, style: 'cfOverMax', priority: 1 },
                { kind: 'expression', formula: `AND(ISNUMBER(${rel('target')}),ISNUMBER(${rel('result')}),${rel('target')}<${rel('result')})`, style: 'cfBelowLastYear', priority: 2 },
              ],
            },
            { ref: data('flag'), rules: [{ kind: 'expression', formula: `LEFT(${rel('flag')},1)="⚠"`, style: 'cfFlag' }] },
            { ref: data('lost'), rules: [{ kind: 'dataBar', color: 'F4B183', min: 0, max: null }] },
          ],
    validations:
      criteria.length === 0
        ? []
        : [
            { ref: data('max'), rule: { kind: 'decimal', min: '0', max: '1000', error: 'Điểm tối đa phải là số không âm.' } },
            { ref: data('result'), rule: { kind: 'decimal', min: '0', max: rel('max'), error: 'Kết quả phải là số từ 0 đến điểm tối đa.' } },
            { ref: data('target'), rule: { kind: 'decimal', min: '0', max: rel('max'), error: 'Mục tiêu phải là số từ 0 đến điểm tối đa.' } },
          ],
    protect: false,
    print: printSetup(plan.meta, `Phụ lục ${INDEX_APPENDIX[index].slice(-1)} — ${index === 'PAR' ? 'PAR INDEX' : index}`, {
      lastRow: last,
      lastCol: col('lead'),
      titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      orientation: 'landscape',
    }),
    outlineSummaryAbove: true,
  };
}

function sum_(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
function avg(xs: number[]): number {
  return xs.length ? sum_(xs) / xs.length : 0;
}
