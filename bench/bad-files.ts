import { strToU8, zipSync } from 'fflate';

/**
 * The bad files of the reliability tests (issue #11): each a workbook whose cost grows with what
 * a reader walks, not with its bytes. Made on demand, as [name, maker].
 */
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet workbook whose worksheet part holds `sheet`. */
export const badBook = (sheet: string): Uint8Array =>
  zipSync(
    {
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8(`<workbook xmlns:r="${REL}"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
      'xl/worksheets/sheet1.xml': strToU8(`<worksheet>${sheet}</worksheet>`),
    },
    { level: 6 },
  );

const repeat = (n: number, f: (i: number) => string) => {
  const parts: string[] = [];
  for (let i = 1; i <= n; i++) parts.push(f(i));
  return parts.join('');
};

export function badFiles(): [string, () => Uint8Array][] {
  return [
    ['row 4,294,967,295', () => badBook('<sheetData><row r="4294967295"><c r="A4294967295"><v>1</v></c></row></sheetData>')],
    ['column XFD on 20,000 rows', () => badBook(`<sheetData>${repeat(20_000, (i) => `<row r="${i}"><c r="XFD${i}"><v>1</v></c></row>`)}</sheetData>`)],
    ['20,000 merges', () => badBook(`<sheetData/><mergeCells>${repeat(20_000, (i) => `<mergeCell ref="A${i}:B${i}"/>`)}</mergeCells>`)],
    ['250,000 merges', () => badBook(`<sheetData/><mergeCells>${repeat(250_000, (i) => `<mergeCell ref="A${i}:B${i}"/>`)}</mergeCells>`)],
    ['1,048,576 one-cell rows', () => badBook(`<sheetData>${repeat(1_048_576, (i) => `<row r="${i}"><c r="A${i}"><v>1</v></c></row>`)}</sheetData>`)],
  ];
}
