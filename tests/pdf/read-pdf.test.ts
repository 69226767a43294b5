import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import mammoth from 'mammoth';
import { runChecks } from '../../src/checks';
import { importPlan } from '../../src/import';
import type { GridRow } from '../../src/import/grid';
import { htmlToGrid } from '../../src/import/html-source';
import { inflatesBeyond } from '../../src/pdf/bomb-guard';
import { readPdf } from '../../src/pdf/read-pdf';
import type { Plan } from '../../src/plan/schema';

/**
 * PDFs as offices make them: tests/fixtures/pdf/make-fixtures.mjs prints an HTML plan and a .docx
 * plan to PDF with LibreOffice (their sources are kept beside them) and writes a scanned page.
 * A PDF's grid must be the grid of the document it was printed from.
 */

const dir = join(__dirname, '../fixtures/pdf');
const fixture = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
const shape = (rows: GridRow[]) => rows.map((r) => r.cells.map((c) => (c.spanned ? `${c.text} ⟨spanned⟩` : c.text)));

/** A deadline far beyond need: the test machine is shared, and speed is bench's business. */
const PATIENT = { timeoutMs: 120_000 };

async function read(f: string) {
  const r = await readPdf(fixture(f), PATIENT);
  if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.problem)}`);
  return r;
}

jest.setTimeout(180_000); // pdf.js is compiled on first use; a cap, not a measurement

/** A PDF around one content stream, written by hand as small PDFs are; `pages` pages all show it. */
function pdfWith(content: Uint8Array, dict: string, pages = 1): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
  const objects: (string | Uint8Array)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    [`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`],
    [`<< /Length ${content.length} ${dict}>>\nstream\n`, content, '\nendstream'],
    ...Array.from({ length: pages }, () => ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>']),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), ...o.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from(x))), Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([...parts, Buffer.from(xref)]));
}

describe('readPdf on plans printed by LibreOffice', () => {
  it('reads the HTML plan over four pages to the grid the HTML reader gives: merged cells, wrapped names, one table', async () => {
    const r = await read('html-plan.pdf');
    const html = htmlToGrid(readFileSync(join(dir, 'html-plan.html'), 'utf8'));
    expect(r.pages).toBe(4);
    expect(r.grid.kind).toBe('pdf');
    expect(r.grid.blocks).toHaveLength(1);
    const rows = r.grid.blocks[0]!.rows;
    expect(shape(rows)).toEqual(shape(html.blocks[0]!.rows));
    // One table, numbered through, its rows from every page.
    expect(rows.map((row) => row.row)).toEqual(rows.map((_, i) => i + 1));
    expect([...new Set(rows.map((row) => row.page))]).toEqual([1, 2, 3, 4]);
    expect(r.notes).toEqual(expect.arrayContaining([{ kind: 'table-joined', pages: [1, 2] }, { kind: 'table-joined', pages: [3, 4] }, { kind: 'header-repeated', page: 2, rows: 2 }]));
    // A name that wraps over three lines of its cell is one name.
    expect(rows.find((row) => row.cells[0]!.text === '1.3')!.cells[1]!.text).toBe(
      'Tiêu chí thành phần số 3 của cơ quan, đơn vị, địa phương và kết quả kiểm tra, đánh giá việc thực hiện nhiệm vụ được giao trong năm',
    );
    expect(r.grid.blocks[0]!.caption.slice(-2)).toEqual(['PHỤ LỤC II', 'CÁC TIÊU CHÍ CẦN CẢI THIỆN TẠI CHỈ SỐ CẢI CÁCH HÀNH CHÍNH - PAR INDEX']);
    expect(r.grid.preamble).toEqual(expect.arrayContaining(['UBND TỈNH LAI CHÂU', 'Số: 1331/KH-UBND', 'Lai Châu, ngày 15 tháng 5 năm 2024', 'KẾ HOẠCH']));
  });

  it('reads the .docx plan: running header and page numbers dropped, the repeated header row dropped, a row broken by the page joined', async () => {
    const r = await read('docx-plan.pdf');
    const html = (await mammoth.convertToHtml({ buffer: readFileSync(join(dir, 'docx-plan.docx')) })).value;
    const fromDocx = htmlToGrid(html);
    expect(shape(r.grid.blocks[0]!.rows)).toEqual(shape(fromDocx.blocks[0]!.rows));
    const free = [...r.grid.preamble, ...r.grid.blocks.flatMap((b) => b.caption)];
    expect(free.filter((l) => /Trang|88\/KH-UBND/.test(l))).toEqual([]);
    expect(r.notes).toEqual(
      expect.arrayContaining([
        { kind: 'running-text-dropped', text: 'Kế hoạch số #/KH-UBND tỉnh Ninh Bình', pages: 2 },
        { kind: 'running-text-dropped', text: 'Trang #', pages: 2 },
        { kind: 'header-repeated', page: 2, rows: 1 },
        expect.objectContaining({ kind: 'row-joined', page: 2 }),
      ]),
    );
  });

  it('gives the same plan as the .docx it was printed from', async () => {
    const r = await read('docx-plan.pdf');
    const html = (await mammoth.convertToHtml({ buffer: readFileSync(join(dir, 'docx-plan.docx')) })).value;
    const fromPdf = importPlan({ kind: 'grid', grid: r.grid });
    const fromDocx = importPlan({ kind: 'html', html });
    expect(fromPdf.ok && fromDocx.ok).toBe(true);
    if (!fromPdf.ok || !fromDocx.ok) return;
    const strip = (p: Plan) => p.criteria.map(({ source: _s, ...c }) => c);
    expect(fromPdf.plan.criteria.length).toBe(40);
    expect(strip(fromPdf.plan)).toEqual(strip(fromDocx.plan));
  });

  it('gives the same plan as the .docx it was printed from when LibreOffice clips the repeated two-row header', async () => {
    // An outsider's Khánh Hòa plan (made with the docx package, printed by LibreOffice): on every
    // continued page the header cell 'Lĩnh vực, tiêu chí, tiêu chí thành phần' is cut to 'Lĩnh vực,
    // tiêu chí, tiêu', its hidden rest still in the text layer, over the first row under it; and the
    // support agencies of task 2 are typed one per line.
    const r = await read('khanhhoa-clipped-header.pdf');
    const html = (await mammoth.convertToHtml({ buffer: readFileSync(join(dir, 'khanhhoa-clipped-header.docx')) })).value;
    const fromPdf = importPlan({ kind: 'grid', grid: r.grid });
    const fromDocx = importPlan({ kind: 'html', html });
    if (!fromPdf.ok || !fromDocx.ok) throw new Error('not imported');
    const strip = (p: Plan) => p.criteria.map(({ source: _s, ...c }) => c);
    expect(fromPdf.plan.criteria).toHaveLength(58);
    expect(strip(fromPdf.plan)).toEqual(strip(fromDocx.plan));
    const agencies = (p: Plan) => p.tasks.map((t) => [t.lead, t.support]);
    expect(agencies(fromPdf.plan)).toEqual(agencies(fromDocx.plan));
    expect(fromPdf.plan.tasks[1]!.support).toEqual(['Văn phòng UBND tỉnh', 'Sở Tư pháp', 'Sở Thông tin và Truyền thông']);
    // What was taken out is said, page by page; the table is one table, never 'found again'.
    expect(r.notes.filter((n) => n.kind === 'header-overflow-dropped').map((n) => n.kind === 'header-overflow-dropped' && [n.page, n.text])).toEqual([[9, 'chí thành'], [10, 'chí thành'], [11, 'chí thành'], [12, 'chí thành']]);
    // The checks find the same three planted errors in both, and nothing else to warn of.
    const judged = (p: Plan) => runChecks(p).filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.id ?? ''}`).sort();
    expect(judged(fromPdf.plan)).toEqual(judged(fromDocx.plan));
    expect(judged(fromPdf.plan)).toHaveLength(3);
  });

  it('gives the same plan as the HTML it was printed from when narrow columns break words and numbers', async () => {
    // 'STT' printed 'ST' over 'T', '10' as '1' over '0', 43,6725 as '43,672' over '5' (see the fixtures' README).
    const r = await read('thanhhoa-narrow-columns.pdf');
    const fromPdf = importPlan({ kind: 'grid', grid: r.grid });
    const fromHtml = importPlan({ kind: 'html', html: readFileSync(join(dir, 'thanhhoa-narrow-columns.html'), 'utf8') });
    if (!fromPdf.ok || !fromHtml.ok) throw new Error(`not imported: ${fromPdf.ok ? '' : fromPdf.error.code}`);
    const strip = (p: Plan) => p.criteria.map(({ source: _s, ...c }) => c);
    const tasks = (p: Plan) => p.tasks.map(({ source: _s, ...t }) => t);
    expect(fromPdf.plan.tasks).toHaveLength(10);
    expect(fromPdf.plan.criteria).toHaveLength(37);
    expect(strip(fromPdf.plan)).toEqual(strip(fromHtml.plan));
    expect(tasks(fromPdf.plan)).toEqual(tasks(fromHtml.plan));
    expect(fromPdf.plan.criteria.find((c) => c.code === 'total')?.result).toBe(43.6725);
  });

  it('answers a scanned plan with "no text layer"', async () => {
    expect(await readPdf(fixture('scanned.pdf'), PATIENT)).toEqual({ ok: false, problem: { reason: 'no-text-layer', pages: 1 } });
  });
});

describe('readPdf on bad files', () => {
  it('refuses what is not a PDF', async () => {
    expect(await readPdf(new TextEncoder().encode('<html><table></table></html>'))).toEqual({ ok: false, problem: { reason: 'not-pdf' } });
    expect(await readPdf(new Uint8Array())).toEqual({ ok: false, problem: { reason: 'not-pdf' } });
  });

  it('answers a truncated PDF with a typed result, never an exception', async () => {
    const whole = fixture('docx-plan.pdf');
    for (const cut of [20, 1000, Math.floor(whole.length / 2)]) {
      const r = await readPdf(whole.subarray(0, cut), PATIENT);
      if (r.ok) expect(r.grid.blocks.length).toBeGreaterThan(0);
      else expect(['pdf-damaged', 'no-text-layer', 'no-ruled-table']).toContain(r.problem.reason);
    }
  });

  it('says when text is there but no table is drawn with lines', async () => {
    const content = new TextEncoder().encode('BT /F1 12 Tf 72 700 Td (STT Noi dung) Tj ET');
    const pdf = pdfWith(content, '');
    const withFont = new TextDecoder('latin1').decode(pdf).replace('/Contents 3 0 R', '/Contents 3 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>');
    expect(await readPdf(new Uint8Array([...withFont].map((c) => c.charCodeAt(0))), PATIENT)).toMatchObject({ ok: false, problem: { reason: 'no-ruled-table', pages: 1 } });
  });

  it('refuses a PDF bomb before pdf.js inflates it', async () => {
    const bomb = pdfWith(deflateSync(Buffer.alloc(8 * 1024 * 1024)), '/Filter /FlateDecode ');
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await inflatesBeyond(bomb, 4 * 1024 * 1024)).toBe(true);
    expect(await inflatesBeyond(bomb, 16 * 1024 * 1024)).toBe(false);
    expect(await readPdf(bomb, { ...PATIENT, maxInflatedBytes: 4 * 1024 * 1024 })).toEqual({ ok: false, problem: { reason: 'too-much-content', page: null } });
  });

  it('stops at its deadline and says so, whatever pdf.js was doing', async () => {
    expect(await readPdf(fixture('html-plan.pdf'), { timeoutMs: 0 })).toEqual({ ok: false, problem: { reason: 'too-slow', seconds: 0 } });
  });

  it('refuses a PDF claiming more pages than a plan has', async () => {
    const pdf = pdfWith(new TextEncoder().encode('0 0 m 1 1 l S'), '', 301);
    expect(await readPdf(pdf, PATIENT)).toEqual({ ok: false, problem: { reason: 'too-many-pages', pages: 301, limit: 300 } });
  });
});
