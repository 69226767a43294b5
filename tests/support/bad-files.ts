import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Bad returns built byte by byte, cheaply: an agency's own register added as a sheet of `rows`
 * rows × `cols` cells, written as sheet XML straight into the zip (exceljs would take minutes to
 * make a million cells).
 */
export function withExtraSheet(xlsx: Uint8Array, name: string, rows: number, cols: number): Uint8Array {
  const files = unzipSync(xlsx);
  const sheets = Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const n = sheets.length + 1;
  const part = `xl/worksheets/sheet${n}.xml`;
  const letters = Array.from({ length: cols }, (_, c) => String.fromCharCode(65 + c));
  const chunks: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${letters[c]}${r}"><v>${r * 10 + c}</v></c>`;
    chunks.push(row + '</row>');
  }
  chunks.push('</sheetData></worksheet>');
  files[part] = strToU8(chunks.join(''));
  const rid = `rIdExtra${n}`;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    strFromU8(files['xl/_rels/workbook.xml.rels']!).replace(
      '</Relationships>',
      `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/></Relationships>`,
    ),
  );
  const wb = strFromU8(files['xl/workbook.xml']!);
  const ids = [...wb.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  files['xl/workbook.xml'] = strToU8(wb.replace('</sheets>', `<sheet name="${name}" sheetId="${Math.max(0, ...ids) + 1}" r:id="${rid}"/></sheets>`));
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']!).replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return zipSync(files, { level: 1 });
}
