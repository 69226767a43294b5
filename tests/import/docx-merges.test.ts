import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import mammoth from 'mammoth';
import { htmlToGrid } from '../../src/import/html-source';

/**
 * A .docx plan reaches the importer as mammoth's HTML. Merged cells in Word are w:gridSpan
 * (across) and w:vMerge (down); they must arrive as colspan/rowspan, or a two-row header and a
 * lead named once for several rows would be read wrong. Checked here on a .docx built with the
 * `docx` package, the same XML Word writes.
 */

const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...options });

async function docxTableHtml(): Promise<string> {
  const table = new Table({
    rows: [
      new TableRow({ children: [cell('STT', { rowSpan: 2 }), cell('Điểm đạt được', { columnSpan: 2 }), cell('Cơ quan chủ trì', { rowSpan: 2 })] }),
      new TableRow({ children: [cell('Năm 2023'), cell('Năm 2024')] }),
      new TableRow({ children: [cell('1'), cell('5,1'), cell('6,2'), cell('Sở Nội vụ', { verticalMerge: VerticalMergeType.RESTART })] }),
      new TableRow({ children: [cell('2'), cell('5,3'), cell('6,4'), cell('', { verticalMerge: VerticalMergeType.CONTINUE })] }),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph('PHỤ LỤC I'), table] }] });
  const buffer = await Packer.toBuffer(doc);
  return (await mammoth.convertToHtml({ buffer })).value;
}

describe('.docx merged cells through mammoth', () => {
  it('keeps gridSpan as colspan and vMerge as rowspan, so the grid has the spans', async () => {
    const html = await docxTableHtml();
    expect(html).toContain('colspan="2"');
    expect(html).toContain('rowspan="2"');
    const grid = htmlToGrid(html);
    expect(grid.blocks).toHaveLength(1);
    expect(grid.blocks[0]!.caption).toEqual(['PHỤ LỤC I']);
    expect(grid.blocks[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['STT', 'Điểm đạt được', '', 'Cơ quan chủ trì'],
      ['STT', 'Năm 2023', 'Năm 2024', 'Cơ quan chủ trì'],
      ['1', '5,1', '6,2', 'Sở Nội vụ'],
      ['2', '5,3', '6,4', 'Sở Nội vụ'],
    ]);
    expect(grid.blocks[0]!.rows[3]!.cells[3]!.spanned).toBe(true);
  });
});
