import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATS, formatOf, looksLikeHtml, sourceFormat } from '../../src/app/formats';
import { PLAN_FILE_EXTENSIONS } from '../../src/app/extensions';
import { loadFile, loadText } from '../../src/app/load';
import { inspectDocx } from '../../src/xlsx/guard';
import { seedDocx, seedText } from '../support/seed-docx';

/** A plan from any file either shell is given: one registry decides the format, by extension, else by content. */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function docx(paragraphs: string[], rows: string[][]): Uint8Array {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const tbl = `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
  const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map(p).join('')}${tbl}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(body),
  });
}

describe('loadFile', () => {
  it('reads the appendix tables of a .docx', async () => {
    const bytes = docx(
      ['PHỤ LỤC 3', 'CÁC CHỈ TIÊU CẦN CẢI THIỆN, NÂNG CAO TẠI CHỈ SỐ HÀI LÒNG - SIPAS'],
      [
        ['STT', 'Lĩnh vực', 'Chỉ số hài lòng tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025 (%)', 'Đơn vị chủ trì tham mưu, theo dõi'],
        ['', 'CHỈ SỐ HÀI LÒNG CHUNG:', '100', '86,50', '88,00', ''],
        ['I', 'Xây dựng, tổ chức thực hiện chính sách', '100', '86,51', '88,00', ''],
        ['1.', 'Trách nhiệm giải trình của chính quyền', '100', '86,32', '88,00', 'Sở Tư pháp'],
      ],
    );
    const r = await loadFile('ke-hoach.docx', bytes);
    expect(r.ok && r.plan.criteria.map((c) => [c.id, c.result, c.lead])).toEqual([
      ['SIPAS:total', 86.5, []],
      ['SIPAS:I', 86.51, []],
      ['SIPAS:1', 86.32, ['Sở Tư pháp']],
    ]);
  });

  it('says so when a .docx has no appendix table, naming what it looks for', async () => {
    const r = await loadFile('thu.docx', docx(['Kính gửi'], [['a', 'b']]));
    expect(r).toEqual({ ok: false, problem: { kind: 'no-table' } });
  });

  it('reads the whole seed plan from a Word document to what its text gives', async () => {
    const fromDocx = await loadFile('ke-hoach.docx', await seedDocx());
    const fromText = await loadFile('ke-hoach.txt', new TextEncoder().encode(seedText));
    if (!fromDocx.ok || !fromText.ok) throw new Error('did not load');
    const pick = (p: typeof fromText.plan) => ({ meta: p.meta, criteria: p.criteria.map((c) => ({ ...c, source: null })), tasks: p.tasks.map((t) => ({ ...t, source: null })) });
    expect(pick(fromDocx.plan)).toEqual(pick(fromText.plan));
  }, 30_000);

  it('reads the bundled plan as text, and calls a picture binary', async () => {
    const seed = new Uint8Array(readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt')));
    const r = await loadFile('ke-hoach.txt', seed);
    expect(r.ok && r.plan.tasks).toHaveLength(139);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await loadFile('anh.png', png)).toEqual({ ok: false, problem: { kind: 'binary' } });
    expect(await loadFile('trong.txt', new Uint8Array())).toEqual({ ok: false, problem: { kind: 'empty' } });
    // Saved as "Unicode" by Notepad: UTF-16 with its byte-order mark.
    const utf16 = new Uint8Array(2 + seedText.length * 2);
    const view = new DataView(utf16.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < seedText.length; i++) view.setUint16(2 + 2 * i, seedText.charCodeAt(i), true);
    const fromUtf16 = await loadFile('ke-hoach.txt', utf16);
    expect(fromUtf16.ok && fromUtf16.plan.tasks).toHaveLength(139);
  });
});

describe('a criterion without its max', () => {
  const par = (max: string) =>
    docx(
      ['PHỤ LỤC 2', 'CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX)'],
      [
        ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Kết quả năm 2024', 'Mục tiêu năm 2025'],
        ['', 'TỔNG ĐIỂM', '13', '11,5', '12'],
        ['3', 'Cải cách thủ tục hành chính', '13', '11,5', '12'],
        ['3.1', 'Công khai thủ tục', '12', '10,5', '11'],
        ['3.5', 'Tiếp nhận phản ánh, kiến nghị', max, '1', '1'],
      ],
    );

  it('left blank in the plan: a warning on that row, and its area says why it is not summed', async () => {
    const r = await loadFile('ke-hoach.docx', par(''));
    if (!r.ok) throw new Error('not read');
    const blank = r.findings.filter((f) => f.rule === 'sum.max-missing');
    expect(blank).toEqual([expect.objectContaining({ severity: 'warning', id: 'PAR:3.5', location: expect.objectContaining({ row: 5 }) })]);
    expect(r.findings.find((f) => f.rule === 'sum.children-incomplete' && f.field === 'max')).toMatchObject({ id: 'PAR:3', details: { missing: ['3.5'] } });
  });

  it('written but not read as a number: the reader says so, and the plan is not told the cell is empty', async () => {
    const r = await loadFile('ke-hoach.docx', par('mười'));
    if (!r.ok) throw new Error('not read');
    expect(r.findings.filter((f) => f.id === 'PAR:3.5' && f.field === 'max').map((f) => f.rule)).toEqual(['import.number-unreadable']);
  });
});

describe('a plan file named as one format but plainly another', () => {
  const fixture = (f: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/pdf', f)));
  /** UTF-8 text again as UTF-16LE with its byte-order mark, as Word's "Unicode" web page. */
  const asUtf16 = (utf8: Uint8Array) => {
    const text = new TextDecoder().decode(utf8);
    const out = new Uint8Array(2 + text.length * 2);
    const view = new DataView(out.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), true);
    return out;
  };

  it.each([
    ['a PDF saved as ke-hoach.xlsx', 'ke-hoach.xlsx', 'docx-plan.pdf', 'as saved'],
    ['a PDF saved as ke-hoach.docx', 'ke-hoach.docx', 'docx-plan.pdf', 'as saved'],
    ['a web page saved as ke-hoach.xlsx (as web systems export "Excel")', 'ke-hoach.xlsx', 'html-plan.html', 'as saved'],
    ['a Word document saved as ke-hoach.xlsx', 'ke-hoach.xlsx', 'docx-plan.docx', 'as saved'],
    ['a web page Word saved in Unicode (UTF-16) as ke-hoach.xlsx', 'ke-hoach.xlsx', 'html-plan.html', 'utf-16'],
  ])('%s is read as what it is', async (_case, name, file, encoding) => {
    const asItIs = await loadFile(file, fixture(file));
    const misnamed = await loadFile(name, encoding === 'utf-16' ? asUtf16(fixture(file)) : fixture(file));
    if (!asItIs.ok) throw new Error(`${file} did not load`);
    expect(asItIs.plan.criteria.length + asItIs.plan.tasks.length).toBeGreaterThan(0);
    expect(misnamed.ok && misnamed.plan.criteria.length).toBe(asItIs.plan.criteria.length);
    expect(misnamed.ok && misnamed.plan.tasks.length).toBe(asItIs.plan.tasks.length);
  }, 30_000);

  it('a picture saved as ke-hoach.xlsx is said to be no text, in a plan’s words', async () => {
    const png = new Uint8Array(readFileSync(join(__dirname, '../../assets/icon-32.png')));
    expect(await loadFile('ke-hoach.xlsx', png)).toEqual({ ok: false, problem: { kind: 'binary' } });
    expect(await loadFile('ke-hoach.docx', png)).toEqual({ ok: false, problem: { kind: 'binary' } });
  });
});

describe('the format registry', () => {
  const html = '<!doctype html><html><body><table><tr><td>STT</td></tr></table></body></html>';
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('goes by the extension first, whatever the content', () => {
    expect(formatOf('ke-hoach.TXT', bytes(html)).name).toBe('text');
    expect(formatOf('C:\\Users\\a\\ke-hoach.htm', bytes('plain')).name).toBe('html');
    expect(formatOf('bao-cao.xlsx', bytes('%PDF-1.7')).name).toBe('plan-workbook');
  });

  it('recognises a file by its content when the extension says nothing', () => {
    const word = docx(['x'], [['a']]);
    expect(formatOf('ke-hoach', word).name).toBe('docx');
    expect(formatOf('tai-ve.bin', bytes(html)).name).toBe('html');
    expect(formatOf('ke-hoach.dat', bytes('STT |\nNhiệm vụ |')).name).toBe('text');
  });

  it('has one rule for HTML, used for pasted text as for files', () => {
    expect(looksLikeHtml('  <table><tr><td>1</td></tr></table>')).toBe(true);
    expect(looksLikeHtml('<meta charset="utf-8"><p>Kế hoạch</p>')).toBe(true);
    expect(looksLikeHtml('Kế hoạch số 159 |\nSTT |')).toBe(false);
    const pasted = loadText(`<table>${seedText.split('\n').slice(0, 3).map((l) => `<tr><td>${l}</td></tr>`).join('')}</table>`);
    expect(pasted).toEqual({ ok: false, problem: { kind: 'no-table' } });
  });

  it('offers the pane\'s file picker every extension it reads', () => {
    expect(new Set(PLAN_FILE_EXTENSIONS)).toEqual(new Set(FORMATS.flatMap((f) => f.extensions)));
  });

  it('takes a new format as one entry: a reader that gives a plan source', async () => {
    const csv = sourceFormat('csv', ['csv'], () => false, async (b) => ({ kind: 'range', values: new TextDecoder().decode(b).trim().split('\n').map((l) => l.split(';')) }));
    const table = ['STT;Lĩnh vực/Tiêu chí;Điểm tối đa;Kết quả năm 2024;Mục tiêu năm 2025;Đơn vị chủ trì', '1;Lĩnh vực một;2;2;2;Sở Nội vụ', ';TỔNG ĐIỂM;2;2;2;'];
    const r = await loadFile('ke-hoach.csv', bytes(['PHỤ LỤC 2', 'CHỈ SỐ CCHC - PAR INDEX', ...table].join('\n')), {}, [csv, ...FORMATS]);
    expect(r.ok && r.plan.criteria.map((c) => c.id)).toEqual(['PAR:1', 'PAR:total']);
  });
});

describe('the size guard for .docx', () => {
  /** Sets the declared uncompressed size of one entry, in the central directory and its local header. */
  function declare(zip: Uint8Array, entry: string, size: number): Uint8Array {
    const out = zip.slice();
    const view = new DataView(out.buffer);
    const name = new TextEncoder().encode(entry);
    const named = (at: number) => name.every((b, i) => out[at + i] === b);
    for (let i = 0; i + 46 <= out.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50 && view.getUint16(i + 28, true) === name.length && named(i + 46)) view.setUint32(i + 24, size, true);
      if (sig === 0x04034b50 && view.getUint16(i + 26, true) === name.length && named(i + 30)) view.setUint32(i + 22, size, true);
    }
    return out;
  }

  it('refuses a small .docx that says it inflates to 1.5 GB, before inflating anything', async () => {
    const word = docx(['x'], [['a']]);
    const withPicture = zipSync({ ...unzipSync(word), 'word/media/image1.png': new Uint8Array(1024) });
    const bomb = declare(withPicture, 'word/media/image1.png', 1.5 * 1024 ** 3);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await loadFile('ke-hoach.docx', bomb)).toEqual({ ok: false, problem: { kind: 'too-large' } });
    expect(inspectDocx(bomb)).toEqual({ ok: false, problem: { kind: 'too-large', entry: 'word/media/image1.png', size: 1.5 * 1024 ** 3 } });
  });

  it('stops inflating an entry that holds more than it declares', async () => {
    // 16 MB of zeros deflate to ~16 KB; declared as 1 KB, inflating stops just past the kilobyte.
    const zeros = zipSync({ ...unzipSync(docx(['x'], [['a']])), 'word/media/image1.png': new Uint8Array(16 * 1024 * 1024) });
    const liar = declare(zeros, 'word/media/image1.png', 1024);
    expect(inspectDocx(liar)).toEqual({ ok: false, problem: { kind: 'corrupt', entry: 'word/media/image1.png' } });
    expect(await loadFile('ke-hoach.docx', liar)).toEqual({ ok: false, problem: { kind: 'corrupt' } });
  });

  it('tells how to save a .doc in Word\'s old format as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(1024).fill(0)]);
    expect(await loadFile('ke-hoach.doc', ole)).toEqual({ ok: false, problem: { kind: 'old-word-format' } });
  });

  it('calls a workbook renamed .docx what it is not', async () => {
    const workbook = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(await loadFile('ke-hoach.docx', workbook)).toEqual({ ok: false, problem: { kind: 'not-docx' } });
  });
});
