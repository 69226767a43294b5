/** Dates typed by people (a due date, the day of a compile), checked as days that exist. Imports nothing, so the pane's first paint can use it. */

/** 'dd/mm/yyyy' naming a day that exists: 31/02/2025 is refused. */
export function isDueDate(text: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return !!m && isDay(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** 'yyyy-mm-dd' naming a day that exists. */
export function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return !!m && isDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
