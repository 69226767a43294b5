import { reportFileNames, slug } from './file-names';
import type { Recipient } from './recipients';

/**
 * Which agency a returned file's name points to. The agency of a return is its _meta sheet's;
 * the name is a second witness: a file made from Sở Tài chính's template but named for Sở Nội vụ
 * is said, not silently taken as either. A name points to a recipient when it holds the
 * recipient's report file name or its name, folded, as whole words ('so-noi-vu (1).xlsx',
 * 'Báo cáo Sở Nội vụ.xlsx'); the longest such match wins, and a name that holds none points to no one.
 */
export function fileNameClaims(recipients: readonly Recipient[]): (file: string) => string | null {
  const names = reportFileNames(recipients);
  // Each stem as a whole word ('-so-noi-vu-'), made once: every file is held against every stem.
  const stems: { key: string; stem: string; word: string }[] = [];
  for (const r of recipients) {
    for (const stem of new Set([names.get(r.key)!.replace(/\.xlsx$/, ''), slug(r.name)])) if (/[a-z]/.test(stem)) stems.push({ key: r.key, stem, word: `-${stem}-` });
  }
  // Longest first: 'so-noi-vu' must not claim 'van-phong-so-noi-vu-ha-noi' over a longer stem that fits.
  stems.sort((a, b) => b.stem.length - a.stem.length);
  return (file) => {
    const name = `-${slug(file.replace(/\.[a-z0-9]+$/i, ''))}-`;
    return stems.find((s) => name.includes(s.word))?.key ?? null;
  };
}
