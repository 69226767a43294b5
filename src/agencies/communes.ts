import { z } from '../plan/zod';
import { cleanText, fold } from '../plan/text';

/**
 * Commune-level units (xã, phường, đặc khu) as official lists give them: a markdown table, split
 * by page headers, with line breaks inside cells. Units are keyed by their official code: tone
 * marks and hyphen spacing vary between sources ('Hòa'/'Hoà', 'Văn Miếu - Quốc Tử Giám').
 */
export const CommuneSchema = z.object({
  code: z.string().regex(/^\d{5}$/),
  name: z.string().min(1),
  kind: z.enum(['Phường', 'Xã', 'Đặc khu']),
});
export type Commune = z.infer<typeof CommuneSchema>;

export interface CommuneList {
  units: Commune[];
  /** Rows that could not be read, or repeated a code: `line` is 1-based. */
  problems: { line: number; text: string; reason: 'unreadable' | 'duplicate-code' }[];
}

export function parseCommuneList(markdown: string): CommuneList {
  const units: Commune[] = [];
  const problems: CommuneList['problems'] = [];
  const seen = new Set<string>();
  let codeCol = -1;
  let nameCol = -1;
  markdown.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line.startsWith('|')) return;
    const cells = line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => cleanText(c.replace(/<br\s*\/?>/gi, ' ')));
    // Every page repeats the header: columns are found by their names, never by position.
    const folded = cells.map(fold);
    if (folded.includes('ma so')) {
      codeCol = folded.indexOf('ma so');
      nameCol = folded.findIndex((c) => c.startsWith('ten don vi'));
      return;
    }
    if (codeCol < 0 || nameCol < 0 || cells.every((c) => /^-*$/.test(c))) return;
    const code = cells[codeCol] ?? '';
    const name = (cells[nameCol] ?? '').replace(/\s*-\s*/g, ' - ');
    if (!code && !/^(xa|phuong|dac khu)\b/.test(fold(name))) return; // the province's own heading row
    const kind = /^phuong\b/.test(fold(name)) ? 'Phường' : /^dac khu\b/.test(fold(name)) ? 'Đặc khu' : 'Xã';
    const unit = CommuneSchema.safeParse({ code, name, kind });
    if (!unit.success) problems.push({ line: i + 1, text: line, reason: 'unreadable' });
    else if (seen.has(code)) problems.push({ line: i + 1, text: line, reason: 'duplicate-code' });
    else {
      seen.add(code);
      units.push(unit.data);
    }
  });
  return { units, problems };
}
