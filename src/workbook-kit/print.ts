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
const PRINTABLE_POINTS = { A4: { landscape: 297 - 45, portrait: 210 - 45 }, A3: { landscape: 420 - 45, portrait: 297 - 45 } } as const;

/**
 * Fitting one page wide shrinks a wide table below reading size. A sheet whose printed columns
 * would shrink under 10/11 on A4 prints on A3 (as offices print wide appendices); the columns a
 * sheet keeps are its own choice.
 */
export function readablePaper(spec: WorkbookSpec): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map(paperFor) };
}

function paperFor(sheet: SheetSpec): SheetSpec {
  if (!sheet.print) return sheet;
  const last = /:([A-Z]+)\d+$/.exec(sheet.print.printArea)?.[1] ?? 'A';
  const lastCol = [...last].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const width = sheet.columns.slice(0, lastCol).reduce((w, c) => w + (c.hidden ? 0 : c.width), 0) * POINTS_PER_WIDTH_UNIT;
  const fits = (paper: 'A4' | 'A3') => (PRINTABLE_POINTS[paper][sheet.print!.orientation] * 72) / 25.4 >= width * MIN_SCALE;
  return fits('A4') ? sheet : { ...sheet, print: { ...sheet.print, paperSize: 'A3' } };
}
