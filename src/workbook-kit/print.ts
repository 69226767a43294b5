import type { PlanMeta } from '../plan/schema';
import { columnLetter, type PrintSetup, type SheetSpec, type WorkbookSpec } from './spec';

/**
 * Print setup of a summary sheet: A4, fitted to one page wide, header rows repeated, the plan's
 * number and the sheet's title in the footer, the page number centred at the top from page 2 on, and the margins of a
 * printed administrative document (Nghị định 30/2020/NĐ-CP: top/bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm).
 */
export function printSetup(
  meta: PlanMeta,
  title: string,
  opts: { lastRow: number; lastCol: number; titleRows: string | null; orientation: 'portrait' | 'landscape' },
): PrintSetup {
  const plan = meta.number ? `Kế hoạch ${meta.number}` : 'Kế hoạch';
  return {
    orientation: opts.orientation,
    fitToWidth: 1,
    titleRows: opts.titleRows ?? '',
    printArea: `A1:${columnLetter(opts.lastCol)}${Math.max(opts.lastRow, 1)}`,
    // Nghị định 30/2020: the page number alone, centred in the top margin, from the second page on.
    header: '&C&"Times New Roman,Regular"&11&P',
    footer: `&L&"Times New Roman,Italic"&9${escapeCodes(plan)}&R&"Times New Roman,Italic"&9${escapeCodes(title)}`,
    firstPageHeader: '',
    margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
  };
}

/** '&' starts a code in Excel headers: a literal ampersand is written '&&'. */
function escapeCodes(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Points a column width unit takes in print (Times New Roman 11, measured from LibreOffice's PDFs). */
const POINTS_PER_WIDTH_UNIT = 4.95;
/** Body text is 11 pt: printed at no less than 10 pt, a sheet may shrink to 10/11 of its size. */
const MIN_SCALE = 10 / 11;
const MM_TO_POINTS = 72 / 25.4;
/** The paper's width less the side margins (30 + 15 mm), in mm. */
const PRINTABLE_WIDTH_MM = { A4: { landscape: 297 - 45, portrait: 210 - 45 }, A3: { landscape: 420 - 45, portrait: 297 - 45 } } as const;

/**
 * Fitting one page wide shrinks a wide table below reading size. A sheet whose printed columns
 * would shrink under 10/11 on A4 prints on A3 (as offices print wide appendices); the columns a
 * sheet keeps are its own choice.
 */
export function readablePaper(spec: WorkbookSpec): WorkbookSpec {
  // The paper first: how many rows a page holds depends on it.
  return { ...spec, sheets: spec.sheets.map((s) => keepRowsTogether(paperFor(s))) };
}

/** Printed width of a sheet's columns inside its print area, in points. */
function printedWidth(sheet: SheetSpec, printArea: string): number {
  const last = /:([A-Z]+)\d+$/.exec(printArea)?.[1] ?? 'A';
  const lastCol = [...last].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.columns.slice(0, lastCol).reduce((w, c) => w + (c.hidden ? 0 : c.width), 0) * POINTS_PER_WIDTH_UNIT;
}

function paperFor(sheet: SheetSpec): SheetSpec {
  if (!sheet.print) return sheet;
  const width = printedWidth(sheet, sheet.print.printArea);
  const fits = (paper: 'A4' | 'A3') => PRINTABLE_WIDTH_MM[paper][sheet.print!.orientation] * MM_TO_POINTS >= width * MIN_SCALE;
  return fits('A4') ? sheet : { ...sheet, print: { ...sheet.print, paperSize: 'A3' } };
}

/** Paper heights in mm, by orientation. */
const PAPER_HEIGHT_MM = { A4: { landscape: 210, portrait: 297 }, A3: { landscape: 297, portrait: 420 } } as const;
/** A row without a height of its own prints at the default 15 pt. */
const DEFAULT_ROW_POINTS = 15;
/** What the estimate of a page leaves spare: the rows' heights are estimated (row-heights.ts), not measured. */
const PAGE_SLACK = 0.95;

/**
 * A run of rows the sheet asks to keep on one page (a small table with its header) that would
 * cross a page's end starts a page of its own: a manual break before it. Pages are counted as a
 * spreadsheet prints them — the rows' heights (set by fitRowHeights), the paper less the margins,
 * the sheet shrunk to one page wide, repeated title rows at the top of every page after the first.
 * A run taller than a page is left to break where it must.
 */
export function keepRowsTogether(sheet: SheetSpec): SheetSpec {
  const p = sheet.print;
  if (!p?.keepTogether) return sheet;
  const { keepTogether, ...print } = p;
  // A streamed sheet's rows are not all here to be counted: it keeps the breaks it was given.
  if (keepTogether.length === 0 || sheet.more) return { ...sheet, print };
  const paper = p.paperSize ?? 'A4';
  const printable = (PAPER_HEIGHT_MM[paper][p.orientation] - p.margins.top - p.margins.bottom) * MM_TO_POINTS;
  const widthAvailable = PRINTABLE_WIDTH_MM[paper][p.orientation] * MM_TO_POINTS;
  const scale = Math.min(1, widthAvailable / Math.max(1, printedWidth(sheet, p.printArea)));
  const page = (printable / scale) * PAGE_SLACK;
  const height = (r: number) => sheet.rows[r - 1]?.height ?? DEFAULT_ROW_POINTS;
  const titles = /^\$?(\d+):\$?(\d+)$/.exec(p.titleRows);
  let repeated = 0;
  if (titles) for (let r = Number(titles[1]); r <= Number(titles[2]); r++) repeated += height(r);
  const starts = new Map(keepTogether.map(([from, to]) => [from, to]));
  const given = new Set(p.rowBreaks ?? []);
  const breaks: number[] = [];
  let used = 0;
  for (let r = 1; r <= sheet.rows.length; r++) {
    const h = height(r);
    if (given.has(r - 1)) used = repeated;
    const to = starts.get(r);
    if (to !== undefined && used > repeated) {
      let block = 0;
      for (let k = r; k <= to; k++) block += height(k);
      if (used + block > page && repeated + block <= page) {
        breaks.push(r - 1);
        used = repeated;
      }
    }
    // The page's own end, where the spreadsheet would break it.
    if (used + h > page && used > repeated) used = repeated;
    used += h;
  }
  const rowBreaks = [...given, ...breaks].sort((a, b) => a - b);
  return { ...sheet, print: rowBreaks.length > 0 ? { ...print, rowBreaks } : print };
}
