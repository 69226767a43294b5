/**
 * Vietnamese typed in the legacy 8-bit fonts (TCVN3/ABC '.VnTime', VNI-Windows 'VNI-Times') and
 * saved without them: the letters arrive as Latin-1 characters ('Thµnh phè', 'Thaønh phoá').
 * The tables below are data; the conversion and the test that a word is Vietnamese are code.
 * Pure core.
 */

/**
 * TCVN 5712:1993 (the TCVN3/ABC fonts), bytes 0xA1..0xFF in order, as the characters a reader
 * shows for them. The lowercase set is what .VnTime holds; capitals with tones exist only in
 * TCVN 5712 VN1 (kept: no other meaning competes at those codes). 0xB0..0xB4 are combining
 * tone marks (grave, hook, tilde, acute, dot below), normalised away afterwards.
 */
const TCVN3_A1_FF =
  'ĂÂÊÔƠƯĐăâêôơưđẰ' + // A1..AF
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' + // B0..BF
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' + // C0..CF
  'éẹềểễếệìỉỄẾỒĩíịò' + // D0..DF
  'Ổỏõóọồổỗốộờởỡớợù' + // E0..EF
  'ỖủũúụừửữứựỳỷỹýỵỐ'; //   F0..FF

const TCVN3 = new Map<string, string>([...TCVN3_A1_FF].map((ch, k) => [String.fromCharCode(0xa1 + k), ch]));

/**
 * VNI-Windows: a base letter followed by a mark character. Marks on a, e, o, u, y (and on the
 * horned ơ 'ô', ư 'ö'): tone alone, circumflex + tone, breve + tone. Capitals use the capital marks.
 */
const VNI_TONE: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const VNI_CIRCUMFLEX: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const VNI_BREVE: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
/** Letters VNI writes as one character: the horned vowels, đ, i with tones and ỵ. */
const VNI_SINGLE: Record<string, string> = {
  ô: 'ơ', ö: 'ư', ñ: 'đ', í: 'í', ì: 'ì', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ',
};

const upperKeys = (m: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v]]));
const VNI_TONE_ANY = upperKeys(VNI_TONE);
const VNI_CIRC_ANY = upperKeys(VNI_CIRCUMFLEX);
const VNI_BREVE_ANY = upperKeys(VNI_BREVE);
const VNI_SINGLE_ANY: Record<string, string> = Object.fromEntries(
  Object.entries(VNI_SINGLE).flatMap(([k, v]) => [[k, v], [k.toUpperCase(), v.toUpperCase()]]),
);

export type LegacyFont = 'tcvn3' | 'vni';

/** A word as TCVN3 would have it; words holding any character beyond Latin-1 are already Unicode. */
function fromTcvn3(word: string, capsLine: boolean): string {
  if (beyondLatin1(word)) return word;
  let out = '';
  for (const ch of word) out += TCVN3.get(ch) ?? ch;
  return capitalised(word, out.normalize('NFC'), capsLine);
}

function fromVni(word: string, capsLine: boolean): string {
  if (beyondLatin1(word)) return word;
  const chars = [...word];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const single = VNI_SINGLE_ANY[ch];
    const base = single ?? ch;
    const baseLower = base.toLowerCase();
    if (next !== undefined) {
      if ('aeouyơư'.includes(baseLower) && VNI_TONE_ANY[next] !== undefined) {
        out += base + VNI_TONE_ANY[next];
        i++;
        continue;
      }
      if ('aeo'.includes(baseLower) && single === undefined && VNI_CIRC_ANY[next] !== undefined) {
        out += base + '\u0302' + VNI_CIRC_ANY[next];
        i++;
        continue;
      }
      if (baseLower === 'a' && VNI_BREVE_ANY[next] !== undefined) {
        out += base + '\u0306' + VNI_BREVE_ANY[next];
        i++;
        continue;
      }
    }
    out += base;
  }
  return capitalised(word, out.normalize('NFC'), capsLine);
}

/**
 * The legacy all-capitals fonts (.VnTimeH) show the lowercase codes as capitals, so a heading
 * 'UBND TØNH' means 'TỈNH'. A word is capitals when its ASCII letters (two or more) all are; a
 * word with one or none ('Hµ', '¥') follows its line, so 'Hµ Néi' stays 'Hà Nội' in a sentence.
 */
function capitalised(raw: string, converted: string, capsLine: boolean): string {
  const ascii = raw.replace(/[^A-Za-z]/g, '');
  const upper = ascii === ascii.toUpperCase();
  return (ascii.length >= 2 ? upper : upper && capsLine) ? converted.toUpperCase() : converted;
}

/**
 * A line written in capitals: its legacy words that show case (two or more ASCII letters) are
 * capitals. 'Sè: 159/KH-UBND' has none, so 'Sè' stays 'Số'; 'Hµ NéI' has 'NéI', so 'HÀ NỘI'.
 */
export function isCapsLine(line: string): boolean {
  const telling = (line.match(WORD) ?? []).filter((w) => hasNonAscii(w) && w.replace(/[^A-Za-z]/g, '').length >= 2);
  const caps = telling.filter((w) => /^[^a-z]*$/.test(w.replace(/[^A-Za-z]/g, ''))).length;
  return telling.length > 0 && caps >= telling.length * 0.8;
}

export const LEGACY: Record<LegacyFont, (word: string, capsLine: boolean) => string> = { tcvn3: fromTcvn3, vni: fromVni };

// ---------------------------------------------------------------------------
// Is this word Vietnamese?

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * Besides the national syllable, the Central Highlands' place names in Ê Đê, Jrai and M'nông
 * spelling: clusters with r or l ('Krông', 'M'Đrắk', 'Đắk Rlấp') and a final k ('Đắk Lắk', 'Krông Búk').
 */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|kr|pr|br|dr|đr|rl|bl|gl|kl|pl|[bcdđghklmnpqrstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnptk])?$/;
/**
 * The vowel groups Vietnamese writes (with the glide that may end them). Text decoded in the
 * wrong table keeps the shape of a syllable but not these ('tiờu', 'Đ½n'), nor the rule below.
 */
const NUCLEI = new Set(
  ('a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê ' +
    'iêu yêu oai oay oeo uây uôi uya uyê uyu ươi ươu').split(' '),
);
/** A syllable ending in a stop (c, ch, p, t, the highlands' k) takes only the sắc or nặng tone. */
const STOP_FINAL = /^(c|ch|p|t|k)$/;
/** Capital abbreviations without vowels or tones ('HĐND', 'NĐ', 'QĐ'). */
const ABBREVIATION = /^[BCDĐGHKLMNPQRSTVX]{2,8}$/;

/** One Vietnamese syllable, or a capital abbreviation: what nearly every non-ASCII word of a plan is. */
export function isVietnameseWord(word: string): boolean {
  // Leading and trailing punctuation is not part of the word ('“Sở', 'tin…'); inside it, it is a sign of wrong decoding.
  const core = word.replace(/^[^\p{L}]+|[^\p{L}\p{M}]+$/gu, '');
  if (core === '' || /[^\p{L}\p{M}]/u.test(core)) return false;
  const nfd = core.normalize('NFD');
  const tones = nfd.match(TONES) ?? [];
  if (tones.length > 1) return false;
  // A tone sits on a vowel: a mark after a consonant ('L̉NG') is text decoded in the wrong table.
  if (/(?<![aeiouyAEIOUY][\u0302\u0306\u031b]?)[\u0300\u0301\u0303\u0309\u0323]/u.test(nfd)) return false;
  const bare = nfd.replace(TONES, '').normalize('NFC');
  if (tones.length === 0 && ABBREVIATION.test(bare)) return true;
  const m = SYLLABLE.exec(bare.toLowerCase());
  if (!m) return false;
  const [, initial = '', nucleus = '', final = ''] = m;
  // 'gi' and 'qu' lend their vowel letter to the initial; what remains must be a nucleus.
  if (!NUCLEI.has(nucleus) && !(initial === 'g' && NUCLEI.has(nucleus.slice(1))) && !(initial === 'q' && NUCLEI.has(nucleus.slice(1)))) return false;
  if (STOP_FINAL.test(final) && tones.length === 1 && tones[0] !== '\u0301' && tones[0] !== '\u0323') return false;
  if (STOP_FINAL.test(final) && tones.length === 0) return false;
  return true;
}

/** Tokens judged for readability: runs without spaces or ASCII punctuation, so a symbol inside a word ('C…N') counts against it. */
export const SCORED_WORD = /[^\s!-/:-@[-`{-~]+/gu;

/** Words as the legacy fonts cut them: letters plus every Latin-1 symbol they reuse for letters ('µ', '¸', '§'). */
export const WORD = /[\p{L}\p{M}\u00a1-\u00ff]+/gu;

/** A character beyond Latin-1: the text is Unicode already (legacy fonts use only Latin-1 codes). */
export function beyondLatin1(text: string): boolean {
  return /[\u0100-\uffff]/.test(text);
}

export function hasNonAscii(word: string): boolean {
  return /[\u0080-\uffff]/.test(word);
}
