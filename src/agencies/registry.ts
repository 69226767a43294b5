import type { Agency } from '../plan/schema';

/** Every agency met in a plan, grouped by spelling, and a lookup from any spelling to its canonical name. */
export interface AgencyRegistry {
  /** Sorted by canonical name (Vietnamese collation). */
  agencies: Agency[];
  /** Canonical name for any spelling met (or a new spelling that folds to a known key); null if unknown. */
  canonical(spelling: string): string | null;
}

/**
 * Abbreviations written in plans, keyed by their folded form. Expanding them lets 'Trung tâm phục vụ HCC TP'
 * meet 'Trung tâm Phục vụ hành chính công Thành phố'. Only unambiguous ones: 'KH' alone could be
 * 'khoa học' or 'kế hoạch', so it is only expanded inside a known pair.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['hcc', 'hanh chinh cong'],
  ['tp', 'thanh pho'],
  ['tthc', 'thu tuc hanh chinh'],
  ['cchc', 'cai cach hanh chinh'],
  ['kh&cn', 'khoa hoc va cong nghe'],
  ['khcn', 'khoa hoc va cong nghe'],
  ['nn&mt', 'nong nghiep va moi truong'],
  ['nnmt', 'nong nghiep va moi truong'],
  ['gd&dt', 'giao duc va dao tao'],
  ['gddt', 'giao duc va dao tao'],
  ['kh&dt', 'ke hoach va dau tu'],
  ['khdt', 'ke hoach va dau tu'],
  ['tn&mt', 'tai nguyen va moi truong'],
  ['tnmt', 'tai nguyen va moi truong'],
  ['tt&tt', 'thong tin va truyen thong'],
  ['ldtbxh', 'lao dong thuong binh va xa hoi'],
  ['gtvt', 'giao thong van tai'],
  ['bhxh', 'bao hiem xa hoi'],
  ['mttq', 'mat tran to quoc'],
]);

/** Collectives written several ways for the same group; keys after folding and expansion. */
const COLLECTIVE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['cac so nganh', 'cac so ban nganh'],
  ['so nganh', 'cac so ban nganh'],
  ['so ban nganh', 'cac so ban nganh'],
  ['co quan don vi lien quan', 'cac co quan don vi lien quan'],
]);

/** Trailing qualifiers naming the city itself: every agency in a city plan belongs to it, so they do not distinguish. */
const CITY_QUALIFIERS: readonly (readonly string[])[] = [
  ['thanh', 'pho', 'ha', 'noi'],
  ['thanh', 'pho'],
];

/** Strip diacritics (đ -> d too) and lowercase. Private to this folder so it does not wait on src/plan/text.ts. */
function agencyKeyFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase();
}

/** Folded words, '&' kept inside a word so 'KH&CN' / 'KH & CN' stay one token to look up. */
function foldedTokens(spelling: string): string[] {
  return agencyKeyFold(spelling)
    .replace(/\s*&\s*/gu, '&')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((t) => t !== '' && t !== '&');
}

function countAbbreviations(spelling: string): number {
  return foldedTokens(spelling).filter((t) => ABBREVIATIONS.has(t)).length;
}

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (words.length < tail.length) return false;
  const offset = words.length - tail.length;
  return tail.every((w, i) => words[offset + i] === w);
}

/** The matching key of a spelling: folded, abbreviations expanded, a trailing city qualifier dropped. */
export function agencyKey(spelling: string): string {
  const words = foldedTokens(spelling)
    .map((t) => ABBREVIATIONS.get(t) ?? t.split('&').filter((p) => p !== '').join(' va '))
    .join(' ')
    .split(' ')
    .filter((w) => w !== '');
  for (const tail of CITY_QUALIFIERS) {
    // Keep the qualifier when it is all there is ('Thành phố' alone still names something).
    if (words.length > tail.length && endsWith(words, tail)) {
      words.splice(words.length - tail.length);
      break;
    }
  }
  const key = words.join(' ');
  if (key === '') {
    // Nothing but punctuation: match it as written so it still resolves, and never collides with a word key.
    return spelling.trim().replace(/\s+/gu, ' ').toLowerCase();
  }
  return COLLECTIVE_SYNONYMS.get(key) ?? key;
}

/** True for collective groups ('Các sở, ban, ngành', 'UBND cấp xã', 'Cơ quan, đơn vị liên quan'), not one named agency. */
export function isCollective(spelling: string): boolean {
  const key = agencyKey(spelling);
  return (
    /^cac /u.test(key) ||
    /(^| )cap (xa|huyen|tinh|phuong|co so)( |$)/u.test(key) ||
    /(^| )cac (quan|huyen|thi xa|xa|phuong)( |$)/u.test(key) ||
    /^(co quan|don vi)( |$).*(^| )lien quan$/u.test(key)
  );
}

/** Format a reference for a lead/support list: 'Sở Y tế (chính sách khám chữa bệnh)' or 'Sở Nội vụ'. */
export function formatAgencyRef(ref: { name: string; scope: string | null }): string {
  const name = ref.name.trim();
  const scope = ref.scope?.trim() ?? '';
  return scope === '' ? name : `${name} (${scope})`;
}

/** A spelling as it should be shown: bullets, separators and the closing full stop are not part of a name. */
function displayForm(spelling: string): string {
  const collapsed = spelling.trim().replace(/\s+/gu, ' ');
  const cleaned = collapsed.replace(/^[-–—•+*;,.\s]+/u, '').replace(/[;,.\s]+$/u, '');
  return cleaned === '' ? collapsed : cleaned;
}

interface Variant {
  text: string;
  count: number;
  first: number;
  abbreviations: number;
}

/** Fewest abbreviations, then most frequent, then longest, then first met. */
function compareVariants(a: Variant, b: Variant): number {
  return a.abbreviations - b.abbreviations || b.count - a.count || b.text.length - a.text.length || a.first - b.first;
}

/**
 * Build a registry from every spelling met in the plan, in order of appearance. Spellings with the same
 * key are one agency; its canonical name is its best spelling (see compareVariants), the others aliases.
 * Blank spellings are ignored.
 */
export function buildRegistry(spellings: string[]): AgencyRegistry {
  // A plan repeats a few dozen spellings thousands of times: fold each once.
  const keys = new Map<string, string>();
  const keyOf = (spelling: string): string => {
    let key = keys.get(spelling);
    if (key === undefined) {
      key = agencyKey(spelling);
      keys.set(spelling, key);
    }
    return key;
  };
  const groups = new Map<string, Map<string, Variant>>();
  spellings.forEach((spelling, index) => {
    if (spelling.trim() === '') return;
    const key = keyOf(spelling);
    const text = displayForm(spelling);
    let variants = groups.get(key);
    if (!variants) {
      variants = new Map();
      groups.set(key, variants);
    }
    const seen = variants.get(text);
    if (seen) seen.count++;
    else variants.set(text, { text, count: 1, first: index, abbreviations: countAbbreviations(text) });
  });

  const byKey = new Map<string, string>();
  const agencies: Agency[] = [];
  for (const [key, variants] of groups) {
    const ranked = [...variants.values()].sort(compareVariants);
    const best = ranked[0];
    if (!best) continue;
    const aliases = [...variants.values()]
      .filter((v) => v !== best)
      .sort((a, b) => a.first - b.first)
      .map((v) => v.text);
    agencies.push({ name: best.text, aliases, collective: isCollective(best.text) });
    byKey.set(key, best.text);
  }
  agencies.sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  return {
    agencies,
    canonical(spelling: string): string | null {
      if (spelling.trim() === '') return null;
      return byKey.get(keyOf(spelling)) ?? null;
    },
  };
}
