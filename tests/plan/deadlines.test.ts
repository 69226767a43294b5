import fc from 'fast-check';
import { dueForUnit, isoDate, lastDayOfMonth, parseDeadline } from '../../src/plan/deadlines';
import { DeadlineSchema } from '../../src/plan/schema';

const ctx = { year: 2025 };
const noYear = { year: null };

/** A deadline read as one dated period without a scope. */
function dated(text: string, from: string, to: string) {
  return { text, from, to, recurring: null, parsed: true, parts: [{ text, from, to, scope: null }] };
}

function unread(text: string) {
  return { text, from: null, to: null, recurring: null, parsed: false, parts: [] };
}

describe('parseDeadline: months', () => {
  it.each([
    ['Tháng 7/2025', '2025-07-01', '2025-07-31'],
    ['Tháng 7 năm 2025', '2025-07-01', '2025-07-31'],
    ['Tháng 12/2025', '2025-12-01', '2025-12-31'],
    ['Tháng 9/2025', '2025-09-01', '2025-09-30'],
    ['Tháng 2/2024', '2024-02-01', '2024-02-29'],
    ['Tháng 2/2025', '2025-02-01', '2025-02-28'],
    ['tháng 07 / 2025', '2025-07-01', '2025-07-31'],
    ['THÁNG 7/2025', '2025-07-01', '2025-07-31'],
  ])('%s covers the whole month', (text, from, to) => {
    expect(parseDeadline(text, ctx)).toEqual(dated(text, from, to));
  });

  it('keeps the text as written, only trimmed', () => {
    const d = parseDeadline('  Tháng  7/2025 \n', ctx);
    expect(d.text).toBe('Tháng  7/2025');
    expect([d.from, d.to]).toEqual(['2025-07-01', '2025-07-31']);
  });

  it('reads decomposed (NFD) Vietnamese the same way', () => {
    expect(parseDeadline('Tháng 7/2025'.normalize('NFD'), ctx).to).toBe('2025-07-31');
  });

  it('uses the plan year for a month without one', () => {
    expect(parseDeadline('Tháng 7', ctx).from).toBe('2025-07-01');
    expect(parseDeadline('Tháng 7', noYear).parsed).toBe(false);
  });
});

describe('parseDeadline: quarters and years', () => {
  it.each([
    ['Quý I/2025', '2025-01-01', '2025-03-31'],
    ['Quý II/2025', '2025-04-01', '2025-06-30'],
    ['Quý III/2025', '2025-07-01', '2025-09-30'],
    ['Quý IV/2025', '2025-10-01', '2025-12-31'],
    ['Quý IV năm 2025', '2025-10-01', '2025-12-31'],
    ['Quý 2/2025', '2025-04-01', '2025-06-30'],
    ['quý ii/2026', '2026-04-01', '2026-06-30'],
    ['Trong năm 2025', '2025-01-01', '2025-12-31'],
    ['Năm 2026', '2026-01-01', '2026-12-31'],
  ])('%s covers its period', (text, from, to) => {
    expect(parseDeadline(text, ctx)).toEqual(dated(text, from, to));
  });

  it('takes the plan year when the cell names none', () => {
    expect(parseDeadline('Quý IV', ctx)).toEqual(dated('Quý IV', '2025-10-01', '2025-12-31'));
    expect(parseDeadline('Trong năm', ctx)).toEqual(dated('Trong năm', '2025-01-01', '2025-12-31'));
    expect(parseDeadline('Quý IV', { year: 2026 }).to).toBe('2026-12-31');
  });

  it('does not guess a year it was not given', () => {
    expect(parseDeadline('Quý IV', noYear)).toEqual(unread('Quý IV'));
    expect(parseDeadline('Trong năm', noYear)).toEqual(unread('Trong năm'));
  });

  it('prefers the written year over the plan year', () => {
    expect(parseDeadline('Quý II/2024', ctx).from).toBe('2024-04-01');
  });
});

describe('parseDeadline: spans of quarters, months and half-years', () => {
  it.each([
    // The year written once, at the end, holds for the whole span, whatever the plan's year.
    ['Quý III - IV/2024', '2024-07-01', '2024-12-31'],
    ['Quý III – Quý IV/2024', '2024-07-01', '2024-12-31'],
    ['Quý I đến Quý II năm 2026', '2026-01-01', '2026-06-30'],
    ['Quý II, Quý III/2025', '2025-04-01', '2025-09-30'],
    ['Quý II và Quý III/2025', '2025-04-01', '2025-09-30'],
    ['Quý II, III/2026', '2026-04-01', '2026-09-30'],
    ['Tháng 10 - 12/2024', '2024-10-01', '2024-12-31'],
    ['6 tháng đầu năm 2025', '2025-01-01', '2025-06-30'],
    ['6 tháng cuối năm 2025', '2025-07-01', '2025-12-31'],
    ['Sáu tháng cuối năm 2026', '2026-07-01', '2026-12-31'],
  ])('%s covers its span', (text, from, to) => {
    expect(parseDeadline(text, ctx)).toEqual(dated(text, from, to));
  });

  it('takes the plan year for a span that names none', () => {
    expect(parseDeadline('6 tháng đầu năm', ctx)).toEqual(dated('6 tháng đầu năm', '2025-01-01', '2025-06-30'));
    expect(parseDeadline('Quý III - IV', noYear).parsed).toBe(false);
  });

  it.each([
    ['Năm 2025 - 2026', '2025-01-01', '2026-12-31'],
    ['Giai đoạn 2025-2026', '2025-01-01', '2026-12-31'],
    ['2025 – 2027', '2025-01-01', '2027-12-31'],
  ])('%s covers the years it names', (text, from, to) => {
    expect(parseDeadline(text, ctx)).toEqual(dated(text, from, to));
  });

  it('reads two months or quarters listed with "và" or a comma as two reports, not the span between them', () => {
    const d = parseDeadline('Tháng 6 và tháng 12/2025', ctx);
    expect(d).toMatchObject({ from: '2025-06-01', to: '2025-12-31', parsed: true });
    expect(d.parts.map((p) => [p.text, p.from, p.to])).toEqual([
      ['Tháng 6/2025', '2025-06-01', '2025-06-30'],
      ['Tháng 12/2025', '2025-12-01', '2025-12-31'],
    ]);
    expect(parseDeadline('Quý I, Quý III/2026', ctx).parts.map((p) => [p.from, p.to])).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-07-01', '2026-09-30'],
    ]);
  });

  it.each(['Quý IV - II/2025', 'Quý III - V/2025', '7 tháng đầu năm 2025', 'Năm 2026 - 2025'])('leaves the impossible span %j unparsed', (text) => {
    expect(parseDeadline(text, ctx)).toEqual(unread(text));
  });
});

describe('parseDeadline: days', () => {
  it('reads a single day as a one-day period', () => {
    expect(parseDeadline('Ngày 30/6/2025', ctx)).toEqual(dated('Ngày 30/6/2025', '2025-06-30', '2025-06-30'));
  });

  it('reads "before a day" as an end with an open start', () => {
    const d = parseDeadline('Trước ngày 30/6/2025', ctx);
    expect(d).toMatchObject({ from: null, to: '2025-06-30', parsed: true, recurring: null });
  });

  it('reads a day written in words, as the decision itself writes it', () => {
    expect(parseDeadline('Trước ngày 31 tháng 10 năm 2025', ctx)).toMatchObject({ from: null, to: '2025-10-31', parsed: true });
    expect(parseDeadline('Ngày 15 tháng 12 năm 2025', ctx)).toMatchObject({ from: '2025-12-15', to: '2025-12-15', parsed: true });
    expect(parseDeadline('Ngày 31 tháng 2 năm 2025', ctx).parsed).toBe(false);
  });

  it.each([
    ['Trước 30/9', null, '2025-09-30'],
    ['30/9', '2025-09-30', '2025-09-30'],
    ['Đến 30/9/2025', null, '2025-09-30'],
    ['Hoàn thành trước 30/9/2025', null, '2025-09-30'],
    ['Chậm nhất ngày 15/11', null, '2025-11-15'],
    ['01/7 - 30/9/2025', '2025-07-01', '2025-09-30'],
    ['Từ 01/7/2025 đến 31/12/2025', '2025-07-01', '2025-12-31'],
    ['Từ tháng 7 đến tháng 9/2025', '2025-07-01', '2025-09-30'],
  ])('reads %j, a day or a span of days as provinces write them, in the plan’s year when it names none', (text, from, to) => {
    expect(parseDeadline(text, ctx)).toMatchObject({ from, to, parsed: true });
  });

  it('reads "10 - 12/2024" as months, not as the 10th of December', () => {
    expect(parseDeadline('10 - 12/2024', ctx)).toMatchObject({ parsed: false });
    expect(parseDeadline('30-6-2025', ctx)).toMatchObject({ from: '2025-06-30', to: '2025-06-30' });
  });

  it('leaves a day with no year to give it unread', () => {
    expect(parseDeadline('Trước 30/9', noYear).parsed).toBe(false);
  });

  it('rejects a day that does not exist', () => {
    expect(parseDeadline('Ngày 30/2/2025', ctx).parsed).toBe(false);
    expect(parseDeadline('29/2/2025', ctx).parsed).toBe(false);
  });
});

describe('parseDeadline: recurring and event deadlines', () => {
  it.each([
    ['Thường xuyên', 'continuous'],
    ['thường xuyên, liên tục', 'continuous'],
    ['Hằng năm', 'yearly'],
    ['Hàng năm', 'yearly'],
    ['Hằng tháng báo cáo UBND TP', 'monthly'],
    ['Hàng tháng báo cáo kết quả', 'monthly'],
    ['Theo kỳ báo cáo CCHC', 'periodic'],
    ['Định kỳ hằng quý', 'periodic'],
    // A day of every quarter or month (outsider trial 7, Tiền Giang).
    ['Trước ngày 15 của tháng cuối quý', 'periodic'],
    ['Ngày 20 tháng cuối mỗi quý', 'periodic'],
    ['Trước ngày 25 hằng tháng', 'monthly'],
    ['Khi triển khai các dự án', 'event'],
    ['Trong thời gian thực hiện bầu trưởng thôn, tổ dân phố', 'event'],
    ['Sau khi TP hoàn thành triển khai mô hình chính quyền địa phương 2 cấp', 'event'],
  ] as const)('%s is %s with no dates', (text, recurring) => {
    expect(parseDeadline(text, ctx)).toEqual({ text, from: null, to: null, recurring, parsed: true, parts: [] });
  });

  it('needs no plan year for recurring deadlines', () => {
    expect(parseDeadline('Thường xuyên', noYear).parsed).toBe(true);
  });

  it('matches keywords as whole words only', () => {
    expect(parseDeadline('Khiếu nại', ctx).parsed).toBe(false);
    expect(parseDeadline('Thường xuyênx', ctx).parsed).toBe(false);
  });
});

describe('parseDeadline: several dated parts', () => {
  const text = '- Tháng 6/2025 (các sở, ngành) - Tháng 7/2025 (UBND cấp xã)';

  it('splits parts with their scopes and spans from the earliest to the latest', () => {
    expect(parseDeadline(text, ctx)).toEqual({
      text,
      from: '2025-06-01',
      to: '2025-07-31',
      recurring: null,
      parsed: true,
      parts: [
        { text: 'Tháng 6/2025', from: '2025-06-01', to: '2025-06-30', scope: 'các sở, ngành' },
        { text: 'Tháng 7/2025', from: '2025-07-01', to: '2025-07-31', scope: 'UBND cấp xã' },
      ],
    });
  });

  it('splits at line breaks too, whatever the order of the parts', () => {
    const d = parseDeadline('Quý IV/2025 (cấp xã)\nQuý II/2025 (cấp thành phố)', ctx);
    expect(d.parts.map((p) => p.scope)).toEqual(['cấp xã', 'cấp thành phố']);
    expect([d.from, d.to]).toEqual(['2025-04-01', '2025-12-31']);
  });

  it('keeps the scope of a single dated part', () => {
    expect(parseDeadline('Quý III/2025 (các sở)', ctx).parts).toEqual([
      { text: 'Quý III/2025', from: '2025-07-01', to: '2025-09-30', scope: 'các sở' },
    ]);
  });

  it('does not take a dash inside a date for a bullet', () => {
    expect(parseDeadline('Quý II - 2025', ctx).from).toBe('2025-04-01');
  });

  it('refuses the whole cell when one part is unreadable', () => {
    const bad = '- Tháng 6/2025 (các sở) - Theo hướng dẫn của Bộ';
    expect(parseDeadline(bad, ctx)).toEqual(unread(bad));
  });
});

describe('parseDeadline: what it must not read', () => {
  it.each([
    'Theo hướng dẫn của Bộ chuyên ngành',
    '',
    '   ',
    'Tháng 13/2025',
    'Tháng 0/2025',
    'Quý V/2025',
    'Quý 5/2025',
    'Quý IIII/2025',
    'Tháng 7/2025 và các năm tiếp theo',
    'Tháng 7/20255',
    'Tháng 7/1066',
    '2025',
    'abc',
  ])('leaves %j unparsed', (text) => {
    expect(parseDeadline(text, ctx)).toEqual(unread(text.trim()));
  });

  it('rejects a plan year that is not a year', () => {
    expect(parseDeadline('Quý IV', { year: 25.5 }).parsed).toBe(false);
    expect(parseDeadline('Quý IV', { year: 99999 }).parsed).toBe(false);
  });

  it('never throws and always returns a valid Deadline', () => {
    const deadlineish = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('Tháng ', 'Quý ', 'Trong năm ', 'Ngày ', '- ', '(', ')', '/', ' năm ', 'Hằng ', 'khi '),
          fc.oneof(fc.integer({ min: -5, max: 40 }).map(String), fc.constantFrom('I', 'IV', 'V', 'X', '')),
          fc.constantFrom('/2025', '/0', ' - ', ' (các sở)', '', '/99999', '\n'),
        )
        .map((xs) => xs.join('')),
    );
    const year = fc.option(fc.oneof(fc.integer({ min: -3000, max: 30000 }), fc.double()), { nil: null });
    fc.assert(
      fc.property(fc.array(deadlineish, { maxLength: 4 }).map((xs) => xs.join(' ')), year, (s, y) => {
        const d = parseDeadline(s, { year: y });
        expect(DeadlineSchema.safeParse(d).success).toBe(true);
        expect(d.text).toBe(s.trim());
        if (!d.parsed) expect([d.from, d.to, d.recurring, d.parts]).toEqual([null, null, null, []]);
        if (d.from !== null && d.to !== null) expect(d.from <= d.to).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lastDayOfMonth / isoDate', () => {
  it('knows month lengths and leap years', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 2)).toBe(28);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 4)).toBe(30);
    expect(lastDayOfMonth(2025, 12)).toBe(31);
  });

  it('pads ISO dates', () => {
    expect(isoDate(2025, 7, 1)).toBe('2025-07-01');
  });

  it('rejects dates that do not exist', () => {
    expect(() => lastDayOfMonth(2025, 13)).toThrow(RangeError);
    expect(() => isoDate(2025, 2, 29)).toThrow(RangeError);
    expect(() => isoDate(2025, 0, 1)).toThrow(RangeError);
  });
});

describe('dueForUnit: a deadline that gives kinds of unit different days (outsider print trial D3)', () => {
  const split = parseDeadline('- Tháng 4/2026 (các sở, ngành) - Tháng 5/2026 (UBND cấp xã)', { year: 2026 });

  it('gives a department the departments’ day and a commune the communes’', () => {
    expect(split.to).toBe('2026-05-31');
    expect(dueForUnit(split, { name: 'Sở Nội vụ', commune: false })).toBe('2026-04-30');
    expect(dueForUnit(split, { name: 'Phường Ba Đình', commune: true })).toBe('2026-05-31');
  });

  it('gives a unit its own day where a part names it, and the last day where no part fits or the deadline has one part', () => {
    const named = parseDeadline('Tháng 3/2026 (Sở Tư pháp); Tháng 6/2026 (Văn phòng UBND tỉnh)', { year: 2026 });
    expect(dueForUnit(named, { name: 'Sở Tư pháp', commune: false })).toBe('2026-03-31');
    expect(dueForUnit(named, { name: 'Thanh tra tỉnh', commune: false })).toBe('2026-06-30');
    expect(dueForUnit(parseDeadline('Quý II/2026', { year: 2026 }), { name: 'Sở Nội vụ', commune: false })).toBe('2026-06-30');
    // A district's People's Committee is no department.
    const byLevel = parseDeadline('Quý II/2024 (các sở, ngành); Quý III/2024 (UBND các quận, huyện, thị xã)', { year: 2024 });
    expect(dueForUnit(byLevel, { name: 'UBND huyện Đông Anh', commune: false })).toBe('2024-09-30');
    expect(dueForUnit(byLevel, { name: 'Sở Tài chính', commune: false })).toBe('2024-06-30');
  });
});
