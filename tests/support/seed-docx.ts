import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textToGrid } from '../../src/import/text-source';

/**
 * The seed plan as a Word document, the way an official gets one: its heading and captions as
 * paragraphs, each appendix as a Word table (built with the `docx` package, which chiso does not
 * use to read, so the test does not grade its own homework).
 */
export const seedText = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');

export async function seedDocx(): Promise<Uint8Array> {
  const { grid } = textToGrid(seedText);
  // The first table's caption holds the plan's heading too (the text source's preamble repeats it).
  const children: (Paragraph | Table)[] = [];
  for (const block of grid.blocks) {
    for (const line of block.caption) children.push(new Paragraph(line));
    const width = Math.max(...block.rows.map((r) => r.cells.length));
    const rows = block.rows.map(
      (r) => new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph(r.cells[i]?.text ?? '')] })) }),
    );
    children.push(new Table({ rows }));
  }
  children.push(new Paragraph('Nơi nhận: như trên.'));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
