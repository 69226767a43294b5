import ExcelJS from 'exceljs';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { RECORD_FILE } from '../../src/cli/safe-write';

/**
 * Issue #12 §2: no command writes over one of its own inputs, and none replaces a workbook that
 * differs from what chiso last wrote there unless told to (--force). Each refusal is said in
 * Vietnamese before any work, and the file is byte for byte what it was.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chiso-outputs-'));
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A plan workbook made by chiso, then its Đơn vị sheet filled in by a person (an e-mail typed). */
async function filledPlanWorkbook(): Promise<string> {
  const path = join(dir, 'ke-hoach.xlsx');
  expect((await run('import', seed, '-o', path)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const sheet = wb.getWorksheet('Đơn vị')!;
  let emailCol = 0;
  sheet.eachRow((row) => row.eachCell((c, col) => c.value === 'Email nhận báo cáo' && (emailCol = col)));
  sheet.eachRow((row) => void (row.getCell(1).value === 'Sở Nội vụ' && (row.getCell(emailCol).value = 'snv@hanoi.gov.vn')));
  await wb.xlsx.writeFile(path);
  return path;
}

/** Sở Nội vụ's report workbook as assembled, filled in and saved back (by exceljs: not chiso's bytes). */
async function filledReturn(folder: string): Promise<string> {
  expect((await run('assemble', seed, '-o', folder, '--only', 'Sở Nội vụ')).code).toBe(0);
  const path = join(folder, 'so-noi-vu.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  wb.getWorksheet('Tiêu chí')!.eachRow((row) => void (row.getCell(1).value === 'PAR:5.4' && (row.getCell(8).value = 1.25)));
  await wb.xlsx.writeFile(path);
  return path;
}

const bytesOf = (p: string) => readFileSync(p);

describe('compile -o', () => {
  it('refuses to write the master over the plan workbook', async () => {
    const plan = await filledPlanWorkbook();
    const before = bytesOf(plan);
    mkdirSync(join(dir, 'returns'));
    const r = await run('compile', plan, join(dir, 'returns'), '-o', plan);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không ghi ${plan}: đó chính là tệp đầu vào ${plan} của lệnh này, ghi đè sẽ làm mất nó. Hãy chọn tên tệp khác; chưa có gì được ghi.`);
    expect(bytesOf(plan)).toEqual(before);
  }, 30_000);

  it('refuses to write the master over a return, however the path is spelled (./, a symbolic link)', async () => {
    const returns = join(dir, 'returns');
    const ret = await filledReturn(returns);
    const before = bytesOf(ret);
    symlinkSync(ret, join(dir, 'link-to-return.xlsx'));
    for (const target of [ret, join(returns, '.', 'so-noi-vu.xlsx'), join(dir, 'returns', '..', 'returns', 'so-noi-vu.xlsx'), join(dir, 'link-to-return.xlsx')]) {
      const r = await run('compile', seed, returns, '-o', target);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/đó chính là tệp đầu vào .*so-noi-vu\.xlsx của lệnh này/);
    }
    expect(bytesOf(ret)).toEqual(before);
  }, 30_000);

  it('replaces its own earlier master, but not one someone edited since, unless --force', async () => {
    const returns = join(dir, 'returns');
    mkdirSync(returns);
    const master = join(dir, 'tong-hop.xlsx');
    expect((await run('compile', seed, returns, '-o', master)).code).toBe(0);
    expect((await run('compile', seed, returns, '-o', master)).code).toBe(0); // chiso's own bytes: replaced
    writeFileSync(master, Buffer.concat([bytesOf(master), Buffer.from('edited')]));
    const edited = bytesOf(master);
    const r = await run('compile', seed, returns, '-o', master);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tệp này khác với bản chiso ghi lần trước');
    expect(r.err).toContain('--force');
    expect(bytesOf(master)).toEqual(edited);
    expect((await run('compile', seed, returns, '-o', master, '--force')).code).toBe(0);
    expect(bytesOf(master)).not.toEqual(edited);
  }, 30_000);
});

describe('import -o', () => {
  it('refuses to write over its own source', async () => {
    const source = join(dir, 'ke-hoach.txt');
    writeFileSync(source, readFileSync(seed));
    const r = await run('import', source, '-o', source);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đó chính là tệp đầu vào');
    expect(bytesOf(source)).toEqual(readFileSync(seed));
  });

  it('refuses to replace a plan workbook whose Đơn vị sheet the user filled, and replaces it with --force', async () => {
    const plan = await filledPlanWorkbook();
    const before = bytesOf(plan);
    const r = await run('import', seed, '-o', plan);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không ghi đè ${plan}: tệp này khác với bản chiso ghi lần trước (đã có người sửa, hoặc không phải do chiso tạo). Hãy chọn tên tệp khác, hoặc thêm --force nếu chắc chắn muốn thay nó; chưa có gì được ghi.`);
    expect(bytesOf(plan)).toEqual(before);
    expect((await run('import', seed, '-o', plan, '--force')).code).toBe(0);
    expect(bytesOf(plan)).not.toEqual(before);
  }, 30_000);

  it('refuses to replace a file chiso did not write (no record of it)', async () => {
    const mine = join(dir, 'ghi-chu.json');
    writeFileSync(mine, '{"của tôi": true}');
    const r = await run('import', seed, '-o', mine);
    expect(r.code).toBe(2);
    expect(readFileSync(mine, 'utf8')).toBe('{"của tôi": true}');
  });
});

describe('assemble', () => {
  it('refuses to write into a folder holding filled returns, and leaves them as they were', async () => {
    const folder = join(dir, 'gui-di');
    const ret = await filledReturn(folder);
    const before = bytesOf(ret);
    const r = await run('assemble', seed, '-o', folder, '--only', 'Sở Nội vụ');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Không ghi vào ${folder}: 1 tệp ở đó khác với bản chiso tạo (có thể là báo cáo đơn vị đã điền): so-noi-vu.xlsx.`);
    expect(bytesOf(ret)).toEqual(before);
  }, 30_000);

  it('writes again over its own unchanged files', async () => {
    const folder = join(dir, 'gui-di');
    expect((await run('assemble', seed, '-o', folder, '--only', 'Sở Nội vụ')).code).toBe(0);
    expect((await run('assemble', seed, '-o', folder, '--only', 'Sở Nội vụ')).code).toBe(0);
    expect(existsSync(join(folder, RECORD_FILE))).toBe(true);
  }, 30_000);
});

describe('a folder or a read-only target is said before any work', () => {
  it('a folder given as the master', async () => {
    mkdirSync(join(dir, 'returns'));
    const r = await run('compile', seed, join(dir, 'returns'), '-o', dir);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${dir} là thư mục, không phải tệp. Hãy ghi tên tệp, ví dụ ${dir}/tong-hop.xlsx; chưa có gì được ghi.`);
  });

  it('a read-only master and a read-only folder', async () => {
    mkdirSync(join(dir, 'returns'));
    const master = join(dir, 'tong-hop.xlsx');
    writeFileSync(master, 'giữ nguyên');
    chmodSync(master, 0o444);
    const r = await run('compile', seed, join(dir, 'returns'), '-o', master, '--force');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không ghi được .*tong-hop\.xlsx: tệp hoặc thư mục chỉ cho đọc/);
    expect(readFileSync(master, 'utf8')).toBe('giữ nguyên');
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const a = await run('assemble', seed, '-o', join(locked, 'gui-di'));
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/chỉ cho đọc/);
    expect(readdirSync(locked)).toEqual([]);
    chmodSync(locked, 0o755);
  });

  it('a file given as the assemble folder', async () => {
    const f = join(dir, 'not-a-folder');
    writeFileSync(f, 'x');
    const r = await run('assemble', seed, '-o', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('là một tệp, không phải thư mục');
    expect(statSync(f).isFile()).toBe(true);
  });

  it('a file where a folder on the way to the output must be made', async () => {
    const f = join(dir, 'ghi-chu.txt');
    writeFileSync(f, 'x');
    mkdirSync(join(dir, 'returns'));
    const compiled = await run('compile', seed, join(dir, 'returns'), '-o', join(f, 'tong-hop.xlsx'));
    expect(compiled.code).toBe(2);
    expect(compiled.err).toBe(`${f} là một tệp, không phải thư mục. Hãy chọn một thư mục (có sẵn hoặc chưa có); chưa có gì được ghi.`);
    const assembled = await run('assemble', seed, '-o', join(f, 'gui-di'));
    expect(assembled.err).toContain(`${f} là một tệp, không phải thư mục`);
    expect(readFileSync(f, 'utf8')).toBe('x');
  });
});
