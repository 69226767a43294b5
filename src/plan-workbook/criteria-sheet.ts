import { findSipasCriterion } from '../checks';
import { round6 } from '../checks/tolerance';
import { roundingTolerance } from '../plan/numbers';
import type { Criterion, IndexId, Plan } from '../plan/schema';
import { VALUE_FIELDS, type ValueField } from '../plan/finding';
import { childrenAreSubset } from '../plan/partial';
import { criteriaColumns, INDEX_APPENDIX, INDEX_TITLE, LIST_SEPARATOR, SHEET, type CriteriaKey } from './layout';
import { printSetup } from '../workbook-kit/print';
import { cellRef, columnLetter, sheetRef, type CellSpec, type RowSpec, type SheetSpec } from '../workbook-kit/spec';
import { indentedStyle, numberStyleName, scoreDecimals } from '../workbook-kit/styles';
import { LEGEND_WORDS, withLegend } from '../workbook-kit/legend';
import { FILL } from '../workbook-kit/colours';
import { appendixSubtitle, FIRST_DATA_ROW, HEADER_ROW, headerRow, titleRows } from '../workbook-kit/table';
import { sourceText, type Placement } from './placement';

/**
 * One index's criteria tree as a sheet that checks itself: on every parent row the live sum of
 * its children (SUMIFS over the parent-id column; SIPAS's overall figure is the mean of its
 * groups) beside max, result and target, and a flag when a stated value differs beyond the
 * rounding of the values written. Conditional formats mark what needs action (a flag, a target
 * above max: red) or a second look (a target below last year's result: yellow), whatever tool
 * edits the numbers; a result below next year's target is the plan's reason to exist, not marked.
 */
/** What the self-check column says; the reader and tests know these words. */
/** `none`: the parent states no figure of its own, so there is nothing to hold its children against (a ✓ would say it was checked). */
/**
 * `partial`: only the children that lost points are listed (plan/partial.ts), so no sum is compared;
 * `incomplete`: some children leave a figure blank, so it cannot be added up (the checks say which).
 */
export const FLAG = { ok: '✓', sums: '⚠ Lệch tổng', sipas: '⚠ Khác SIPAS/10', none: '— chưa ghi số', partial: '— liệt kê một phần', incomplete: '— mục con thiếu số' } as const;

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
  const sipasTotal = plan.criteria.find((c) => c.id === 'SIPAS:total') ?? null;

  const legend = { action: [LEGEND_WORDS.sumMismatch, LEGEND_WORDS.overMax], review: [LEGEND_WORDS.belowLastYear], lostBar: true };
  const rows: RowSpec[] = [...withLegend(titleRows(`${INDEX_APPENDIX[index]}: ${INDEX_TITLE[index]}`, appendixSubtitle(plan), col('code')), col('code'), legend), headerRow(cols)];

  // One format per column of the index (issue #13), never the decimals a row happened to be written
  // with: the index's own (PAR INDEX and SIPAS two, PAPI four), or more where any figure of the
  // column was written with more (nothing written is hidden). Sums and differences show as many
  // as their terms, so a sum of 11,33 beside a stated 11,30 shows the difference.
  const most = (field: ValueField) => criteria.reduce((d, c) => Math.max(d, c.decimals[field]), 0);
  const DEC = { max: scoreDecimals(index, most('max')), result: scoreDecimals(index, most('result')), target: scoreDecimals(index, most('target')) };
  const derivedDecimals = { lost: Math.max(DEC.max, DEC.result), gain: Math.max(DEC.target, DEC.result) };

  criteria.forEach((c, i) => {
    const r = FIRST_DATA_ROW + i;
    const kids = children.get(c.code) ?? [];
    const variant = c.code === 'total' ? 'total' : c.level === 1 ? 'area' : kids.length > 0 ? 'bold' : 'plain';
    const textStyle = variant === 'total' ? 'totalText' : variant === 'area' ? 'areaText' : variant === 'bold' ? 'textBold' : 'text';
    const centerStyle = variant === 'total' ? 'totalCenter' : variant === 'area' ? 'areaCenter' : variant === 'bold' ? 'centerBold' : 'center';
    // The plan's own rounding travels in the hidden precision column, for the checks.
    const num = (d: number) => numberStyleName(d, variant);
    const at = (key: CriteriaKey) => cellRef(r, col(key));

    const cells: Record<CriteriaKey, CellSpec> = {
      id: { value: c.id, style: 'text' },
      parentId: { value: c.parent === null ? '' : `${index}:${c.parent}`, style: 'text' },
      code: { value: c.code === 'total' ? '' : c.code, style: centerStyle },
      name: { value: c.name, style: indentedStyle(textStyle, c.level) },
      max: { value: c.max, style: num(DEC.max) },
      sumMax: { value: null, style: num(DEC.max) },
      result: { value: c.result, style: num(DEC.result) },
      sumResult: { value: null, style: num(DEC.result) },
      target: { value: c.target, style: num(DEC.target) },
      sumTarget: { value: null, style: num(DEC.target) },
      flag: { value: '', style: centerStyle },
      lost: { value: null, style: num(derivedDecimals.lost), formula: `IF(AND(ISNUMBER(${at('max')}),ISNUMBER(${at('result')})),${at('max')}-${at('result')},"")` },
      gain: { value: null, style: num(derivedDecimals.gain), formula: `IF(AND(ISNUMBER(${at('target')}),ISNUMBER(${at('result')})),MAX(0,${at('target')}-${at('result')}),"")` },
      lead: { value: c.lead.join(LIST_SEPARATOR), style: textStyle },
      level: { value: String(c.level), style: 'helperText' },
      order: { value: String(position.get(c.id) ?? i + 1), style: 'helperText' },
      source: { value: sourceText(c.source), style: 'text' },
      inherited: { value: String(c.leadInherited), style: 'helperText' },
      precision: { value: [c.decimals.max, c.decimals.result, c.decimals.target].join(';'), style: 'text' },
    };
    // Cached exactly as the engine subtracts (no rounding), so a recalculation changes nothing.
    cells.lost.value = c.max !== null && c.result !== null ? c.max - c.result : '';
    cells.gain.value = c.target !== null && c.result !== null ? Math.max(0, c.target - c.result) : '';

    if (kids.length > 0) {
      // SIPAS: the overall figure is the mean of its groups; a group is not the mean of its
      // components, nor is the overall figure of a flat list of the nine components (checks/sipas.ts).
      const mean = index === 'SIPAS';
      const flatSipas = mean && kids.length > 3 && kids.every((k) => (children.get(k.code) ?? []).length === 0);
      if ((!mean || c.code === 'total') && !flatSipas) {
        const n = kids.length;
        // How many children state the field: the checks hold a parent to its children only when all
        // of them do (some blank: said, not compared; all blank: the figure is given at this level only).
        const filled = (field: ValueField) => `SUMPRODUCT((${range('parentId')}=${at('id')})*ISNUMBER(${range(field)}))`;
        const filledNow = (field: ValueField) => kids.filter((k) => k[field] !== null).length;
        // The cached value is what the engine computes (SUMIFS over no number is shown blank, not 0;
        // AVERAGEIFS over none is an error, shown blank): viewers that do not recalculate show it as it is.
        const live = (value: CriteriaKey, sum: CriteriaKey, field: ValueField) => {
          const sumRange = `${mean ? 'AVERAGEIFS' : 'SUMIFS'}(${range(value)},${range('parentId')},${at('id')})`;
          cells[sum].formula = mean ? `IFERROR(${sumRange},"")` : `IF(${filled(field)}=0,"",${sumRange})`;
          const values = kids.map((k) => k[field]).filter((v): v is number => v !== null);
          const computed = values.length === 0 ? null : mean ? sum_(values) / values.length : sum_(values);
          cells[sum].value = computed === null ? '' : computed;
          return computed;
        };
        const tol = (field: ValueField) => {
          const t = kids.reduce((s, k) => s + roundingTolerance(k.decimals[field]), 0);
          return round6((mean ? t / n : t) + roundingTolerance(c.decimals[field]) + 1e-9);
        };
        const sums = { max: live('max', 'sumMax', 'max'), result: live('result', 'sumResult', 'result'), target: live('target', 'sumTarget', 'target') };
        const sumOf = { max: 'sumMax', result: 'sumResult', target: 'sumTarget' } as const;
        // The fields compared as the checks compare them: a mean's result and target; a sum's all
        // three; but a target written in words ('Từ 45 điểm trở lên', '≥ 85%') is an aspiration, not a sum or a mean.
        const compared = (mean ? (['result', 'target'] as const) : VALUE_FIELDS).filter((f) => !(f === 'target' && c.targetText));
        // A sum that cannot be made for a blank child is said whatever the field (a mean's missing group is not).
        const unsummed = mean ? [] : VALUE_FIELDS;
        // IF, not AND, around the arithmetic: AND evaluates every argument, and a blank sum ("") minus a number is #VALUE!.
        const differs = (field: ValueField) =>
          `IF(AND(ISNUMBER(${at(field)}),ISNUMBER(${at(sumOf[field])}),${filled(field)}=${n}),ABS(${at(field)}-${at(sumOf[field])})>${tol(field)},FALSE)`;
        const incomplete = (field: ValueField) => `AND(ISNUMBER(${at(field)}),${filled(field)}>0,${filled(field)}<${n})`;
        const differsNow = (field: ValueField) => c[field] !== null && filledNow(field) === n && Math.abs(c[field] - sums[field]!) > tol(field);
        const incompleteNow = (field: ValueField) => c[field] !== null && filledNow(field) > 0 && filledNow(field) < n;
        // Only the criteria that lost points listed (their max adds to less than the parent's,
        // plan/partial.ts): no sum under this parent says anything, and the checks stay quiet.
        const slack = round6(0.01 * (n + 1));
        const partial = mean ? 'FALSE' : `IF(AND(ISNUMBER(${at('max')}),ISNUMBER(${at('sumMax')}),${filled('max')}=${n}),${at('sumMax')}<${at('max')}-${slack},FALSE)`;
        const stated = `OR(ISNUMBER(${at('max')}),ISNUMBER(${at('result')}),ISNUMBER(${at('target')}))`;
        const any = (f: (field: ValueField) => string, fields: readonly ValueField[]) => (fields.length === 0 ? 'FALSE' : `OR(${fields.map(f).join(',')})`);
        cells.flag.formula = `IF(${partial},"${FLAG.partial}",IF(${any(differs, compared)},"${FLAG.sums}",IF(${any(incomplete, unsummed)},"${FLAG.incomplete}",IF(${stated},"${FLAG.ok}","${FLAG.none}"))))`;
        cells.flag.value =
          !mean && childrenAreSubset(c, kids)
            ? FLAG.partial
            : compared.some(differsNow)
              ? FLAG.sums
              : unsummed.some(incompleteNow)
                ? FLAG.incomplete
                : c.max !== null || c.result !== null || c.target !== null
                  ? FLAG.ok
                  : FLAG.none;
      }
    }
    if (sipasLink && c.id === sipasLink.id && sipasTotalRow !== undefined && sipasTotal) {
      // PAR's SIPAS criterion is the SIPAS result divided by ten: compare across the two sheets.
      const sipasCol = (key: CriteriaKey) => sheetRef(SHEET.SIPAS, `$${L(key)}$${sipasTotalRow}`);
      const tolOf = (field: 'result' | 'target') => round6(roundingTolerance(c.decimals[field]) + 0.0005 + 1e-9);
      const off = (key: 'result' | 'target') =>
        `AND(ISNUMBER(${at(key)}),ISNUMBER(${sipasCol(key)}),ABS(${at(key)}-${sipasCol(key)}/10)>${tolOf(key)})`;
      const differs = (field: 'result' | 'target') => {
        const mine = c[field];
        const theirs = sipasTotal[field];
        return mine !== null && theirs !== null && Math.abs(mine - theirs / 10) > tolOf(field);
      };
      cells.flag.formula = `IF(OR(${off('result')},${off('target')}),"${FLAG.sipas}","${FLAG.ok}")`;
      cells.flag.value = differs('result') || differs('target') ? FLAG.sipas : FLAG.ok;
    }
    rows.push({ cells: cols.map((k) => cells[k.key]), outlineLevel: Math.max(0, c.level - 1) });
    place.rowOf.set(c.id, r);
  });

  const data = (key: CriteriaKey) => `${L(key)}${FIRST_DATA_ROW}:${L(key)}${Math.max(last, FIRST_DATA_ROW)}`;
  const rel = (key: CriteriaKey) => `$${L(key)}${FIRST_DATA_ROW}`;
  return {
    name,
    // An index the plan does not measure: kept (its criteria can be typed in after unhiding it), not printed as an empty appendix.
    state: criteria.length === 0 ? 'hidden' : 'visible',
    columns: cols.map((c) => ({ width: c.width, hidden: c.hidden ?? false })),
    rows,
    merges: [1, 2, 3].map((r) => `${L('code')}${r}:${L('lead')}${r}`),
    freeze: { rows: HEADER_ROW, cols: col('name') },
    conditionalFormats:
      criteria.length === 0
        ? []
        : [
            {
              ref: data('target'),
              rules: [
                { kind: 'expression', formula: `AND(ISNUMBER(${rel('target')}),ISNUMBER(${rel('max')}),${rel('target')}>${rel('max')})`, style: 'cfOverMax', priority: 1 },
                { kind: 'expression', formula: `AND(ISNUMBER(${rel('target')}),ISNUMBER(${rel('result')}),${rel('target')}<${rel('result')})`, style: 'cfBelowLastYear', priority: 2 },
              ],
            },
            { ref: data('flag'), rules: [{ kind: 'expression', formula: `LEFT(${rel('flag')},1)="⚠"`, style: 'cfFlag' }] },
            { ref: data('lost'), rules: [{ kind: 'dataBar', color: FILL.lostBar, min: 0, max: null }] },
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
    // No print area for a hidden sheet: LibreOffice prints one that has it.
    print: criteria.length === 0 ? null : printSetup(plan.meta, `Phụ lục ${INDEX_APPENDIX[index].slice(-1)} — ${index === 'PAR' ? 'PAR INDEX' : index}`, {
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
