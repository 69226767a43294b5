import type { Plan } from '../plan/schema';
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

/** 'Sở Nội vụ (snv@hanoi.gov.vn; Nguyễn Văn A)' when the Đơn vị sheet gives its e-mail or contact. */
export function returnAddress(plan: Plan, to: string): string {
  const a = plan.agencies.find((x) => x.name === to || x.aliases.includes(to));
  const reach = [a?.email, a?.contact].filter(Boolean).join('; ');
  return reach ? `${to} (${reach})` : to;
}

export interface MailingRow {
  file: string;
  recipient: Recipient;
}

const HEADERS = ['Tệp', 'Đơn vị', 'Mã', 'Email', 'Người liên hệ'];

/** CSV (UTF-8 with BOM, so Excel opens it with Vietnamese intact) for a mail merge. */
export function mailingList(rows: MailingRow[]): string {
  const cell = (v: string | null) => (/[",\r\n;]/.test(v ?? '') ? `"${(v ?? '').replace(/"/g, '""')}"` : v ?? '');
  const lines = [HEADERS, ...rows.map((r) => [r.file, r.recipient.name, r.recipient.code, r.recipient.email, r.recipient.contact])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

export const MAILING_LIST_FILE = 'danh-sach-gui.csv';
