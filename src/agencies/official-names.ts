/**
 * Official names of agencies that contain a comma or a spaced dash (issue #10 item 10): a lead or
 * support cell naming one of them is never split there. Data, not code: add a name here when a
 * province's plan uses another. Matching ignores case, diacritics, the spacing around commas and
 * dashes, and a dash written as a comma (`Sở Lao động, Thương binh và Xã hội`).
 */
export const OFFICIAL_NAMES: readonly string[] = [
  'Sở Văn hóa, Thể thao và Du lịch',
  'Bộ Văn hóa, Thể thao và Du lịch',
  'Sở Lao động - Thương binh và Xã hội',
  'Bộ Lao động - Thương binh và Xã hội',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Văn hóa, Thông tin',
  'Phòng Văn hóa - Thông tin',
  'Phòng Văn hóa, Khoa học và Thông tin',
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Phòng Kinh tế - Hạ tầng',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Tài nguyên - Môi trường',
  'Đài Phát thanh và Truyền hình',
  // The provincial newspaper and broadcaster merged in 2025 ('Báo và Phát thanh, Truyền hình Cà Mau').
  'Báo và Phát thanh, Truyền hình',
  'Đài Phát thanh - Truyền hình',
  'Trung tâm Văn hóa, Thông tin và Thể thao',
  'Trung tâm Văn hóa - Thể thao',
  'Trung tâm Văn hóa, Thể thao và Truyền thanh',
  'Trung tâm Truyền thông - Văn hóa - Thể thao',
  'Ban Quản lý Khu kinh tế, các Khu công nghiệp',
  'Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội',
  'Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân',
  'Văn phòng Đoàn ĐBQH, HĐND và UBND',
];

/** Folded for matching: no diacritics, lowercase, commas and dashes as one separator mark. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s*[,\-–—]\s*/g, '|')
    .replace(/\s+/g, ' ')
    .trim();
}

const PROTECTED = OFFICIAL_NAMES.map(foldName);

/** Private-use stand-ins for a comma and a dash inside an official name while a cell is split. */
const COMMA_MASK = '\uE000';
const DASH_MASK = '\uE001';

/** Agency cells repeat through a plan: masked once each, within bounds. */
const masked = new Map<string, string>();
const MASKED_MAX = 2048;

/** The cell with the separators inside official names masked, so no splitter sees them. */
export function maskOfficialNames(text: string): string {
  const known = masked.get(text);
  if (known !== undefined) return known;
  const out = maskUncached(text);
  if (masked.size >= MASKED_MAX) masked.clear();
  masked.set(text, out);
  return out;
}

function maskUncached(text: string): string {
  const spans = officialNameSpans(text);
  if (spans.length === 0) return text;
  // officialNameSpans works on UTF-16 indices; the names hold no astral characters, so indices agree.
  const out = text.split('');
  for (const { start, end } of spans) {
    for (let i = start; i < end; i++) {
      if (out[i] === ',') out[i] = COMMA_MASK;
      else if (out[i] === '-' || out[i] === '–' || out[i] === '—') out[i] = DASH_MASK;
    }
  }
  return out.join('');
}

/** Undo maskOfficialNames. */
export function unmaskOfficialNames(text: string): string {
  return text.replace(/\uE000/g, ',').replace(/\uE001/g, '-');
}

/**
 * Character ranges of `text` that are one official name holding a separator, so the splitter
 * leaves their commas and dashes alone. Matching is done on a folded copy aligned to the original
 * character by character.
 */
export function officialNameSpans(text: string): { start: number; end: number }[] {
  // Most cells hold no separator, or no protected name: answer those without aligning.
  if (!/[,\-–—]/.test(text)) return [];
  const quick = foldName(text);
  if (!PROTECTED.some((name) => quick.includes(name))) return [];
  const { folded, map } = alignedFold(text);
  const spans: { start: number; end: number }[] = [];
  for (const name of PROTECTED) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(name, from);
      if (at < 0) break;
      const endAt = at + name.length;
      // Whole words only: a name must not match inside a longer word.
      const before = folded[at - 1];
      const after = folded[endAt];
      if ((before === undefined || !/[a-z0-9]/.test(before)) && (after === undefined || !/[a-z0-9]/.test(after))) {
        spans.push({ start: map[at]!, end: map[endAt - 1]! + 1 });
      }
      from = at + 1;
    }
  }
  return spans;
}

/** foldName with, for each folded character, the index of the original character it came from. */
function alignedFold(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  const separator = /\s*[,\-–—]\s*/y;
  while (i < text.length) {
    separator.lastIndex = i;
    const sep = separator.exec(text);
    if (sep) {
      folded += '|';
      map.push(i);
      i += sep[0].length;
      continue;
    }
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!folded.endsWith(' ')) {
        folded += ' ';
        map.push(i);
      }
      i++;
      continue;
    }
    const f = ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    for (const c of f) {
      folded += c;
      map.push(i);
    }
    i++;
  }
  return { folded, map };
}
