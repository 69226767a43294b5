import { FILL, FONT_COLOUR } from './colours';
import type { CellStyle } from './spec';

const F = FILL;
const C = FONT_COLOUR;

/** Named styles of the structured workbook. Times New Roman is set for the whole workbook. */
export const STYLES = {
  title: { bold: true, size: 13, hAlign: 'center', vAlign: 'middle', wrap: true },
  subtitle: { italic: true, size: 11, hAlign: 'center', vAlign: 'middle', wrap: true },
  header: { bold: true, size: 11, hAlign: 'center', vAlign: 'middle', wrap: true, fill: F.header, border: true },
  text: { vAlign: 'top', wrap: true, border: true },
  textBold: { bold: true, vAlign: 'top', wrap: true, border: true },
  center: { hAlign: 'center', vAlign: 'top', border: true },
  centerBold: { bold: true, hAlign: 'center', vAlign: 'top', border: true },
  areaText: { bold: true, vAlign: 'top', wrap: true, border: true, fill: F.area },
  areaCenter: { bold: true, hAlign: 'center', vAlign: 'top', border: true, fill: F.area },
  totalText: { bold: true, vAlign: 'top', wrap: true, border: true, fill: F.total },
  totalCenter: { bold: true, hAlign: 'center', vAlign: 'top', border: true, fill: F.total },
  date: { hAlign: 'center', vAlign: 'top', border: true, numFmt: 'dd/mm/yyyy' },
  label: { bold: true, vAlign: 'top' },
  plain: { vAlign: 'top', wrap: true },
  link: { color: C.link, hAlign: 'center', vAlign: 'top', border: true },
  linkLeft: { color: C.link, vAlign: 'top', wrap: true, border: true },
  error: { bold: true, color: C.action, fill: F.action, vAlign: 'top', border: true },
  warning: { bold: true, color: C.review, fill: F.review, vAlign: 'top', border: true },
  info: { color: C.info, vAlign: 'top', border: true },
  // Conditional formats (only fill and font colour apply there).
  // One meaning per colour (legend.ts): red needs action, yellow a second look.
  cfMissed: { color: C.action, fill: F.action },
  cfOverMax: { bold: true, color: C.action, fill: F.action },
  cfBelowLastYear: { color: C.review, fill: F.review },
  cfFlag: { bold: true, color: C.action, fill: F.action },
  // The signature block of a report (Nghị định 30/2020): titles bold, what to do italic, centred over their column.
  signTitle: { bold: true, hAlign: 'center', vAlign: 'top', wrap: true },
  signNote: { italic: true, hAlign: 'center', vAlign: 'top', wrap: true },
  // The colour legend under a sheet's title (legend.ts): one line.
  legend: { italic: true, size: 10, hAlign: 'left', vAlign: 'middle' },
  // Text kept to one line (cut at the cell's edge), for rows that are one line high by design.
  textLine: { vAlign: 'top', border: true },
  // A count that needs action (overdue tasks): red as 'error', an integer like the other counts.
  errorCount: { bold: true, color: C.action, fill: F.action, hAlign: 'right', vAlign: 'top', border: true, numFmt: '0' },
  // A hidden helper column's figure, kept as wrapped text: LibreOffice draws what a hidden column
  // holds over an empty printed cell beside it — a number as '###', whatever its format, text unless
  // it wraps (the blank lead of an area row on PL2 printed '###').
  helperText: { vAlign: 'top', numFmt: '@', wrap: true },
} satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;

/** A number style per decimals written in the plan, so 1,50 still shows 1,50 and the reader knows the rounding. */
export function numberStyleName(decimals: number, variant: 'plain' | 'bold' | 'area' | 'total'): string {
  return `num${Math.min(Math.max(decimals, 0), 6)}${variant === 'plain' ? '' : variant[0]!.toUpperCase() + variant.slice(1)}`;
}

export function numberFormat(decimals: number): string {
  return decimals <= 0 ? '0' : `0.${'0'.repeat(Math.min(decimals, 6))}`;
}

/** Criteria names step in by level under their area (level 1 flush, 2 one step, 3 two…). */
export function indentedStyle(base: string, level: number): string {
  const steps = Math.min(Math.max(level - 1, 0), 4);
  return steps === 0 ? base : `${base}Indent${steps}`;
}

/** All styles, number styles and indented text styles included. */
export function allStyles(): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = { ...STYLES };
  const base: Record<string, CellStyle> = {
    plain: { hAlign: 'right', vAlign: 'top', border: true },
    bold: { bold: true, hAlign: 'right', vAlign: 'top', border: true },
    area: { bold: true, hAlign: 'right', vAlign: 'top', border: true, fill: F.area },
    total: { bold: true, hAlign: 'right', vAlign: 'top', border: true, fill: F.total },
  };
  for (const base of ['text', 'textBold'] as const) {
    for (let steps = 1; steps <= 4; steps++) out[`${base}Indent${steps}`] = { ...STYLES[base], hAlign: 'left', indent: steps };
  }
  for (let d = 0; d <= 6; d++) {
    for (const [variant, style] of Object.entries(base)) {
      out[numberStyleName(d, variant as 'plain')] = { ...style, numFmt: numberFormat(d) };
    }
  }
  return out;
}

/** Decimals each index is published with: PAR INDEX and SIPAS two, PAPI four (as UNDP publishes it). */
export const INDEX_DECIMALS = { PAR: 2, SIPAS: 2, PAPI: 4 } as const;

/** The decimals a score of an index shows: the index's, or more where the plan's own figure has more (nothing written is hidden). */
export function scoreDecimals(index: keyof typeof INDEX_DECIMALS, written = 0): number {
  return Math.max(INDEX_DECIMALS[index], written);
}
