import { comparePeriods, nationalPeriods, parsePeriod, PeriodIdSchema, periodName, ProvinceCalendarSchema, unitDue } from '../../src/periods';

describe('the national calendar', () => {
  it('gives each period of 2026 its data range and its due date at the ministry, as Bộ Nội vụ sets them', () => {
    expect(nationalPeriods(2026).map((p) => [p.id, periodName(p), p.from, p.to, p.ministryDue])).toEqual([
      ['2026-Q1', 'Quý I/2026', '2025-12-15', '2026-03-14', '2026-03-20'],
      ['2026-H1', '6 tháng đầu năm 2026', '2025-12-15', '2026-06-14', '2026-06-20'],
      ['2026-Q3', 'Quý III/2026', '2026-06-15', '2026-09-14', '2026-09-20'],
      ['2026-Y', 'Năm 2026', '2025-12-15', '2026-12-14', '2026-12-20'],
    ]);
  });

  it('reads a month as the cut-off rule applied to one month, with no ministry date', () => {
    const m = parsePeriod('2026-M01')!;
    expect([m.id, periodName(m), m.from, m.to, m.ministryDue]).toEqual(['2026-M01', 'Tháng 1/2026', '2025-12-15', '2026-01-14', null]);
  });

  it('reads an ad-hoc round written either way, and refuses one that ends before it starts or names a day that does not exist', () => {
    expect(parsePeriod('X:01/03/2026-15/04/2026')?.id).toBe('X:2026-03-01:2026-04-15');
    expect(parsePeriod('X:2026-03-01:2026-04-15')).toMatchObject({ kind: 'adhoc', from: '2026-03-01', to: '2026-04-15', ministryDue: null });
    expect(periodName(parsePeriod('X:2026-03-01:2026-04-15')!)).toBe('Kỳ 01/03/2026 – 15/04/2026');
    expect(parsePeriod('X:2026-04-15:2026-03-01')).toBeNull();
    expect(parsePeriod('X:31/02/2026-15/04/2026')).toBeNull();
  });

  it('reads the names people write, with or without diacritics, and makes ids canonical', () => {
    expect(['Quý I/2026', 'quy 1/2026', '2026-q1', ' 2026-Q1 '].map((s) => parsePeriod(s)?.id)).toEqual(['2026-Q1', '2026-Q1', '2026-Q1', '2026-Q1']);
    expect(['6 tháng/2026', '6 tháng đầu năm 2026', 'Quý III/2026', 'Năm 2026', 'Tháng 4/2026'].map((s) => parsePeriod(s)?.id)).toEqual(['2026-H1', '2026-H1', '2026-Q3', '2026-Y', '2026-M04']);
  });

  it('reads back every name it writes (the history sheet names its rounds in its headers)', () => {
    for (const id of ['2026-Q1', '2026-H1', '2026-Q3', '2026-Y', '2026-M01', '2026-M12', 'X:2026-03-01:2026-04-15']) expect(parsePeriod(periodName(parsePeriod(id)!))?.id).toBe(id);
  });

  it('refuses what names no period, through the zod schema at the boundary', () => {
    for (const bad of ['2026-Q2', '2026-M13', 'Quý V/2026', '26-Q1', '', 'X:2026-03-01']) expect(PeriodIdSchema.safeParse(bad).success).toBe(false);
    expect(PeriodIdSchema.parse('quý iii/2026')).toBe('2026-Q3');
  });

  it('orders periods by their last day', () => {
    expect(['2026-Y', '2026-Q3', '2026-M04', '2026-H1', '2026-Q1'].sort(comparePeriods)).toEqual(['2026-Q1', '2026-M04', '2026-H1', '2026-Q3', '2026-Y']);
  });
});

describe("the province's own dates", () => {
  const q1 = parsePeriod('2026-Q1')!;
  it('without a rule, units are due when the province is due at the ministry', () => {
    expect(unitDue(q1)).toBe('2026-03-20');
  });
  it('a day of the last month, set once, dates every period; a date set for one period wins', () => {
    const calendar = ProvinceCalendarSchema.parse({ unitDueDay: 5, overrides: { '2026-H1': '2026-06-08' } });
    expect(nationalPeriods(2026).map((p) => unitDue(p, calendar))).toEqual(['2026-03-05', '2026-06-08', '2026-09-05', '2026-12-05']);
    expect(unitDue(parsePeriod('2026-M02')!, ProvinceCalendarSchema.parse({ unitDueDay: 31 }))).toBe('2026-02-28');
  });
  it('an ad-hoc round has no date unless one is set for it', () => {
    const x = parsePeriod('X:2026-03-01:2026-04-15')!;
    expect(unitDue(x)).toBeNull();
    expect(unitDue(x, ProvinceCalendarSchema.parse({ overrides: { [x.id]: '2026-04-20' } }))).toBe('2026-04-20');
  });
  it('refuses a date that does not exist', () => {
    expect(ProvinceCalendarSchema.safeParse({ overrides: { '2026-Q1': '2026-02-30' } }).success).toBe(false);
  });
});
