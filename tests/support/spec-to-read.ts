import type { ReadWorkbook } from '../../src/workbook-kit/read-model';
import type { WorkbookSpec } from '../../src/workbook-kit/spec';
import { rowsOf } from './grid';

/** What a perfect reader would see in a written spec: for testing the layout contract without a file. */
export function specToRead(spec: WorkbookSpec): ReadWorkbook {
  return {
    sheets: spec.sheets.map((s) => ({
      name: s.name,
      state: s.state,
      hiddenRows: [],
      rows: rowsOf(
        s.rows.map((r) =>
          r.cells.map((c) => (c === null ? null : { value: c.value, formula: c.formula ?? null, numFmt: c.style ? spec.styles[c.style]?.numFmt ?? null : null })),
        ),
      ),
    })),
  };
}
