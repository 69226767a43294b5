import type { Grid } from '../../src/import/grid';
import { type PageContent, pagesToGrid, type Segment, type TextBox } from '../../src/pdf/layout';

/**
 * Table geometry on pages drawn by hand (top-down points, like the reader gives): what the rules
 * say about cells, what column positions say where rules are missing, and what is page furniture.
 */

const W = 595;
const H = 842;
const text = (t: string, x: number, y: number, size = 10): TextBox => ({ text: t, x, y, width: t.length * size * 0.5, size });
const h = (y: number, x0: number, x1: number): Segment => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): Segment => ({ x0: x, y0, x1: x, y1 });
const cells = (g: Grid) => g.blocks.map((b) => b.rows.map((r) => r.cells.map((c) => c.text)));

/** A three-column ruled table: rows at the given tops, each row 20pt high, `texts` placed by the caller. */
function ruled(top: number, rows: number, xs = [50, 90, 400, 545]): Segment[] {
  const ys = Array.from({ length: rows + 1 }, (_, k) => top + k * 20);
  return [...ys.map((y) => h(y, xs[0]!, xs[xs.length - 1]!)), ...xs.map((x) => v(x, top, ys[ys.length - 1]!))];
}

describe('pagesToGrid', () => {
  it('reads a colspan where a vertical rule stops and a rowspan where a horizontal rule stops', () => {
    const segments = [
      h(100, 50, 545), h(120, 90, 545), h(140, 50, 545), h(160, 50, 400), h(180, 50, 545),
      v(50, 100, 180), v(90, 100, 180), v(400, 120, 180), v(545, 100, 180),
    ];
    const texts = [
      text('STT', 55, 115), text('Nội dung và cơ quan', 95, 115),
      text('Tên', 95, 135), text('Cơ quan', 405, 135),
      text('1', 55, 155), text('Việc một', 95, 155), text('Sở Nội vụ', 405, 155),
      text('2', 55, 175), text('Việc hai', 95, 175),
    ];
    const { grid } = pagesToGrid([{ width: W, height: H, texts, segments }]);
    expect(cells(grid)).toEqual([[
      ['STT', 'Nội dung và cơ quan', ''],
      ['STT', 'Tên', 'Cơ quan'],
      ['1', 'Việc một', 'Sở Nội vụ'],
      ['2', 'Việc hai', 'Sở Nội vụ'],
    ]]);
    expect(grid.blocks[0]!.rows[3]!.cells[2]!.spanned).toBe(true);
  });

  it('keeps a cell’s lines as paragraphs where the writer broke them, and a wrapped name whole', () => {
    // A narrow agency column (400–545, text padded 5 pt each side): three agencies typed one per
    // line, the last name too long for one line and wrapped by the word processor.
    const segments = ruled(100, 2);
    const line = (t: string, y: number) => text(t, 405, y);
    const texts = [
      text('TT', 55, 115), text('Việc', 95, 115), text('Phối hợp', 405, 115),
      text('1', 55, 135), text('Việc một', 95, 135),
      line('Văn phòng UBND tỉnh', 131), line('Sở Tư pháp', 141), line('Sở Thông tin và Truyền', 151), line('thông', 161),
    ];
    // Row 2 made tall enough for four lines.
    const tall = [...segments.filter((s) => !(s.y0 === 140 && s.y1 === 140)), h(170, 50, 545), v(50, 120, 170), v(90, 120, 170), v(400, 120, 170), v(545, 120, 170)];
    const { grid } = pagesToGrid([{ width: W, height: H, texts, segments: tall }]);
    const cell = grid.blocks[0]!.rows[1]!.cells[2]!;
    expect(cell.text).toBe('Văn phòng UBND tỉnh Sở Tư pháp Sở Thông tin và Truyền thông');
    // 'Sở' would have fitted after 'UBND tỉnh' and after 'Tư pháp': broken there; 'thông' would not after 'Truyền': wrapped.
    expect(cell.lines).toEqual(['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Sở Thông tin và Truyền thông']);
  });

  it('splits rows a table drew without rules between them by the numbers of its first column', () => {
    // Frame, column lines and one rule under the header; no rules between the data rows.
    const segments = [h(100, 50, 545), h(120, 50, 545), h(220, 50, 545), v(50, 100, 220), v(90, 100, 220), v(400, 100, 220), v(545, 100, 220)];
    const texts = [
      text('STT', 55, 115), text('Nội dung', 95, 115), text('Cơ quan', 405, 115),
      text('1', 55, 135), text('Nội dung dài', 95, 135), text('viết trên hai dòng', 95, 147), text('Sở Tư pháp', 405, 135),
      text('2', 55, 165), text('Nội dung hai', 95, 165), text('Sở Y tế', 405, 165),
      text('3', 55, 185), text('Nội dung ba', 95, 185),
    ];
    const { grid } = pagesToGrid([{ width: W, height: H, texts, segments }]);
    expect(cells(grid)).toEqual([[
      ['STT', 'Nội dung', 'Cơ quan'],
      ['1', 'Nội dung dài viết trên hai dòng', 'Sở Tư pháp'],
      ['2', 'Nội dung hai', 'Sở Y tế'],
      ['3', 'Nội dung ba', ''],
    ]]);
  });

  it('keeps text beside a table as its caption and splits a heading line at a wide gap', () => {
    const texts = [text('UBND TỈNH X', 50, 60), text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 60), text('PHỤ LỤC I', 250, 85), text('1', 55, 115), text('Việc', 95, 115)];
    const { grid } = pagesToGrid([{ width: W, height: H, texts, segments: ruled(100, 1) }]);
    expect(grid.preamble).toEqual(['UBND TỈNH X', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'PHỤ LỤC I']);
    expect(grid.blocks[0]!.caption).toEqual(grid.preamble);
  });

  it('does not join tables on facing pages whose columns differ, nor drop a line that repeats in a different place', () => {
    const page = (xs: number[], title: string, y: number): PageContent => ({
      width: W, height: H,
      texts: [text(title, 200, y), text('1', xs[0]! + 5, 135)],
      segments: ruled(120, 1, xs),
    });
    const { grid, notes } = pagesToGrid([page([50, 90, 400, 545], 'Bảng A', 100), page([50, 120, 300, 545], 'Bảng A', 60)]);
    expect(grid.blocks).toHaveLength(2);
    expect(grid.blocks[1]!.caption).toEqual(['Bảng A']);
    expect(notes.filter((n) => n.kind === 'table-joined' || n.kind === 'running-text-dropped')).toEqual([]);
  });

  it('drops a page number at the foot of the page, but not a number in the body', () => {
    const { grid, notes } = pagesToGrid([{ width: W, height: H, texts: [text('12', 50, 290), text('1', 55, 315), text('- 3 -', 290, 820)], segments: ruled(300, 1) }]);
    expect(grid.preamble).toEqual(['12']);
    expect(notes).toEqual([{ kind: 'running-text-dropped', text: '- # -', pages: 1 }]);
  });

  it('joins a table to its continuation and renumbers its rows', () => {
    const first: PageContent = { width: W, height: H, texts: [text('TT', 55, 715), text('Việc', 95, 715), text('1', 55, 735), text('Việc một', 95, 735)], segments: ruled(700, 2) };
    const next: PageContent = { width: W, height: H, texts: [text('TT', 55, 75), text('Việc', 95, 75), text('2', 55, 95), text('Việc hai', 95, 95)], segments: ruled(60, 2) };
    const { grid, notes } = pagesToGrid([first, next]);
    expect(cells(grid)).toEqual([[['TT', 'Việc', ''], ['1', 'Việc một', ''], ['2', 'Việc hai', '']]]);
    expect(grid.blocks[0]!.rows.map((r) => [r.row, r.page])).toEqual([[1, 1], [2, 1], [3, 2]]);
    expect(notes).toEqual([{ kind: 'header-repeated', page: 2, rows: 1 }, { kind: 'table-joined', pages: [1, 2] }]);
  });
});
