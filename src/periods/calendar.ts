import { z } from 'zod';
import { iso, isIsoDay, parsePeriod, type Period } from './ids';

/**
 * The calendar's schemas and the province's own dates: what comes in from outside (a `--period`,
 * a workbook's `_meta`, the province's settings) validated with zod. Ids, names and the national
 * calendar itself are in ids.ts, which imports nothing, so the pane's words can use them.
 */
export * from './ids';

const IsoDaySchema = z.string().refine(isIsoDay, 'a day written YYYY-MM-DD');

/** A period id from outside (an argument, a workbook's `_meta`), validated and made canonical. */
export const PeriodIdSchema = z
  .string()
  .transform((s, ctx) => {
    const p = parsePeriod(s);
    if (!p) {
      ctx.addIssue({ code: 'custom', message: 'not a reporting period (2026-Q1, 2026-H1, 2026-Q3, 2026-Y, 2026-M04, X:2026-03-01:2026-04-15)' });
      return z.NEVER;
    }
    return p.id;
  });

/**
 * The province's own dates for its units, set once (kept with the plan) and editable: a rule
 * (units report by this day of the period's last month) and dates set for single periods.
 */
export const ProvinceCalendarSchema = z.object({
  /** E.g. 5: units report by the 5th of March for Quý I. Null: by the ministry's date. */
  unitDueDay: z.number().int().min(1).max(31).nullable().default(null),
  /** A date for one period, by id, over the rule: { '2026-Q1': '2026-03-06' }. */
  overrides: z.record(z.string(), IsoDaySchema).default({}),
});
export type ProvinceCalendar = z.infer<typeof ProvinceCalendarSchema>;

export const NATIONAL_ONLY: ProvinceCalendar = { unitDueDay: null, overrides: {} };

/**
 * When a unit's return is due for a period: a date set for the period, else the province's day of
 * the period's last month (the month's last day when it has fewer days), else the ministry's date;
 * null for an ad-hoc round nobody gave a date.
 */
export function unitDue(p: Period, calendar: ProvinceCalendar = NATIONAL_ONLY): string | null {
  const set = calendar.overrides[p.id];
  if (set) return set;
  if (calendar.unitDueDay !== null) {
    const { year, month } = p.lastMonth;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return iso(year, month, Math.min(calendar.unitDueDay, last));
  }
  return p.ministryDue;
}

