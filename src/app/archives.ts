import { MAILING_LIST_FILE } from '../agencies/sending';
import { MAILING_LIST_WORKBOOK } from '../agency-workbook/mailing-list';
import { archiveEntries, fflateInflate, inflateEntry } from '../xlsx/guard';
import type { ReturnFile } from './compile';

/**
 * Returns sent zipped — an agency zips its workbook to mail it, a district forwards its communes'
 * in one .zip — are read as the files they hold: each file in a .zip is a return of its own, named
 * `bao-cao.zip/so-noi-vu.xlsx` in every list, under the guard's defences (entry count, declared and
 * inflated sizes). One level: a zip inside a zip is answered as a file (unzip it). A .zip that is
 * no readable archive, or holds nothing, stays one file and is answered with its reason. chiso's
 * own outgoing zip (the blank workbooks and the mailing list `assemble` makes), left among the
 * returns, is refused whole: its blank workbooks would otherwise replace what the units sent.
 */
export async function openArchives(files: readonly ReturnFile[]): Promise<ReturnFile[]> {
  const out: ReturnFile[] = [];
  for (const f of files) {
    if (!/\.zip$/i.test(f.name)) {
      out.push(f);
      continue;
    }
    const opened = await f.open().catch(() => null);
    if (!opened?.ok) {
      out.push(f);
      continue;
    }
    const archive = archiveEntries(opened.bytes);
    const held = archive?.ok ? archive.entries.filter((e) => isReturnEntry(e.name)) : [];
    if (held.length === 0) {
      // Read already: answered from these bytes, not read from the disk a second time.
      out.push({ name: f.name, open: async () => opened });
      continue;
    }
    const names = new Set(held.map((e) => e.name.slice(e.name.lastIndexOf('/') + 1)));
    if (names.has(MAILING_LIST_FILE) && names.has(MAILING_LIST_WORKBOOK)) {
      out.push({ name: f.name, open: async () => ({ ok: false, problem: 'outgoing-bundle' }) });
      continue;
    }
    const { bytes, modified } = opened;
    for (const e of held) {
      out.push({
        name: `${f.name}/${e.name}`,
        open: async () => {
          const inflated = inflateEntry(bytes, e, fflateInflate);
          if (!inflated.ok) return { ok: false, problem: inflated.problem.kind === 'too-large' ? 'too-large' : 'corrupt' };
          // A stored entry is a view into the archive, whose buffer the reader may take over: copied.
          return { ok: true, bytes: e.method === 0 ? inflated.bytes.slice() : inflated.bytes, modified };
        },
      });
    }
  }
  return out;
}

/** A file of the archive, not a folder, nor what zip tools add beside it (macOS's __MACOSX, hidden files, Excel's ~$ lock files). */
function isReturnEntry(name: string): boolean {
  if (name.endsWith('/') || name.startsWith('__MACOSX/')) return false;
  const base = name.slice(name.lastIndexOf('/') + 1);
  return base !== '' && !/^(\.|~\$)/.test(base);
}
