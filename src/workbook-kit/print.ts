import type { PlanMeta } from '../plan/schema';
import { columnLetter, type PrintSetup } from './spec';

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
