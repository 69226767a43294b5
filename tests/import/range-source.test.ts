import fc from 'fast-check';
import { formatNumber, parseTsv, rangeToGrid, tsvToGrid } from '../../src/import/range-source';
import type { Grid } from '../../src/import/grid';

function texts(grid: Grid): string[][] {
  return grid.blocks.flatMap((b) => b.rows.map((r) => r.cells.map((c) => c.text)));
}

describe('rangeToGrid', () => {
  it('formats numbers with the Vietnamese decimal comma and without float noise', () => {
    expect(formatNumber(9.5)).toBe('9,5');
    expect(formatNumber(86.5)).toBe('86,5');
    expect(formatNumber(43.7747)).toBe('43,7747');
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(0.1 + 0.2)).toBe('0,3');
    expect(formatNumber(10 / 3)).toBe('3,3333333333');
    expect(formatNumber(-2.25)).toBe('-2,25');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(123456789.123)).toBe('123456789,123');
    expect(formatNumber(1e15 + 0.25)).toBe('1000000000000000');
    expect(formatNumber(0.000001)).toBe('0,000001');
    expect(formatNumber(1e-12)).toBe('0');
    expect(formatNumber(2.675)).toBe('2,675');
    expect(formatNumber(12345678)).toBe('12345678');
    expect(formatNumber(Number.NaN)).toBe('');
  });

  it('never writes exponent notation for ordinary magnitudes', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        const s = formatNumber(n);
        expect(s).toMatch(/^-?\d+(,\d{1,10})?$/);
        if (Math.abs(n) >= 1e-9) expect(Math.abs(Number(s.replace(',', '.')) - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-13 + 1e-10);
      }),
    );
  });

  it('turns every kind of value into text', () => {
    const g = rangeToGrid([
      ['  Sở  Tư\npháp ', 86.5, true, false, null, undefined, '', new Date(Date.UTC(2025, 5, 9))],
      [new Date(2025, 11, 31), { richText: [{ text: 'PAR ' }, { text: 'INDEX' }] }, { formula: 'A1', result: 9.5 }, { error: '#N/A' }, {}, 7n],
    ]);
    expect(g.kind).toBe('range');
    expect(g.preamble).toEqual([]);
    expect(g.blocks).toHaveLength(1);
    expect(g.blocks[0]!.caption).toEqual([]);
    expect(texts(g)).toEqual([
      ['Sở Tư pháp', '86,5', 'TRUE', 'FALSE', '', '', '', '09/06/2025'],
      ['31/12/2025', 'PAR INDEX', '9,5', '#N/A', '', '7', '', ''],
    ]);
    // A line break typed in the cell (Alt+Enter) is kept as lines for agency lists; the text reads as one.
    expect(g.blocks[0]!.rows[0]!.cells[0]).toEqual({ text: 'Sở Tư pháp', lines: ['Sở Tư', 'pháp'], line: null });
  });

  it('pads ragged rows and numbers rows from firstRow', () => {
    const g = rangeToGrid([['STT', 'Lĩnh vực'], ['1'], [], ['2', 'x', 3]], { firstRow: 5 });
    expect(texts(g)).toEqual([
      ['STT', 'Lĩnh vực', ''],
      ['1', '', ''],
      ['', '', ''],
      ['2', 'x', '3'],
    ]);
    expect(g.blocks[0]!.rows.map((r) => r.row)).toEqual([5, 6, 7, 8]);
    expect(rangeToGrid([['a']]).blocks[0]!.rows[0]!.row).toBe(1);
  });

  it('accepts an empty range', () => {
    expect(rangeToGrid([])).toEqual({ kind: 'range', preamble: [], blocks: [{ caption: [], rows: [] }] });
  });
});

describe('tsvToGrid', () => {
  it('splits clipboard text on tabs and line breaks', () => {
    const g = tsvToGrid('STT\tLĩnh vực\tKết quả năm 2024\r\n1.\tTrách nhiệm giải trình\t86,32\r\n2.\t\t\r\n');
    expect(texts(g)).toEqual([
      ['STT', 'Lĩnh vực', 'Kết quả năm 2024'],
      ['1.', 'Trách nhiệm giải trình', '86,32'],
      ['2.', '', ''],
    ]);
    expect(g.kind).toBe('range');
  });

  it('handles Excel quoting: embedded newlines, tabs and doubled quotes', () => {
    expect(parseTsv('"Sở Nội vụ;\nSở Tư pháp"\t"a\tb"\t"He said ""hi"""\r\nx\t""\n')).toEqual([
      ['Sở Nội vụ;\nSở Tư pháp', 'a\tb', 'He said "hi"'],
      ['x', ''],
    ]);
    expect(texts(tsvToGrid('"Sở Nội vụ;\r\nSở Tư pháp"\t1'))).toEqual([['Sở Nội vụ; Sở Tư pháp', '1']]);
  });

  it('keeps a leading quote that is not Excel quoting as text', () => {
    expect(parseTsv('"PAR" INDEX\t2\n"unclosed\t3')).toEqual([
      ['"PAR" INDEX', '2'],
      ['"unclosed', '3'],
    ]);
  });

  it('treats empty input and lone line breaks sensibly', () => {
    expect(parseTsv('')).toEqual([]);
    expect(parseTsv('\n')).toEqual([['']]);
    expect(parseTsv('a\rb')).toEqual([['a'], ['b']]);
    expect(parseTsv('a\t')).toEqual([['a', '']]);
  });

  it('round-trips cells quoted the way Excel quotes them', () => {
    const cellText = fc.string({ maxLength: 8 }).map((s) => s.replace(/\r/g, ''));
    fc.assert(
      fc.property(fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const quote = (s: string): string => (/[\t\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
        // A lone empty row is indistinguishable from no row in clipboard text.
        fc.pre(!rows.some((r) => r.length === 1 && r[0] === ''));
        const tsv = rows.map((r) => r.map(quote).join('\t')).join('\r\n') + '\r\n';
        expect(parseTsv(tsv)).toEqual(rows);
      }),
    );
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', '\t', '\n', '\r', ' ') , maxLength: 40 }), (s) => {
        const g = tsvToGrid(s);
        const widths = new Set(g.blocks[0]!.rows.map((r) => r.cells.length));
        expect(widths.size).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});
