import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile } from '../../src/taskpane/load';

/** Files a user opens in the pane: a .docx of the plan (its tables through mammoth), text, HTML, or something else. */

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

  it('says so when a .docx has no appendix table', async () => {
    const r = await loadFile('thu.docx', docx(['Kính gửi'], [['a', 'b']]));
    expect(r).toEqual({ ok: false, problem: { kind: 'docx-empty' } });
  });

  it('reads the bundled plan as text, and refuses other kinds of file', async () => {
    const seed = new Uint8Array(readFileSync(join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt')));
    const r = await loadFile('ke-hoach.txt', seed);
    expect(r.ok && r.plan.tasks).toHaveLength(139);
    expect(await loadFile('anh.png', new Uint8Array([1, 2, 3]))).toEqual({ ok: false, problem: { kind: 'unsupported' } });
  });
});
