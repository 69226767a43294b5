import type { Agency, Plan } from '../plan/schema';
import { reportFileNames } from './file-names';
import type { Recipient } from './recipients';

/**
 * What goes out with the report workbooks: a file name per recipient, the line telling each one
 * where to send its return, and the mailing list for a mail merge.
 */

/**
 * '00070-phuong-hoan-kiem.xlsx': ASCII, so the name survives every zip tool and mail system, and
 * unique among `all` (the recipients named together: give every recipient of the plan, so a
 * name does not change with who else is being sent). See file-names.ts.
 */
export function reportFileName(r: Recipient, all: readonly Recipient[] = [r]): string {
  return reportFileNames(all.some((x) => x.key === r.key) ? all : [...all, r]).get(r.key)!;
}

/** 'snv@hanoi.gov.vn; Nguyễn Văn A': how to reach an agency, as the Đơn vị sheet gives it ('' when it does not). */
export function reachOf(a: Pick<Agency, 'email' | 'contact'> | undefined): string {
  return [a?.email, a?.contact].filter(Boolean).join('; ');
}

/** 'Sở Nội vụ (snv@hanoi.gov.vn; Nguyễn Văn A)' when the Đơn vị sheet gives its e-mail or contact. */
export function returnAddress(plan: Plan, to: string): string {
  const reach = reachOf(plan.agencies.find((x) => x.name === to || x.aliases.includes(to)));
  return reach ? `${to} (${reach})` : to;
}

export const MAILING_LIST_HEADERS = ['Tệp', 'Đơn vị', 'Mã', 'Email', 'Người liên hệ'];

/** Each recipient with its file's name (unique among `recipients` unless `names` are given). */
export function mailingListRows(recipients: Recipient[], names = reportFileNames(recipients)): (string | null)[][] {
  return recipients.map((r) => [names.get(r.key) ?? reportFileName(r, recipients), r.name, r.code, r.email, r.contact]);
}

/**
 * A cell a spreadsheet will not run (OWASP, CSV injection): text starting with = + - @, a tab or a
 * carriage return is prefixed with an apostrophe, so '=HYPERLINK(…)' typed as an agency's e-mail
 * arrives as text. Then quoted when it holds a separator, quote or line break.
 */
export function csvCell(v: string | null): string {
  const s = v ?? '';
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n;\t]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV (UTF-8 with BOM, so Excel opens it with Vietnamese intact) for a mail merge: each recipient with its file's name. */
export function mailingList(recipients: Recipient[], names?: Map<string, string>): string {
  const lines = [MAILING_LIST_HEADERS, ...mailingListRows(recipients, names)];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const MAILING_LIST_FILE = 'danh-sach-gui.csv';
