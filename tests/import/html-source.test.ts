import fc from 'fast-check';
import { htmlToGrid, decodeEntities } from '../../src/import/html-source';
import type { Grid } from '../../src/import/grid';
import { importPlan } from '../../src/import';

/** Cell texts of each block, the easiest shape to compare. */
function texts(grid: Grid): string[][][] {
  return grid.blocks.map((b) => b.rows.map((r) => r.cells.map((c) => c.text)));
}

const PL3 = `<!DOCTYPE html>
<html><head><title>Kế hoạch 159</title><style>td { color: red }</style>
<script>var s = "<table><tr><td>not a table</td></tr></table>";</script></head>
<body>
<p><b>ỦY BAN NHÂN DÂN</b><br>THÀNH PHỐ HÀ NỘI</p>
<h2>KẾ HOẠCH</h2>
<!-- <table><tr><td>commented out</td></tr></table> -->
<p align="center">PHỤ LỤC 3</p>
<div>CÁC CHỈ TIÊU CẦN CẢI THIỆN, NÂNG CAO TẠI CHỈ SỐ HÀI LÒNG - SIPAS</div>
<TABLE border=1 class='pl'>
 <thead>
  <TR><TH>STT</TH><th>Lĩnh vực</th><th>Chỉ số hài lòng tối đa</th><th>Kết quả năm 2024</th><th>Mục tiêu năm 2025 (%)</th><th>Đơn vị chủ trì tham mưu, theo dõi</th></TR>
 </thead>
 <tbody>
  <tr><td colspan="2">CHỈ SỐ HÀI LÒNG CHUNG:</td><td>100</td><td>86,50</td><td>88,00</td><td></td></tr>
  <tr><td>1.</td><td>Trách nhiệm giải trình của chính quyền</td><td>100</td><td>86,32</td><td>88,00</td><td rowspan="2">Sở Tư pháp</td></tr>
  <tr><td>2.</td><td>Sự tham gia vào quá trình xây dựng,<br/>tổ chức thực hiện chính sách</td><td>100</td><td>86,70</td><td>88,00</td></tr>
 </tbody>
</TABLE>
<p>Nơi nhận: ...</p>
</body></html>`;

describe('htmlToGrid', () => {
  it('reads a Phụ lục 3 table with colspan and rowspan', () => {
    const grid = htmlToGrid(PL3);
    expect(grid.kind).toBe('html');
    expect(grid.preamble).toEqual([
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'KẾ HOẠCH',
      'PHỤ LỤC 3',
      'CÁC CHỈ TIÊU CẦN CẢI THIỆN, NÂNG CAO TẠI CHỈ SỐ HÀI LÒNG - SIPAS',
    ]);
    expect(grid.blocks).toHaveLength(1);
    const block = grid.blocks[0]!;
    expect(block.caption).toEqual(grid.preamble);
    expect(block.rows).toEqual([
      {
        row: 1,
        cells: ['STT', 'Lĩnh vực', 'Chỉ số hài lòng tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025 (%)', 'Đơn vị chủ trì tham mưu, theo dõi'].map(
          (text) => ({ text, line: null }),
        ),
      },
      {
        row: 2,
        cells: ['CHỈ SỐ HÀI LÒNG CHUNG:', '', '100', '86,50', '88,00', ''].map((text) => ({ text, line: null })),
      },
      {
        row: 3,
        cells: ['1.', 'Trách nhiệm giải trình của chính quyền', '100', '86,32', '88,00', 'Sở Tư pháp'].map((text) => ({ text, line: null })),
      },
      {
        row: 4,
        cells: [
          { text: '2.', line: null },
          // A <br> inside the cell: the text reads as one, its two lines are kept for lists of agencies.
          { text: 'Sự tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách', line: null, lines: ['Sự tham gia vào quá trình xây dựng,', 'tổ chức thực hiện chính sách'] },
          ...['100', '86,70', '88,00'].map((text) => ({ text, line: null })),
          { text: 'Sở Tư pháp', line: null, spanned: true },
        ],
      },
    ]);
    // Cells written in the source carry no spanned flag at all.
    expect(block.rows[2]!.cells[5]!.spanned).toBeUndefined();
  });

  it('decodes entities', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&apos; f&nbsp;g')).toBe('a & b <c> "d" \'e\' f\u00a0g');
    expect(decodeEntities('&#7843; &#x1EA1; &#X1ea1 &ndash;&mdash;&hellip;&ldquo;&rdquo;&lsquo;&rsquo;')).toBe('ả ạ ạ \u2013\u2014\u2026\u201c\u201d\u2018\u2019');
    expect(decodeEntities('&agrave;&Ecirc;&ocirc;&dstrok;&#150;&#0;&#x110000;')).toBe('àÊôđ\u2013\uFFFD\uFFFD');
    expect(decodeEntities('&unknown; &amp AT&T &copy')).toBe('&unknown; & AT&T &copy');
    const g = htmlToGrid('<table><tr><td>Sở&nbsp;&nbsp;Tư&nbsp;pháp &amp; UBND</td><td>&lt;b&gt;</td></tr></table>');
    expect(texts(g)).toEqual([[['Sở Tư pháp & UBND', '<b>']]]);
  });

  it('tolerates missing </td> and </tr> closers and cells outside <tr>', () => {
    const g = htmlToGrid('<table><tr><td>a<td>b<th>c<tr><td>d<td>e</table><table><td>x<td>y</table>');
    expect(texts(g)).toEqual([
      [
        ['a', 'b', 'c'],
        ['d', 'e', ''],
      ],
      [['x', 'y']],
    ]);
    expect(g.blocks[0]!.rows.map((r) => r.row)).toEqual([1, 2]);
  });

  it('finishes a table left open at the end of input', () => {
    expect(texts(htmlToGrid('<table><tr><td>a<td>b'))).toEqual([[['a', 'b']]]);
  });

  it('puts text between two tables into the second block caption and drops text after the last', () => {
    const g = htmlToGrid(`Kế hoạch số 159/KH-UBND
      <table><tr><td>1</td></tr></table>
      <p>PHỤ LỤC 2</p>CÁC CHỈ TIÊU<br>(Kèm theo Kế hoạch)
      <div><span>Trang</span> <i>2</i></div>
      <table><caption>Bảng 2</caption><tr><td>2</td></tr></table>
      <p>Nơi nhận</p>`);
    expect(g.preamble).toEqual(['Kế hoạch số 159/KH-UBND']);
    expect(g.blocks.map((b) => b.caption)).toEqual([
      ['Kế hoạch số 159/KH-UBND'],
      ['PHỤ LỤC 2', 'CÁC CHỈ TIÊU', '(Kèm theo Kế hoạch)', 'Trang 2', 'Bảng 2'],
    ]);
  });

  it('keeps columns aligned under colspan, and handles colspan with rowspan together', () => {
    const g = htmlToGrid(`<table>
      <tr><td rowspan=2 colspan=2>A</td><td>B</td></tr>
      <tr><td>C</td></tr>
      <tr><td colspan='3'>D</td><td>E</td></tr>
      <tr><td>F</td><td>G</td><td rowspan="9">H</td></tr>
    </table>`);
    const rows = g.blocks[0]!.rows;
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['A', '', 'B', ''],
      ['A', '', 'C', ''],
      ['D', '', '', 'E'],
      ['F', 'G', 'H', ''],
    ]);
    expect(rows[1]!.cells.map((c) => c.spanned === true)).toEqual([true, true, false, false]);
    expect(rows[0]!.cells.some((c) => c.spanned)).toBe(false);
  });

  it('fills rowspan copies into rows that are shorter than the table', () => {
    const g = htmlToGrid('<table><tr><td>1</td><td>x</td><td rowspan=3>Sở Y tế</td></tr><tr></tr><tr><td>3</td></tr></table>');
    expect(texts(g)).toEqual([
      [
        ['1', 'x', 'Sở Y tế'],
        ['', '', 'Sở Y tế'],
        ['3', '', 'Sở Y tế'],
      ],
    ]);
  });

  it('clamps colspan and rowspan', () => {
    const g = htmlToGrid('<table><tr><td colspan=99999999999>a</td><td colspan=-3 rowspan=abc>b</td></tr></table>');
    const row = g.blocks[0]!.rows[0]!;
    expect(row.cells).toHaveLength(1001);
    expect(row.cells[1000]!.text).toBe('b');
  });

  it('flattens nested tables into the outer cell', () => {
    const g = htmlToGrid('<table><tr><td>Sở<table><tr><td>Nội</td><td>vụ</td></tr></table>x</td><td>z</td></tr></table>');
    expect(texts(g)).toEqual([[['Sở Nội vụ x', 'z']]]);
  });

  it('handles attributes with > inside quotes, self-closing tags, raw-text elements and block tags in cells', () => {
    const g = htmlToGrid(
      `<table data-x="a>b" data-y='<td>'><tr><td title="1 > 0">a<br/>b</td><td><p>c</p><div>d</div><ul><li>e<li>f</ul></td>` +
        `<td>g<script>document.write('<td>')</SCRIPT >h</td><td>i<img src=x.png/>j</td></tr></table>`,
    );
    expect(texts(g)).toEqual([[['a b', 'c d e f', 'gh', 'ij']]]);
  });

  it('treats a stray < as text and keeps inline tags unspaced', () => {
    const g = htmlToGrid('<table><tr><td>a < b</td><td>x<b>y</b>z</td><td>1 <3</td></tr></table>');
    expect(texts(g)).toEqual([[['a < b', 'xyz', '1 <3']]]);
  });

  it('returns only a preamble when there is no table', () => {
    expect(htmlToGrid('<h1>Tiêu đề</h1><p>Đoạn</p>')).toEqual({ kind: 'html', preamble: ['Tiêu đề', 'Đoạn'], blocks: [] });
    expect(htmlToGrid('')).toEqual({ kind: 'html', preamble: [], blocks: [] });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const g = htmlToGrid(s);
        expect(g.kind).toBe('html');
      }),
      { numRuns: 500 },
    );
  });

  const fragment = fc.oneof(
    fc.constantFrom(
      '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '</th>', '<tbody>', '</thead>', '<caption>',
      '<td rowspan=3>', '<td colspan="2">', '<td rowspan=0 colspan=0>', '<td rowspan="1000" colspan=1000>',
      '<br>', '<br/>', '<p>', '</p>', '<div>', '<li>', '<!--', '-->', '<!-- x -->', '<script>', '</script>',
      '<style>', '<!DOCTYPE html>', '<?xml?>', '</>', '<', '>', '"', "'", '=', '&', '&amp;', '&#', '&#x', '&#99999999999;',
      '&nbsp', '<td title="', '<a href=x>', ' ', '\n',
    ),
    fc.string({ maxLength: 5 }),
  );

  it('never throws on random tag fragments, and keeps every row as wide as its table', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const g = htmlToGrid(parts.join(''));
        for (const b of g.blocks) {
          const widths = new Set(b.rows.map((r) => r.cells.length));
          expect(widths.size).toBeLessThanOrEqual(1);
          b.rows.forEach((r, k) => expect(r.row).toBe(k + 1));
          for (const line of b.caption) expect(line).not.toBe('');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it(
    'parses a 2 MB page',
    () => {
      const row = '<tr><td>1.1</td><td>Trách nhiệm &amp; giải trình<br>của chính quyền</td><td rowspan=2>86,32</td><td>Sở Tư pháp</td></tr>\n';
      const html = `<p>PHỤ LỤC</p><table>${row.repeat(Math.ceil(2_000_000 / row.length))}</table>`;
      expect(html.length).toBeGreaterThan(2_000_000);
      const g = htmlToGrid(html);
      expect(g.blocks[0]!.rows.length).toBe(Math.ceil(2_000_000 / row.length));
    },
    60_000,
  );

  it(
    'survives hostile inputs without blowing up',
    () => {
      // Unclosed comment/quote/script, deep nesting and many huge spans.
      expect(htmlToGrid('<table><tr><td>a<!-- never closed').blocks).toHaveLength(1);
      expect(htmlToGrid('<table><tr><td class="never closed>a</td></tr></table>').blocks).toHaveLength(1);
      expect(htmlToGrid('<table><tr><td>a<script>'.repeat(10_000)).blocks).toHaveLength(1);
      expect(htmlToGrid('<table><tr><td>'.repeat(50_000)).blocks.length).toBeGreaterThan(0);
      const g = htmlToGrid('<table>' + '<tr><td colspan=1000 rowspan=1000>x'.repeat(20_000) + '</table>');
      const cells = g.blocks.reduce((n, b) => n + b.rows.reduce((m, r) => m + r.cells.length, 0), 0);
      expect(cells).toBeLessThan(1_100_000);
    },
    60_000,
  );
});

describe('an appendix heading with no table under it', () => {
  const page = (between: string) =>
    `<p>KẾ HOẠCH</p><p>Phụ lục II</p><p>KẾT QUẢ CHỈ SỐ CCHC</p><table><tr><td>TT</td><td>Lĩnh vực/Tiêu chí</td><td>Điểm tối đa</td><td>Kết quả năm 2024</td><td>Chỉ tiêu năm 2025</td></tr><tr><td>1</td><td>Công tác chỉ đạo</td><td>9</td><td>8</td><td>9</td></tr></table>${between}`;
  const warned = (html: string) => {
    const r = importPlan({ kind: 'html', html });
    if (!r.ok) throw new Error(r.error.code);
    return r.findings.filter((f) => f.rule === 'import.appendix-without-table').map((f) => f.stated);
  };

  it('is said, with its title, when the table after it was saved as paragraphs (a .doc round trip)', () => {
    expect(warned(page('<p>Phụ lục III</p><p>KẾT QUẢ CHỈ SỐ PAPI</p><p>TTChỉ số nội dungĐiểm tối đa 1 Tham gia 10 4,59</p>'))).toEqual(['Phụ lục III — KẾT QUẢ CHỈ SỐ PAPI']);
  });

  it('is not said of an appendix whose table was read, nor of an appendix named inside a sentence', () => {
    expect(warned(page('<p>(Chi tiết tại Phụ lục II kèm theo)</p>'))).toEqual([]);
  });
});
