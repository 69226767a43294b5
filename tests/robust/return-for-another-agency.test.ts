import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileNameClaims } from '../../src/agencies/claims';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, rowOf, seedPlan, seedRecipients } from '../support/seed';

/**
 * Issue #12 §6: the agency of a return is its _meta's, but the file's name is a second witness.
 * A file made from Sở Tài chính's template and named for Sở Nội vụ is said, and never silently
 * supersedes Sở Tài chính's own file; two files of one agency with different content are said,
 * in the CLI output and in Tình hình nộp.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const plan = seedPlan();
const assignments = seedRecipients(plan);
const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
const TAI_CHINH = 'AGENCY:Sở Tài chính';
const taiChinh = assignments.find((a) => a.recipient.key === TAI_CHINH)!;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Sở Tài chính's template with the status of its first led task set to `status`. */
async function taiChinhReturn(status: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeWorkbook(agencyWorkbook(plan, taiChinh, AGENCY_OPTIONS))) as unknown as ArrayBuffer);
  rowOf(wb.getWorksheet('Nhiệm vụ')!, taiChinh.leads[0]!).getCell(7).value = status;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function folderOf(files: [string, Uint8Array, number][]): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'chiso-claims-')), 'returns');
  mkdirSync(folder);
  for (const [name, bytes, mtime] of files) {
    writeFileSync(join(folder, name), bytes);
    utimesSync(join(folder, name), mtime, mtime);
  }
  return folder;
}

async function statusSheet(master: string): Promise<string[]> {
  const read = await readWorkbook(new Uint8Array(readFileSync(master)));
  if (!read.ok) throw new Error('master unreadable');
  return read.workbook.sheets.find((s) => s.name === 'Tình hình nộp')!.rows.map((r) => r.cells.map((c) => String(c.value ?? '')).join(' | '));
}

describe('which agency a file name points to', () => {
  const claim = fileNameClaims(assignments.map((a) => a.recipient));
  it.each([
    ['so-noi-vu.xlsx', 'AGENCY:Sở Nội vụ'],
    ['so-noi-vu (1).xlsx', 'AGENCY:Sở Nội vụ'],
    ['Báo cáo Sở Nội vụ.xlsx', 'AGENCY:Sở Nội vụ'],
    ['so-tai-chinh.xlsx', TAI_CHINH],
    ['bao-cao.xlsx', null],
  ])('%s -> %s', (file, key) => {
    expect(claim(file)).toBe(key);
  });
});

describe('a return filed for another agency', () => {
  it("Sở Tài chính's template named for Sở Nội vụ, newer than Sở Tài chính's own file: said, and never wins over it", async () => {
    const folder = folderOf([
      ['so-tai-chinh.xlsx', await taiChinhReturn('Đã hoàn thành'), 1_700_000_000],
      ['so-noi-vu.xlsx', await taiChinhReturn('Đang thực hiện'), 1_800_000_000],
    ]);
    const json = JSON.parse((await run('compile', seed, folder, '--json')).out);
    const status = json.values.find((v: { id: string; field: string }) => v.id === taiChinh.leads[0] && v.field === 'status');
    expect(status).toMatchObject({ value: 'Đã hoàn thành', file: 'so-tai-chinh.xlsx' });
    expect(json.submissions).toEqual([
      { file: 'so-noi-vu.xlsx', agency: 'Sở Tài chính', status: 'superseded', reason: 'superseded-by', by: 'so-tai-chinh.xlsx', why: 'other-unit', other: 'Sở Nội vụ' },
      { file: 'so-tai-chinh.xlsx', agency: 'Sở Tài chính', status: 'accepted', reason: null },
    ]);
    expect(json.missing).toContain('Sở Nội vụ');

    const master = join(folder, '..', 'tong-hop.xlsx');
    const r = await run('compile', seed, folder, '-o', master);
    // Whose its name says, that it was not compiled, and what Sở Nội vụ should do if the file is its report.
    expect(r.out).toContain('Tệp so-noi-vu.xlsx: Tên tệp là của “Sở Nội vụ” nhưng sổ tính (trang _meta) là của đơn vị khác, và đơn vị đó đã có tệp mang đúng tên mình (so-tai-chinh.xlsx); tệp này không được tổng hợp.');
    expect(r.out).toContain('đề nghị “Sở Nội vụ” điền vào sổ tính của chính mình rồi gửi lại');
    // Never that it was compiled for Sở Tài chính: it was not.
    expect(r.out).not.toContain('đã tổng hợp cho');
    // Lost on its name, not its date: not called a newer copy, its values not offered as Sở Tài chính's.
    expect(r.out).not.toContain('Cùng đơn vị với tệp so-noi-vu.xlsx');
    expect(r.out).not.toContain('Đã có tệp mới hơn');
    expect(r.out).not.toContain('Thuộc tệp đã bị thay bằng tệp mới hơn');
    const sheet = await statusSheet(master);
    expect(sheet.some((l) => l.startsWith('so-noi-vu.xlsx | Sở Tài chính | Bị thay thế | Tên tệp là của “Sở Nội vụ”'))).toBe(true);
    expect(sheet.filter((l) => l.includes('| Ghi nhận |'))).toEqual([]);
  }, 60_000);

  it('two files of one agency with different content: the later one is used, and that is said', async () => {
    const folder = folderOf([
      ['so-tai-chinh.xlsx', await taiChinhReturn('Đã hoàn thành'), 1_700_000_000],
      ['so-tai-chinh (1).xlsx', await taiChinhReturn('Đang thực hiện'), 1_800_000_000],
    ]);
    const r = await run('compile', seed, folder);
    expect(r.out).toContain('Tệp so-tai-chinh (1).xlsx, trang “_meta”: Cùng đơn vị với tệp so-tai-chinh.xlsx nhưng nội dung khác nhau; tệp này được dùng, tệp kia không.');
    expect(r.out).toMatch(/Tệp so-tai-chinh\.xlsx, trang “Nhiệm vụ”, ô G\d+: Thuộc tệp đã bị thay bằng tệp mới hơn của cùng đơn vị/);
  }, 60_000);

  it('two identical files of one agency: one is used, the other superseded, no conflict said', async () => {
    const same = await taiChinhReturn('Đã hoàn thành');
    const folder = folderOf([
      ['so-tai-chinh.xlsx', same, 1_700_000_000],
      ['so-tai-chinh-ban-sao.xlsx', same, 1_800_000_000],
    ]);
    const r = await run('compile', seed, folder);
    expect(r.out).not.toContain('nội dung khác nhau');
  }, 60_000);
});
