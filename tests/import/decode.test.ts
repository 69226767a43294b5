import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodePlanText, repairLegacyText } from '../../src/import/decode';
import { isVietnameseWord, SCORED_WORD, WORD } from '../../src/import/legacy-fonts';

/**
 * Plans arrive in every encoding Vietnamese offices have used. The phrases are the seed plan's
 * own; the legacy encoders below are written independently of the converter (TCVN3 through
 * iconv-lite's TCVN 5712 table, VNI from the published VNI-Windows key layout), so a round trip
 * proves the tables, not a copy of them.
 */

const seed = readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8');
const seedLines = seed.split('\n').filter((l) => /[\u0080-\uffff]/.test(l)).slice(0, 400);
const PHRASES = [
  'Thành phố Hà Nội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Lao động - Thương binh và Xã hội',
  'Ủy ban nhân dân tỉnh Lai Châu',
  'Đài Phát thanh và Truyền hình',
  'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
  'Trách nhiệm giải trình của chính quyền; kiểm soát tham nhũng trong khu vực công; thủ tục hành chính công',
];

const HIGHLANDS_LINE = 'Sở Nội vụ phối hợp UBND huyện Krông Búk, Ea H\'leo, M\'Đrắk, Buôn Ma Thuột; thị xã Buôn Hồ, tỉnh Đắk Nông';
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

const isTonedCapital = (c: string) => c !== c.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(c.normalize('NFD'));
/** What TCVN3 (.VnTime) can hold: no capitals with tones; such a letter is typed as its lowercase code. */
const tcvn3able = (s: string) => [...s].map((c) => (isTonedCapital(c) ? c.toLowerCase() : c)).join('');
/** TCVN3 bytes: Vietnamese letters through the TCVN 5712 table, symbols ('…') as Word saves them (Windows-1252). */
const toTcvn3 = (s: string) =>
  new Uint8Array([...tcvn3able(s)].flatMap((c) => [...iconv.encode(c, /\p{L}|\p{M}/u.test(c) ? 'tcvn' : 'windows-1252')]));
/** Words whose case differs, each of which must have held a capital with a tone (what TCVN3 cannot keep). */
const caseLosses = (got: string, want: string) => {
  const a = got.match(WORD) ?? [];
  const b = want.match(WORD) ?? [];
  return b.filter((w, k) => a[k] !== w).map((w, k) => ({ w, got: a[k], explained: [...w].some(isTonedCapital) && a[k]?.toLowerCase() === w.toLowerCase() }));
};

/** Windows-1258 keeps â ê ô ơ ư ă composed and writes tones as combining marks. */
const isTone = (m: string) => '\u0300\u0301\u0303\u0309\u0323'.includes(m);
const to1258 = (s: string) =>
  new Uint8Array(
    iconv.encode(
      s.normalize('NFD').replace(/(\p{L})(\p{M}*)/gu, (_m, base: string, marks: string) => {
        const all = [...marks];
        return (base + all.filter((m) => !isTone(m)).join('')).normalize('NFC') + all.filter(isTone).join('');
      }),
      'windows1258',
    ),
  );

const VNI_TONE: Record<string, string> = { '\u0301': 'ù', '\u0300': 'ø', '\u0309': 'û', '\u0303': 'õ', '\u0323': 'ï' };
const VNI_CIRC: Record<string, string> = { '': 'â', '\u0301': 'á', '\u0300': 'à', '\u0309': 'å', '\u0303': 'ã', '\u0323': 'ä' };
const VNI_BREVE: Record<string, string> = { '': 'ê', '\u0301': 'é', '\u0300': 'è', '\u0309': 'ú', '\u0303': 'ü', '\u0323': 'ë' };
const VNI_I: Record<string, string> = { '\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò' };
/** VNI-Windows, as typed with the VNI-Times font: a base letter then its mark keys (capital marks after a capital). */
function toVni(s: string): Uint8Array {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d[0]!;
    const marks = d.slice(1);
    const up = (x: string) => (base !== base.toLowerCase() ? x.toUpperCase() : x);
    const tone = marks.replace(/[\u0302\u0306\u031b]/g, '');
    if (ch === 'đ' || ch === 'Đ') out += up('ñ');
    else if (marks === '') out += ch;
    else if (/[iI]/.test(base)) out += up(VNI_I[tone]!);
    else if ((base === 'y' || base === 'Y') && tone === '\u0323') out += up('î');
    else if (marks.includes('\u031b')) out += up(base.toLowerCase() === 'o' ? 'ô' : 'ö') + (tone ? up(VNI_TONE[tone]!) : '');
    else if (marks.includes('\u0302')) out += base + up(VNI_CIRC[tone]!);
    else if (marks.includes('\u0306')) out += base + up(VNI_BREVE[tone]!);
    else out += base + up(VNI_TONE[tone]!);
  }
  return iconv.encode(out, 'windows-1252');
}

function decoded(bytes: Uint8Array, html = false) {
  const r = decodePlanText(bytes, { html });
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.problem)}`);
  return r;
}

describe('decodePlanText: Unicode encodings', () => {
  const text = PHRASES.join('\n');

  it('reads UTF-8 with and without a BOM', () => {
    expect(decoded(utf8(text))).toMatchObject({ text, encoding: 'utf-8', font: 'unicode', notes: [] });
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toMatchObject({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE, with a BOM and without one', () => {
    const le = new Uint8Array(iconv.encode(text, 'utf-16le'));
    const be = new Uint8Array(iconv.encode(text, 'utf-16be'));
    expect(decoded(new Uint8Array([0xff, 0xfe, ...le]))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decoded(new Uint8Array([0xfe, 0xff, ...be]))).toMatchObject({ text, encoding: 'utf-16be' });
    expect(decoded(le)).toMatchObject({ text, encoding: 'utf-16le', notes: [{ kind: 'encoding-guessed', encoding: 'utf-16le' }] });
    expect(decoded(be)).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('reads Windows-1258, whose tones are combining marks, into composed letters', () => {
    const bytes = to1258(text);
    expect([...bytes].some((b) => b === 0xec || b === 0xcc || b === 0xd2 || b === 0xde || b === 0xf2)).toBe(true);
    const r = decoded(bytes);
    expect(r.text).toBe(text.normalize('NFC'));
    expect(r.encoding).toBe('windows-1258');
  });

  it('follows an HTML page that declares windows-1258', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><table><tr><td>${PHRASES.join('</td><td>')}</td></tr></table></body></html>`;
    const r = decoded(to1258(page), true);
    expect(r.encoding).toBe('windows-1258');
    expect(r.text).toContain('Sở Văn hóa, Thể thao và Du lịch');
    expect(r.notes).toEqual([]);
  });

  it('trusts the bytes over a wrong declaration and says so', () => {
    const page = `<meta charset="iso-8859-1"><p>${text}</p>`;
    const r = decoded(utf8(page), true);
    expect(r.text).toContain('Đài Phát thanh và Truyền hình');
    expect(r.notes).toEqual([{ kind: 'declared-charset-ignored', declared: 'iso-8859-1', used: 'utf-8' }]);
  });

  it('refuses empty and binary bytes with a reason', () => {
    expect(decodePlanText(new Uint8Array())).toEqual({ ok: false, problem: { reason: 'empty' } });
    expect(decodePlanText(utf8('  \n\t '))).toEqual({ ok: false, problem: { reason: 'empty' } });
    expect(decodePlanText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x10, 0x80, 0x00, 0xff, 0x12, 0x00]))).toEqual({ ok: false, problem: { reason: 'binary' } });
  });

  it('leaves the whole seed plan as it is', () => {
    const r = decoded(utf8(seed));
    expect(r.text).toBe(seed.normalize('NFC'));
    expect(r.font).toBe('unicode');
  });
});

describe('legacy fonts', () => {
  it('reads the sample the issue quotes: TCVN3 "Thµnh phè" and VNI "Thaønh phoá"', () => {
    expect(latin1(toTcvn3('Thành phố'))).toBe('Thµnh phè');
    expect(latin1(toVni('Thành phố'))).toBe('Thaønh phoá');
    const tcvn = decoded(toTcvn3(PHRASES.join('\n')));
    expect(tcvn.text).toBe(tcvn3able(PHRASES.join('\n')));
    expect(tcvn.text).toContain('Ủy ban nhân dân'.replace('Ủ', 'ủ'));
    expect(tcvn.font).toBe('tcvn3');
    expect(tcvn.encoding).toBe('windows-1252');
    const vni = decoded(toVni(PHRASES.join('\n')));
    expect(vni.text).toBe(PHRASES.join('\n'));
    expect(vni.font).toBe('vni');
  });

  it('round-trips the seed plan\'s own lines through TCVN3 and VNI', () => {
    const text = seedLines.join('\n');
    const t = decoded(toTcvn3(text));
    expect(t.text.toLowerCase()).toBe(text.toLowerCase());
    expect(caseLosses(t.text, text).filter((l) => !l.explained)).toEqual([]);
    expect(t.notes).toContainEqual(expect.objectContaining({ kind: 'legacy-converted', font: 'tcvn3' }));
    const v = decoded(toVni(text));
    expect(v.text).toBe(text);
    expect(v.notes).toContainEqual(expect.objectContaining({ kind: 'legacy-converted', font: 'vni' }));
  });

  it('converts legacy text that was saved as UTF-8 (a .docx or web page shows the Latin-1 letters)', () => {
    const r = repairLegacyText(latin1(toTcvn3(PHRASES.join('\n'))));
    expect(r).toMatchObject({ ok: true, font: 'tcvn3', text: tcvn3able(PHRASES.join('\n')) });
  });

  it('reads capitals typed in the capitals font (.VnTimeH) as capitals', () => {
    // In .VnTimeH the lowercase codes draw capitals: 'UBND TØNH LAI CH©U' is what the file holds.
    const heading = 'UBND TØNH LAI CH©U';
    const r = repairLegacyText([heading, ...PHRASES.map((p) => latin1(toTcvn3(p)))].join('\n'));
    expect(r.ok && r.text.split('\n')[0]).toBe('UBND TỈNH LAI CHÂU');
  });

  it('reads a document mixing Unicode lines and TCVN3 lines, each in its own, and says it is mixed', () => {
    const mixed = [PHRASES[0]!, latin1(toTcvn3(PHRASES[1]!)), PHRASES[2]!, latin1(toTcvn3(PHRASES[5]!)), latin1(toTcvn3(PHRASES[6]!))].join('\n');
    const r = repairLegacyText(mixed);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n')).toEqual([PHRASES[0], PHRASES[1], PHRASES[2], PHRASES[5], PHRASES[6]]);
    expect(r.notes).toContainEqual({ kind: 'legacy-mixed', font: 'tcvn3', unicodeLines: 2, legacyLines: 3 });
  });

  it('reads a TCVN3 "ư" written as &shy; in a page saved from Word', () => {
    const page = `<p>${latin1(toTcvn3(PHRASES.join(' '))).replace(/\u00ad/g, '&shy;')}</p>`;
    expect(page).toContain('&shy;');
    const r = repairLegacyText(page, { html: true });
    expect(r.ok && r.text).toBe(`<p>${tcvn3able(PHRASES.join(' '))}</p>`);
  });

  it('refuses text that is no Vietnamese in any encoding, saying what it looks like, rather than import garbage', () => {
    // Windows-1258 bytes read as if they were Windows-1252: combining tones stripped into symbols.
    const garbled = Array.from({ length: 6 }, () => latin1(to1258(PHRASES.join(' ')))).join('\n');
    const r = repairLegacyText(garbled);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ reason: 'unreadable-text', looksLike: 'windows-1258' });
    if (r.problem.reason !== 'unreadable-text') return;
    expect(r.problem.samples.length).toBeGreaterThan(0);
    expect(r.problem.readable).toBeLessThan(r.problem.words * 0.9);
  });

  it('says which legacy font unreadable text looks like', () => {
    // Half the words in a font the converter cannot make Vietnamese of: TCVN3 codes mangled by a font swap.
    const mangled = Array.from({ length: 10 }, () => 'Thµnh phè c¸c c¬ quan ®¬n vÞ').join('\n').replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 1));
    expect(repairLegacyText(mangled)).toMatchObject({ ok: false, problem: { reason: 'unreadable-text', looksLike: 'tcvn3' } });
  });

  it('never throws on arbitrary bytes', () => {
    for (let seedN = 1; seedN < 200; seedN++) {
      let x = seedN * 2654435761;
      const bytes = new Uint8Array(200 + (seedN % 50)).map(() => ((x = (x * 1103515245 + 12345) >>> 0) >>> 24));
      const r = decodePlanText(bytes, { html: seedN % 2 === 0 });
      expect(typeof r.ok).toBe('boolean');
    }
  });
});

describe('isVietnameseWord', () => {
  it('accepts the words of the seed plan and capital abbreviations', () => {
    const words = [...new Set(seed.match(WORD) ?? [])].filter((w) => /[\u0080-\uffff]/.test(w));
    const rejected = words.filter((w) => !isVietnameseWord(w));
    expect(rejected.length).toBeLessThan(words.length * 0.01);
    for (const w of ['HĐND', 'NĐ', 'Đài', 'người', 'Uỷ', 'Ủy', 'nghiêng', 'khuyến', 'thuở']) expect([w, isVietnameseWord(w)]).toEqual([w, true]);
  });

  it('rejects what legacy fonts look like read as Latin-1', () => {
    for (const w of ['Thµnh', 'c¸c', 'Thaønh', 'Sôû', 'N§']) expect([w, isVietnameseWord(w)]).toEqual([w, false]);
  });

  // The Central Highlands write their places in the Ê Đê and Jrai spelling: a final k, 'kr', 'đr'.
  const HIGHLANDS = 'Đắk Lắk, Đắk Nông, Krông Búk, Krông Pắc, Ea H\'leo, Buôn Ma Thuột, M\'Đrắk, Chư Prông, Đắk Rlấp; TỈNH ĐẮK LẮK, HUYỆN KRÔNG NĂNG';

  it('accepts the place names of the Central Highlands', () => {
    const words = (HIGHLANDS.match(SCORED_WORD) ?? []).filter((w) => /[\u0080-\uffff]/.test(w));
    expect(words.filter((w) => !isVietnameseWord(w))).toEqual([]);
  });

  it('still rejects those names decoded in the wrong table', () => {
    const misread = [latin1(utf8('Đắk')), latin1(toTcvn3('Lắk')), latin1(toVni('Krông')), latin1(toVni('Đắk'))];
    for (const w of misread) expect([w, isVietnameseWord(w)]).toEqual([w, false]);
  });
});

describe('decodePlanText: a plan from Đắk Lắk', () => {
  const plan = [...PHRASES, 'Ủy ban nhân dân tỉnh Đắk Lắk', HIGHLANDS_LINE].join('\n');

  it('is read as it is, with no word said to be unreadable', () => {
    expect(decoded(utf8(plan))).toMatchObject({ text: plan, font: 'unicode', notes: [] });
  });

  it('still says which words no encoding reads when a few are damaged', () => {
    const damaged = `${plan}\n${latin1(utf8('Đắk Lắk'))} ${latin1(utf8('Krông'))}`;
    const r = decoded(utf8(damaged));
    expect(r.notes).toEqual([expect.objectContaining({ kind: 'words-unreadable' })]);
  });
});
