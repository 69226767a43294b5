import fc from 'fast-check';
import { codeDepth, compareCodes, intToRoman, normalizeCode, parentCode, romanToInt } from '../../src/plan/codes';

describe('romanToInt / intToRoman', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['VIII', 8],
    ['IX', 9],
    ['XIV', 14],
    ['XXXIX', 39],
    ['iv', 4],
  ])('reads %s as %d', (s, n) => {
    expect(romanToInt(s)).toBe(n);
  });

  it.each(['', 'IIII', 'VV', 'IC', 'XL', 'C', 'A', '4', 'I V', 'VX'])('rejects %j', (s) => {
    expect(romanToInt(s)).toBeNull();
  });

  it('round-trips 1..39', () => {
    for (let n = 1; n <= 39; n++) expect(romanToInt(intToRoman(n))).toBe(n);
    expect(intToRoman(4)).toBe('IV');
  });

  it.each([0, 40, -1, 1.5])('refuses to write %d', (n) => {
    expect(() => intToRoman(n)).toThrow(RangeError);
  });
});

describe('normalizeCode', () => {
  it.each([
    ['1,1', '1.1', true], // a decimal comma leaked into numbering
    ['5.3.2.', '5.3.2', true],
    ['1.', '1', false], // the plan's normal style for a task number
    ['1.3.1', '1.3.1', false],
    [' 2 ', '2', false],
    ['2.3', '2.3', false],
    ['8,6', '8.6', true],
    ['5. 3', '5.3', true],
    ['01', '1', true],
  ])('reads numeric %j as %s (repaired %s)', (raw, code, repaired) => {
    expect(normalizeCode(raw)).toEqual({ code, repaired, kind: 'numeric' });
  });

  it('recognises roman areas', () => {
    expect(normalizeCode('IV')).toEqual({ code: 'IV', repaired: false, kind: 'roman' });
    expect(normalizeCode('IV.')).toEqual({ code: 'IV', repaired: false, kind: 'roman' });
    expect(normalizeCode('iv')).toEqual({ code: 'IV', repaired: true, kind: 'roman' });
  });

  it('recognises roman sub-areas', () => {
    expect(normalizeCode('II.3')).toEqual({ code: 'II.3', repaired: false, kind: 'roman-sub' });
    expect(normalizeCode('VIII.4')).toEqual({ code: 'VIII.4', repaired: false, kind: 'roman-sub' });
    expect(normalizeCode('II,3')).toEqual({ code: 'II.3', repaired: true, kind: 'roman-sub' });
    expect(normalizeCode('II.3.')).toEqual({ code: 'II.3', repaired: true, kind: 'roman-sub' });
  });

  it.each(['A', 'B', 'C', 'H'])('recognises part letter %s', (raw) => {
    expect(normalizeCode(raw)).toEqual({ code: raw, repaired: false, kind: 'letter' });
  });

  it.each(['-', '–', '—', '+', ' - '])('reads %j as an unnumbered dash row', (raw) => {
    expect(normalizeCode(raw)).toEqual({ code: '-', repaired: false, kind: 'dash' });
  });

  it.each([
    ['a', 'a'],
    ['a)', 'a'],
    ['b.', 'b'],
    ['(c)', 'c'],
    ['h)', 'h'],
  ])('reads %j as a lettered item under a numbered row', (raw, code) => {
    expect(normalizeCode(raw)).toEqual({ code, repaired: false, kind: 'sub-letter' });
  });

  it('reads blank as empty', () => {
    expect(normalizeCode('')).toEqual({ code: '', repaired: false, kind: 'empty' });
    expect(normalizeCode(' \n ')).toEqual({ code: '', repaired: false, kind: 'empty' });
  });

  it.each([
    ['Tổng', 'Tổng'],
    ['  Chỉ số  PAR ', 'Chỉ số PAR'],
    ['k', 'k'],
    ['K', 'K'],
    ['IIII', 'IIII'],
    ['XL', 'XL'],
    ['1..2', '1..2'],
    ['--', '--'],
    ['II.a', 'II.a'],
  ])('keeps anything else as other: %j', (raw, code) => {
    expect(normalizeCode(raw)).toEqual({ code, repaired: false, kind: 'other' });
  });

  it('never throws and returns a code without surrounding spaces', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = normalizeCode(s);
        expect(r.code).toBe(r.code.trim());
        if (r.kind === 'empty') expect(r.code).toBe('');
      }),
    );
  });

  it('is stable: a normalised numeric code normalises to itself, unrepaired', () => {
    const code = fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('.'));
    fc.assert(fc.property(code, (c) => expect(normalizeCode(c)).toEqual({ code: c, repaired: false, kind: 'numeric' })));
  });
});

describe('parentCode', () => {
  it('drops the last segment', () => {
    expect(parentCode('5.3.2')).toBe('5.3');
    expect(parentCode('5.3')).toBe('5');
    expect(parentCode('II.3')).toBe('II');
  });

  it.each(['5', 'II', '', 'total', '-', '5.3.', 'abc.1', 'IIII.2'])('has no parent for %j', (code) => {
    expect(parentCode(code)).toBeNull();
  });
});

describe('codeDepth', () => {
  it('counts segments', () => {
    expect(codeDepth('5')).toBe(1);
    expect(codeDepth('5.3')).toBe(2);
    expect(codeDepth('5.3.2')).toBe(3);
    expect(codeDepth('II.3')).toBe(2);
  });

  it.each(['', 'total', '-', '1,1', 'abc'])('is 0 for non-code %j', (code) => {
    expect(codeDepth(code)).toBe(0);
  });
});

describe('compareCodes', () => {
  it('orders numerically, parents first', () => {
    const codes = ['1.10', '2', '1.9', '1', '10', '1.2.1', '1.2'];
    expect([...codes].sort(compareCodes)).toEqual(['1', '1.2', '1.2.1', '1.9', '1.10', '2', '10']);
  });

  it('orders roman areas by value', () => {
    expect(['IX', 'IV', 'X', 'II.10', 'II.2'].sort(compareCodes)).toEqual(['II.2', 'II.10', 'IV', 'IX', 'X']);
  });

  it('is zero only for equal codes', () => {
    expect(compareCodes('5.3', '5.3')).toBe(0);
    expect(compareCodes('1.9', '1.10')).toBeLessThan(0);
    expect(compareCodes('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareCodes('01', '1')).not.toBe(0);
  });

  it('is a consistent order (antisymmetric, transitive)', () => {
    const seg = fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('I', 'IV', 'X', 'A', 'b', ''));
    const code = fc.array(seg, { minLength: 1, maxLength: 3 }).map((xs) => xs.join('.'));
    fc.assert(
      fc.property(code, code, code, (a, b, c) => {
        expect(Math.sign(compareCodes(a, b))).toBe(-Math.sign(compareCodes(b, a)) || 0);
        if (compareCodes(a, b) <= 0 && compareCodes(b, c) <= 0) expect(compareCodes(a, c)).toBeLessThanOrEqual(0);
        if (compareCodes(a, b) === 0) expect(a).toBe(b);
      }),
    );
  });
});
