import { z } from 'zod';
import type { ProvinceCalendar } from '../plan/schema';
import { iso, parsePeriod, type Period } from './ids';

/**
 * The calendar's schemas and the province's own dates: what comes in from outside (a `--period`,
 * a workbook's `_meta`, the province's settings) validated with zod. Ids, names and the national
 * calendar itself are in ids.ts, which imports nothing, so the pane's words can use them.
 */
export * from './ids';

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

/** The province's own dates for its units: a rule and dates for single periods, kept with the plan (src/plan/schema.ts). */
export { ProvinceCalendarSchema, type ProvinceCalendar } from '../plan/schema';

/** Where a round's unit due date comes from: the run (`--due`, the pane's field), the plan workbook's Lịch báo cáo (its row for the round, or its general day), the ministry's date. */
export type DueSource = 'given' | 'plan-period' | 'plan-rule' | 'ministry';

export const NATIONAL_ONLY: ProvinceCalendar = { unitDueDay: null, overrides: {}, listed: [] };

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

