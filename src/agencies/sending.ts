import type { Agency, Plan } from '../plan/schema';
import { fold } from '../plan/text';
import type { Recipient } from './recipients';

/**
 * What goes out with the report workbooks: a file name per recipient, the line telling each one
 * where to send its return, and the mailing list for a mail merge.
 */

/** '00070-phuong-hoan-kiem.xlsx': ASCII, so the name survives every zip tool and mail system. */
export function reportFileName(r: Recipient): string {
  const stem = fold(r.code ? `${r.code} ${r.name}` : r.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'don-vi'}.xlsx`;
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

const HEADERS = ['Tệp', 'Đơn vị', 'Mã', 'Email', 'Người liên hệ'];

/** CSV (UTF-8 with BOM, so Excel opens it with Vietnamese intact) for a mail merge: each recipient with its file's name. */
export function mailingList(recipients: Recipient[]): string {
  const cell = (v: string | null) => (/[",\r\n;]/.test(v ?? '') ? `"${(v ?? '').replace(/"/g, '""')}"` : v ?? '');
  const lines = [HEADERS, ...recipients.map((r) => [reportFileName(r), r.name, r.code, r.email, r.contact])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const MAILING_LIST_FILE = 'danh-sach-gui.csv';
