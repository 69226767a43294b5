import { fold } from '../plan/text';
import type { Recipient } from './recipients';

/**
 * One file name per recipient, never two alike. Folding to ASCII makes names collide: two long
 * names that differ only past the 80th character, names with no Latin letters (which fold to
 * nothing), two units of one name in different districts. A name that a collision would share
 * gets the recipient's code, then a number; names Windows reserves (CON, PRN, AUX, NUL, COM1…,
 * LPT1…) are never used. The task pane and the command line both name files through here.
 */

export const MAX_STEM = 80;

/** Windows refuses these as file names whatever the extension. */
const RESERVED = new Set(['con', 'prn', 'aux', 'nul', ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`), ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`)]);

/** 'Phường Hoàn Kiếm' -> 'phuong-hoan-kiem': lower-case ASCII letters and digits joined by '-'. */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Cut to `max` characters at a word boundary where there is one, never ending in '-'. */
function cut(stem: string, max: number): string {
  if (stem.length <= max) return stem;
  const head = stem.slice(0, max);
  const at = head.lastIndexOf('-');
  return (at > max / 2 ? head.slice(0, at) : head).replace(/-+$/, '');
}

/** The name before uniqueness: '00070-phuong-hoan-kiem', 'don-vi-00070' when the name has no Latin letter. */
export function baseStem(r: Pick<Recipient, 'name' | 'code'>): string {
  const named = slug(r.name);
  const code = r.code ? slug(r.code) : '';
  let stem = /[a-z]/.test(named) ? cut([code, named].filter(Boolean).join('-'), MAX_STEM) : ['don-vi', code].filter(Boolean).join('-');
  if (RESERVED.has(stem)) stem = `${stem}-don-vi`;
  return stem;
}

/** recipient key -> '….xlsx', unique (case-insensitively, as Windows and macOS compare names), in the order given. */
export function reportFileNames(recipients: readonly Pick<Recipient, 'key' | 'name' | 'code'>[]): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const r of recipients) {
    if (out.has(r.key)) continue;
    const base = baseStem(r);
    let stem = base;
    // A clash: the code says which unit this is; a number when even that is shared.
    const code = r.code ? slug(r.code) : '';
    if (taken.has(stem) && code && !stem.split('-').includes(code)) stem = `${cut(base, MAX_STEM - code.length - 1)}-${code}`;
    for (let n = 2; taken.has(stem); n++) stem = `${cut(base, MAX_STEM - String(n).length - 1)}-${n}`;
    taken.add(stem);
    out.set(r.key, `${stem}.xlsx`);
  }
  return out;
}
