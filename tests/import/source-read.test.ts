import iconv from 'iconv-lite';
import { readDocxHtml, readHtmlFile, readPastedText, readTextFile, type SourceNote, type SourceProblem } from '../../src/import/source-read';
import { en } from '../../src/strings/en';
import { vi } from '../../src/strings/vi';

/** The entry points the application layer registers: bytes or text in, a source or a named problem out. */

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const tcvn3 = (s: string) => latin1(new Uint8Array(iconv.encode(s, 'tcvn')));
const NAMES = ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Lao động - Thương binh và Xã hội', 'Sở Tài chính', 'Văn phòng ủy ban nhân dân tỉnh'];

describe('source readers', () => {
  it('reads a .txt of tab-separated cells as a range and the published text as text', () => {
    expect(readTextFile(new TextEncoder().encode('STT\tNội dung\r\n1\tSở Tư pháp\r\n'))).toMatchObject({ ok: true, source: { kind: 'tsv' } });
    expect(readTextFile(new TextEncoder().encode('STT |\nNội dung |\n'))).toMatchObject({ ok: true, source: { kind: 'text' } });
  });

  it('reads an HTML page saved in Windows-1258 as it declares', () => {
    const page = `<meta charset="windows-1258"><table><tr><td>${NAMES.join('</td><td>')}</td></tr></table>`;
    const isTone = (m: string) => '\u0300\u0301\u0303\u0309\u0323'.includes(m);
    const nfd = page.normalize('NFD').replace(/(\p{L})(\p{M}*)/gu, (_m, b: string, m: string) => (b + [...m].filter((x) => !isTone(x)).join('')).normalize('NFC') + [...m].filter(isTone).join(''));
    const r = readHtmlFile(new Uint8Array(iconv.encode(nfd, 'windows1258')));
    expect(r.ok && r.source.kind === 'html' && r.source.html).toContain('Sở Văn hóa, Thể thao và Du lịch');
  });

  it('converts a .docx typed in .VnTime (mammoth gives the Latin-1 letters) and says so', () => {
    const html = `<table>${NAMES.map((n) => `<tr><td>${tcvn3(n)}</td></tr>`).join('')}</table>`;
    const r = readDocxHtml(html);
    expect(r).toMatchObject({ ok: true, source: { kind: 'html' } });
    if (!r.ok || r.source.kind !== 'html') return;
    for (const n of NAMES) expect(r.source.html).toContain(n);
    expect(r.notes).toContainEqual(expect.objectContaining({ kind: 'legacy-converted', font: 'tcvn3' }));
  });

  it('reads pasted cells, and refuses an empty paste', () => {
    expect(readPastedText('STT\tĐơn vị\n1\tSở Nội vụ\n2\tSở Tư pháp')).toMatchObject({ ok: true, source: { kind: 'tsv' } });
    expect(readPastedText('  ')).toEqual({ ok: false, problem: { reason: 'empty' } });
  });
});

describe('every problem and note has words in both languages', () => {
  const problems: SourceProblem[] = [
    { reason: 'empty' },
    { reason: 'binary' },
    { reason: 'unreadable-text', looksLike: 'tcvn3', readable: 2, words: 40, samples: ['Thµnh', 'c¸c'] },
    { reason: 'not-pdf' },
    { reason: 'pdf-encrypted' },
    { reason: 'pdf-damaged', detail: 'Invalid PDF structure.' },
    { reason: 'no-text-layer', pages: 3 },
    { reason: 'no-ruled-table', pages: 3 },
    { reason: 'too-many-pages', pages: 900, limit: 300 },
    { reason: 'too-slow', seconds: 20 },
    { reason: 'too-much-content', page: null },
  ];
  const notes: SourceNote[] = [
    { kind: 'encoding-guessed', encoding: 'windows-1258' },
    { kind: 'declared-charset-ignored', declared: 'iso-8859-1', used: 'utf-8' },
    { kind: 'legacy-converted', font: 'vni', lines: 3, words: 12 },
    { kind: 'legacy-mixed', font: 'tcvn3', unicodeLines: 2, legacyLines: 5 },
    { kind: 'words-unreadable', count: 2, samples: ['x§'] },
    { kind: 'running-text-dropped', text: 'Trang #', pages: 4 },
    { kind: 'table-joined', pages: [1, 2] },
    { kind: 'header-repeated', page: 2, rows: 2 },
    { kind: 'row-joined', page: 2, row: 13 },
    { kind: 'pages-without-text', pages: [5] },
  ];

  it.each(problems)('problem %j names the file in Vietnamese and English', (p) => {
    for (const s of [vi, en]) expect(s.sourceProblem(p, 'ke-hoach.pdf')).toMatch(/ke-hoach\.pdf.*\S/);
  });

  it.each(notes)('note %j is worded in both languages', (n) => {
    for (const s of [vi, en]) expect(s.sourceNote(n).length).toBeGreaterThan(10);
  });

  it('says which legacy encoding unreadable text looks like', () => {
    expect(vi.sourceProblem(problems[2]!, 'a.html')).toContain('TCVN3');
    expect(en.sourceProblem(problems[2]!, 'a.html')).toContain('TCVN3');
  });
});
