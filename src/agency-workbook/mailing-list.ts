import { MAILING_LIST_HEADERS, mailingListRows } from '../agencies/sending';
import type { Recipient } from '../agencies/recipients';
import type { WorkbookSpec } from '../workbook-kit/spec';
import { FILL } from '../workbook-kit/colours';

/**
 * The mailing list as a workbook: a Vietnamese-locale Excel opens a comma CSV in one column (its
 * list separator is ';'), so the list is also written as .xlsx. Every cell is a text cell
 * (format '@', a string value, never a formula), so an agency name or e-mail typed as
 * '=HYPERLINK(…)' stays the text it is.
 */
export const MAILING_LIST_WORKBOOK = 'danh-sach-gui.xlsx';

export function mailingListWorkbook(recipients: Recipient[], names?: Map<string, string>): WorkbookSpec {
  const cell = (value: string) => ({ value, style: 'text' });
  const header = (value: string) => ({ value, style: 'header' });
  return {
    font: { name: 'Times New Roman', size: 12 },
    password: null,
    styles: { text: { numFmt: '@', vAlign: 'top', wrap: true }, header: { bold: true, numFmt: '@', fill: FILL.header, border: true } },
    sheets: [
      {
        name: 'Danh sách gửi',
        state: 'visible',
        columns: [{ width: 36 }, { width: 40 }, { width: 10 }, { width: 32 }, { width: 28 }],
        rows: [{ cells: MAILING_LIST_HEADERS.map(header) }, ...mailingListRows(recipients, names).map((r) => ({ cells: r.map((v) => cell(v ?? '')) }))],
        merges: [],
        freeze: { rows: 1, cols: 0 },
        conditionalFormats: [],
        validations: [],
        protect: false,
        print: null,
        outlineSummaryAbove: true,
      },
    ],
  };
}
