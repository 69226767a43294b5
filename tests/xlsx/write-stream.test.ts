import { columnLetter } from '../../src/workbook-kit/spec';
import { strFromU8, unzipSync } from 'fflate';
import { compile } from '../../src/agency-workbook/read';
import { masterWorkbook } from '../../src/master-workbook/write';
import { buildWorkbook } from '../../src/plan-workbook/write';
import { runChecks } from '../../src/checks';
import { workbookWords } from '../../src/strings';
import { vi } from '../../src/strings/vi';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { writeWorkbookStreaming } from '../../src/xlsx/write-stream';
import { nodeDeflater } from '../../src/cli/deflate';
import { seedPlan, seedRecipients } from '../support/seed';
import { allRows, type WorkbookSpec } from '../../src/workbook-kit/spec';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert, describeWithLibreOffice, pdfText } from '../support/libreoffice';

/** The streaming writer gives the same workbook as the in-memory one: values, sheets, merges, print setup. */

const plan = seedPlan();

async function both(spec: WorkbookSpec) {
  const [memory, streamed] = [await writeWorkbook(spec), await writeWorkbookStreaming(spec)];
  const read = async (b: Uint8Array) => {
    const r = await readWorkbook(b);
    if (!r.ok) throw new Error('unreadable');
    return r.workbook;
  };
  return { memory, streamed, memoryRead: await read(memory), streamedRead: await read(streamed) };
}

/** What a sheet part says about printing and layout, without the parts each writer orders its own way. */
function layout(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const book = strFromU8(files['xl/workbook.xml']!);
  const names = [...book.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]).sort();
  const sheets = Object.keys(files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort()
    .map((n) => {
      const x = strFromU8(files[n]!);
      const pick = (re: RegExp) => (x.match(re) ?? []).join('');
      return [pick(/<pageSetup [^>]*\/>/g).replace(/ r:id="[^"]*"/, ''), pick(/<pageMargins [^>]*\/>/g), pick(/<headerFooter[\s\S]*?<\/headerFooter>/g), pick(/<mergeCell [^>]*\/>/g), pick(/<pane [^>]*\/>/g), pick(/<pageSetUpPr [^>]*\/>/g)].join('\n');
    });
  return [...names, ...sheets];
}

describe('the streaming writer', () => {
  it('keeps a merge spanning rows whole, with the value written in its first cell', async () => {
    const spec: WorkbookSpec = {
      font: { name: 'Times New Roman', size: 11 },
      password: null,
      styles: {},
      sheets: [
        {
          name: 'Gộp',
          state: 'visible',
          columns: [{ width: 10 }, { width: 10 }],
          rows: Array.from({ length: 8 }, (_, i) => ({ cells: [{ value: `A${i + 1}` }, i === 2 ? { value: 'gộp' } : null] })),
          merges: ['B3:B6', 'A8:B8'],
          freeze: null,
          conditionalFormats: [],
          validations: [],
          protect: false,
          print: null,
          outlineSummaryAbove: true,
        },
      ],
    };
    const { memory, streamed, memoryRead, streamedRead } = await both(spec);
    expect(streamedRead).toEqual(memoryRead);
    expect(layout(streamed)).toEqual(layout(memory));
    expect(layout(streamed).join('')).toContain('<mergeCell ref="B3:B6"/>');
  });

  it('writes the master of a compile as the in-memory writer does', async () => {
    const c = compile(plan, seedRecipients(plan), []);
    const { memory, streamed, memoryRead, streamedRead } = await both(masterWorkbook(plan, c, [{ file: 'a.xlsx', sha256: 'ab'.repeat(32) }], '2025-12-31', (r, f) => vi.refusal(r, f)));
    expect(streamedRead).toEqual(memoryRead);
    expect(layout(streamed)).toEqual(layout(memory));
  });

  it('writes the master in one pass, deflated once, with every title in the first cell of its merge so that it shows', async () => {
    const c = compile(plan, seedRecipients(plan), []);
    const spec = masterWorkbook(plan, c, [], '2025-12-31', (r, f) => vi.refusal(r, f));
    const bytes = await writeWorkbookStreaming(spec);
    // Only text that repeats is shared, each text once; text written once stays inline, so the
    // table grows with the plan's repeated words, not with the rows.
    const parts = unzipSync(bytes);
    const table = [...strFromU8(parts['xl/sharedStrings.xml']!).matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(new Set(table).size).toBe(table.length);
    const uses = new Map<string, number>();
    for (const s of spec.sheets) for (const row of allRows(s)) for (const cell of row.cells) if (typeof cell?.value === 'string' && cell.value !== '' && !cell.formula) uses.set(cell.value, (uses.get(cell.value) ?? 0) + 1);
    expect(table.length).toBe([...uses.values()].filter((n) => n > 1).length);
    expect(Object.values(parts).some((p) => strFromU8(p).includes('t="inlineStr"'))).toBe(true);
    const r = await readWorkbook(bytes);
    if (!r.ok) throw new Error('unreadable');
    expect(r.notes).toEqual([]);
    const visible = r.workbook.sheets.filter((s) => s.state === 'visible');
    const titles = visible.map((s) => s.rows.find((row) => row.row === 1)?.cells[0]);
    expect(titles.map((t) => t?.value)).toEqual(['TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH', 'TÌNH HÌNH THỰC HIỆN TỪNG NHIỆM VỤ', 'TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ', 'TỔNG HỢP TỰ ĐÁNH GIÁ TIÊU CHÍ', 'DỰ KIẾN ĐIỂM THEO TỰ ĐÁNH GIÁ CỦA CÁC ĐƠN VỊ', 'TÌNH HÌNH NỘP BÁO CÁO', 'NHẬT KÝ TỔNG HỢP']);
    // Each title is the first cell of the merge over its row, so that it shows.
    visible.forEach((s, i) => {
      const merge = (s.merges ?? []).find((m) => /^[A-Z]+1:/.test(m));
      expect(merge?.split(':')[0]).toBe(`${columnLetter(titles[i]!.col)}1`);
    });
  });

  it('gives the same workbook through Node\'s zlib (the command line\'s deflater) as through fflate', async () => {
    const c = compile(plan, seedRecipients(plan), []);
    const spec = masterWorkbook(plan, c, [{ file: 'a.xlsx', sha256: 'ab'.repeat(32) }], '2025-12-31', (r, f) => vi.refusal(r, f));
    // Rows long enough that the sheet is deflated in several batches joined by sync flushes.
    spec.sheets[0]!.rows.push(...Array.from({ length: 20_000 }, (_, i) => ({ cells: [{ value: `dòng ${i} ${'x'.repeat(i % 97)}` }, { value: i }] })));
    const native = await writeWorkbookStreaming(spec, nodeDeflater);
    const fflate = await writeWorkbookStreaming(spec);
    const parts = (b: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(b)).map(([k, v]) => [k, strFromU8(v)]));
    expect(parts(native)).toEqual(parts(fflate));
    const r = await readWorkbook(native);
    const last = r.ok ? r.workbook.sheets[0]!.rows.at(-1) : undefined;
    expect([last?.row, last?.cells[0]?.value]).toEqual([spec.sheets[0]!.rows.length, `dòng 19999 ${'x'.repeat(19999 % 97)}`]);
  });

  it('writes the structured plan workbook as the in-memory writer does, formulas, validations and protection included', async () => {
    const spec = buildWorkbook(plan, runChecks(plan), workbookWords(vi));
    const { memory, streamed, memoryRead, streamedRead } = await both(spec);
    expect(streamedRead).toEqual(memoryRead);
    expect(layout(streamed)).toEqual(layout(memory));
    const count = (b: Uint8Array, re: RegExp) => Object.values(unzipSync(b)).reduce((n, f) => n + (strFromU8(f).match(re) ?? []).length, 0);
    for (const re of [/<dataValidation /g, /<conditionalFormatting /g, /<sheetProtection /g, /<f>/g]) expect(count(streamed, re)).toBe(count(memory, re));
  });
});

describeWithLibreOffice('a streamed master in LibreOffice', () => {
  jest.setTimeout(120_000);
  it('opens and prints', async () => {
    const c = compile(plan, seedRecipients(plan), []);
    const dir = mkdtempSync(join(tmpdir(), 'chiso-stream-'));
    const file = join(dir, 'master.xlsx');
    // The command line's path: shared strings, Node's zlib.
    writeFileSync(file, await writeWorkbookStreaming(masterWorkbook(plan, c, [], '2025-12-31', (r, f) => vi.refusal(r, f)), nodeDeflater));
    const text = pdfText(await convert(file, 'pdf', dir));
    expect(text).toContain('TÌNH HÌNH NỘP BÁO CÁO');
    expect(text).toContain('Chưa nộp');
  });
});
