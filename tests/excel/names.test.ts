import { absoluteRows, areaRows, cleanSheetName, formulaRenamer, headerSections, pickSheetName, splitAreas, widthToPoints } from '../../src/excel/names';
import { isDateFormat, readCell, serialToDate } from '../../src/excel/read';

describe('sheet names', () => {
  it('numbers a taken name, case-insensitively, within 31 characters', () => {
    const taken = new Set(['pl2 par index', 'pl2 par index (2)']);
    expect(pickSheetName('PL2 PAR INDEX', taken)).toBe('PL2 PAR INDEX (3)');
    expect(pickSheetName('Đơn vị', taken)).toBe('Đơn vị');
    const long = 'Một tên trang tính rất dài vượt quá giới hạn';
    const first = pickSheetName(long, taken);
    const second = pickSheetName(long, taken);
    expect(first.length).toBeLessThanOrEqual(31);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(31);
  });

  it('drops what Excel refuses', () => {
    expect(cleanSheetName("'Kế hoạch [2025]: a/b\\c*?'")).toBe('Kế hoạch -2025-- a-b-c--');
    expect(cleanSheetName('')).toBe('Sheet');
  });

  it('points formulas at the sheets actually created, once', () => {
    const rename = formulaRenamer(new Map([['PL2 PAR INDEX', 'PL2 PAR INDEX (2)'], ['_meta', '_meta (2)'], ['Tổng quan', 'Tổng quan']]));
    expect(rename("'PL2 PAR INDEX'!E107+_meta!B2")).toBe("'PL2 PAR INDEX (2)'!E107+'_meta (2)'!B2");
    expect(rename(`HYPERLINK("#'PL2 PAR INDEX'!D106","D106")`)).toBe(`HYPERLINK("#'PL2 PAR INDEX (2)'!D106","D106")`);
    expect(rename("'My PL2 PAR INDEX'!A1+x_meta!A1")).toBe("'My PL2 PAR INDEX'!A1+x_meta!A1");
  });
});

describe('print helpers', () => {
  it('splits a header into sections, keeping font codes and &&', () => {
    expect(headerSections('&L&"Times New Roman,Italic"&9Kế hoạch A&&B&R&"Times New Roman,Italic"&9Tổng quan')).toEqual({
      left: '&"Times New Roman,Italic"&9Kế hoạch A&&B',
      center: '',
      right: '&"Times New Roman,Italic"&9Tổng quan',
    });
    expect(headerSections('Trang &P / &N')).toEqual({ left: '', center: 'Trang &P / &N', right: '' });
  });

  it('converts rows, widths', () => {
    expect(absoluteRows('4:4')).toBe('$4:$4');
    expect(widthToPoints(10)).toBe(56.25);
  });
});

describe('reading helpers', () => {
  it('tells text that looks like a formula from a formula', () => {
    expect(readCell('=1+1', '=1+1', '@')).toEqual({ value: '=1+1', formula: null, numFmt: '@' });
    expect(readCell(2, '=1+1', 'General')).toEqual({ value: 2, formula: '1+1', numFmt: 'General' });
    expect(readCell('', '', 'General')).toBeNull();
    expect(readCell('', '=IF(A1,"","")', 'General')).toEqual({ value: null, formula: 'IF(A1,"","")', numFmt: 'General' });
  });

  it('gives dates as YYYY-MM-DD', () => {
    expect(isDateFormat('dd/mm/yyyy')).toBe(true);
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('[$-409]h:mm')).toBe(false);
    expect(serialToDate(45817)).toBe('2025-06-09');
    expect(readCell(45817, 45817, 'dd/mm/yyyy')).toEqual({ value: '2025-06-09', formula: null, numFmt: 'dd/mm/yyyy' });
  });

  it('parses visible areas', () => {
    expect(splitAreas("'A, B'!A1:C5,'A, B'!A8:C9")).toEqual(["'A, B'!A1:C5", "'A, B'!A8:C9"]);
    expect(areaRows("'A, B'!A8:C9")).toEqual([8, 9]);
    expect(areaRows('A:C')).toBeNull();
  });
});
