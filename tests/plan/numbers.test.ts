import fc from 'fast-check';
import { formatViNumber, parseViNumber, roundingTolerance, splitFootnote } from '../../src/plan/numbers';

describe('parseViNumber', () => {
  it.each([
    ['9,5', 9.5, 1],
    ['0,950', 0.95, 3],
    ['43,7747', 43.7747, 4],
    ['12,0', 12, 1],
    ['100', 100, 0],
    ['86,50', 86.5, 2],
    ['-1,5', -1.5, 1],
    ['3,33', 3.33, 2],
  ])('reads the decimal comma in %s', (text, value, decimals) => {
    expect(parseViNumber(text)).toEqual({ value, decimals });
  });

  it.each([
    ['2.5', 2.5, 1],
    ['0.9', 0.9, 1],
    ['1.234', 1.234, 3], // one dot group, no comma: a decimal copied from the web, not a thousand
  ])('accepts a decimal point when unambiguous: %s', (text, value, decimals) => {
    expect(parseViNumber(text)).toEqual({ value, decimals });
  });

  it.each([
    ['1.234,5', 1234.5, 1],
    ['1.234.567', 1234567, 0],
    ['12.345.678,25', 12345678.25, 2],
  ])('reads dot thousands separators in %s', (text, value, decimals) => {
    expect(parseViNumber(text)).toEqual({ value, decimals });
  });

  it.each([
    ['  9,5  ', 9.5, 1],
    ['\u00a086,50\u00a0', 86.5, 2],
    ['95%', 95, 0],
    ['86,5 %', 86.5, 1],
  ])('tolerates spaces and a trailing percent: %j', (text, value, decimals) => {
    expect(parseViNumber(text)).toEqual({ value, decimals });
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseViNumber('-0')?.value, 0)).toBe(true);
  });

  it.each(['', '   ', '%', 'abc', '1,2,3', '9,5a', '--1', '1..2', ',5', '5,', '1.2.3', '12.34.567', '1 234', 'NaN', 'Infinity', '1e5', '9,5%%'])(
    'rejects %j',
    (text) => {
      expect(parseViNumber(text)).toBeNull();
    },
  );

  it('never throws, and what it returns is a finite number with a sane decimal count', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseViNumber(s);
        if (r !== null) {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(Number.isInteger(r.decimals) && r.decimals >= 0).toBe(true);
        }
      }),
    );
  });

  it('reads back what formatViNumber writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const r = parseViNumber(formatViNumber(value, decimals));
        expect(r?.decimals).toBe(decimals);
        expect(r?.value).toBeCloseTo(value, decimals);
      }),
    );
  });
});

describe('formatViNumber', () => {
  it('writes a decimal comma', () => {
    expect(formatViNumber(9.5)).toBe('9,5');
    expect(formatViNumber(100)).toBe('100');
    expect(formatViNumber(-1.5)).toBe('-1,5');
  });

  it('keeps the requested decimals, trailing zeros included', () => {
    expect(formatViNumber(0.95, 3)).toBe('0,950');
    expect(formatViNumber(12, 1)).toBe('12,0');
    expect(formatViNumber(43.77474, 4)).toBe('43,7747');
    expect(formatViNumber(3.33, 0)).toBe('3');
  });

  it('does not print negative zero or exponents', () => {
    expect(formatViNumber(-0.001, 2)).toBe('0,00');
    expect(formatViNumber(-0)).toBe('0');
    expect(formatViNumber(1e-7)).toBe('0,0000001');
  });

  it('rejects an impossible decimal count', () => {
    expect(() => formatViNumber(1, -1)).toThrow(RangeError);
    expect(() => formatViNumber(1, 1.5)).toThrow(RangeError);
  });
});

describe('roundingTolerance', () => {
  it('is half a unit of the last decimal a published score carries', () => {
    expect(roundingTolerance(2)).toBeCloseTo(0.005, 12);
    expect(roundingTolerance(3)).toBeCloseTo(0.0005, 12);
    expect(roundingTolerance(4)).toBeCloseTo(0.00005, 12);
  });

  it('reads values written with fewer than two decimals as two-decimal scores (1,5 = 1,50)', () => {
    expect(roundingTolerance(0)).toBeCloseTo(0.005, 12);
    expect(roundingTolerance(1)).toBeCloseTo(0.005, 12);
  });

  it('rejects a decimal count that cannot come from written text', () => {
    expect(() => roundingTolerance(-1)).toThrow(RangeError);
    expect(() => roundingTolerance(0.5)).toThrow(RangeError);
    expect(() => roundingTolerance(Number.NaN)).toThrow(RangeError);
  });
});

describe('splitFootnote', () => {
  it.each([
    ['5,2210 (*)', '5,2210', '(*)'],
    ['5,22*', '5,22', '*'],
    ['87,5 (1)', '87,5', '(1)'],
    ['86,50% (**)', '86,50%', '(**)'],
    ['4,1²', '4,1', '²'],
  ])('%s is %s with the mark %s', (written, text, mark) => {
    expect(splitFootnote(written)).toEqual({ text, mark });
  });

  it('leaves a value without a mark, and a mark standing alone, as they are', () => {
    expect(splitFootnote(' 9,5 ')).toEqual({ text: '9,5', mark: null });
    expect(splitFootnote('(1)')).toEqual({ text: '(1)', mark: null });
    expect(splitFootnote('Tăng 2 bậc')).toEqual({ text: 'Tăng 2 bậc', mark: null });
  });
});
