import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { RECORD_FILE, targetState, writeAtomically, type WriteOps } from '../../src/cli/safe-write';
import { readWorkbook } from '../../src/xlsx/read';

/**
 * Issue #12 §3: no half-written files. Every output goes to a temporary file in the same folder,
 * is synced and renamed; on Ctrl+C, a full disk or two runs into one file, what was there before
 * is intact, the message says so in Vietnamese, and no temporary file is left behind.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'chiso-atomic-'));
});

async function run(argv: string[], writeOps?: WriteOps) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), writeOps });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The real disk, except that the `failAt`-th write of a data file does `fault` (after writing half of it). */
function faultyDisk(fault: 'sigint' | 'enospc', failAt = 2): WriteOps & { writes: number } {
  const ops = {
    writes: 0,
    rename,
    unlink,
    async open(path: string, flags: string) {
      const h = await open(path, flags);
      const isRecord = path.includes(RECORD_FILE);
      return {
        sync: () => h.sync(),
        close: () => h.close(),
        write: (async (buffer: Uint8Array, offset = 0, length = buffer.length - offset) => {
          if (!isRecord && ++ops.writes === failAt) {
            const half = Math.max(1, Math.floor(length / 2));
            await h.write(buffer, offset, half);
            if (fault === 'enospc') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            process.emit('SIGINT', 'SIGINT'); // the user presses Ctrl+C in the middle of the write
            return { bytesWritten: half, buffer };
          }
          return h.write(buffer, offset, length);
        }) as never,
      };
    },
  };
  return ops;
}

/** A master already there (made by chiso), and the returns folder it was compiled from. */
async function previousMaster(): Promise<{ master: string; returns: string; before: Buffer }> {
  const returns = join(dir, 'returns');
  mkdirSync(returns);
  const master = join(dir, 'tong-hop.xlsx');
  expect((await run(['compile', seed, returns, '-o', master])).code).toBe(0);
  return { master, returns, before: readFileSync(master) };
}

const leftovers = () => readdirSync(dir).filter((f) => f.includes('chiso-tmp'));

describe('Ctrl+C during the write', () => {
  it('stops, keeps the previous master byte for byte, says so, and leaves no temporary file', async () => {
    const { master, returns, before } = await previousMaster();
    const disk = faultyDisk('sigint', 1);
    // A master over 1 MB is written in more than one chunk: the Ctrl+C lands between them.
    const r = await run(['compile', seed, returns, '-o', master], disk);
    expect(disk.writes).toBeGreaterThanOrEqual(1);
    expect(r.code).toBe(130);
    expect(r.err).toBe(`Đã dừng (Ctrl+C) khi đang ghi ${master}. Tệp cũ (nếu có) vẫn nguyên vẹn, không để lại tệp ghi dở.`);
    expect(readFileSync(master)).toEqual(before);
    expect(leftovers()).toEqual([]);
    expect(process.listenerCount('SIGINT')).toBe(0);
  }, 30_000);

  it('in the middle of assembling: stops there, the files already written whole, nothing half written', async () => {
    const folder = join(dir, 'gui-di');
    const r = await run(['assemble', seed, '-o', folder, '--only', 'Phường'], faultyDisk('sigint', 3));
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/^Đã dừng \(Ctrl\+C\) khi đang ghi .*\.xlsx\. Tệp cũ \(nếu có\) vẫn nguyên vẹn/);
    const written = readdirSync(folder).filter((f) => !f.startsWith('.'));
    expect(written).toHaveLength(2);
    for (const f of written) expect((await readWorkbook(new Uint8Array(readFileSync(join(folder, f))))).ok).toBe(true);
    expect(readdirSync(folder).filter((f) => f.includes('chiso-tmp'))).toEqual([]);
  });

  it('leaves no file at all when there was none before', async () => {
    const target = join(dir, 'moi.json');
    const r = await run(['import', seed, '-o', target], faultyDisk('sigint', 1));
    expect(r.code).toBe(130);
    expect(readdirSync(dir).filter((f) => f !== RECORD_FILE)).toEqual([]);
  });
});

describe('a full disk during the write', () => {
  it('keeps the previous master, says the disk is full, and leaves no truncated file', async () => {
    const { master, returns, before } = await previousMaster();
    const r = await run(['compile', seed, returns, '-o', master], faultyDisk('enospc', 1));
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Ổ đĩa đầy, không ghi xong ${master}. Tệp cũ (nếu có) vẫn nguyên vẹn, không để lại tệp ghi dở.`);
    expect(readFileSync(master)).toEqual(before);
    expect(leftovers()).toEqual([]);
  }, 30_000);

  it('in the middle of assembling: the files already written stay whole, the one being written is not left half', async () => {
    const folder = join(dir, 'gui-di');
    const r = await run(['assemble', seed, '-o', folder, '--only', 'Phường'], faultyDisk('enospc', 3));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Ổ đĩa đầy, không ghi xong .*\.xlsx\. Tệp cũ \(nếu có\) vẫn nguyên vẹn/);
    const written = readdirSync(folder).filter((f) => !f.startsWith('.'));
    expect(written).toHaveLength(2);
    for (const f of written) expect((await readWorkbook(new Uint8Array(readFileSync(join(folder, f))))).ok).toBe(true);
    expect(readdirSync(folder).filter((f) => f.includes('chiso-tmp'))).toEqual([]);
  }, 30_000);
});

describe('two runs into one file', () => {
  it('leave one whole master, never a mix of both, and no temporary file', async () => {
    const returns = join(dir, 'returns');
    mkdirSync(returns);
    const master = join(dir, 'tong-hop.xlsx');
    const [a, b] = await Promise.all([run(['compile', seed, returns, '-o', master, '--today', '2025-06-30']), run(['compile', seed, returns, '-o', master, '--today', '2025-12-31'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const read = await readWorkbook(new Uint8Array(readFileSync(master)));
    expect(read.ok).toBe(true);
    expect(leftovers()).toEqual([]);
    // Whichever run recorded last, the file is chiso's own: a third run replaces it without --force.
    expect((await run(['compile', seed, returns, '-o', master])).code).toBe(0);
  }, 60_000);

  it('the record: after writes racing into one file, what stands there is always known as chiso’s own (the full suite once saw a third run refused)', async () => {
    const file = join(dir, 'race.xlsx');
    for (let k = 0; k < 40; k++) {
      await Promise.all([0, 1, 2].map((i) => writeAtomically(file, new TextEncoder().encode(`run ${k}.${i} `.repeat(1 + i * 50)))));
      expect([k, await targetState(file)]).toEqual([k, 'ours']);
    }
  }, 60_000);

  it('the writer itself: many concurrent writes of different sizes, the file is always one of them whole', async () => {
    const target = join(dir, 'x.bin');
    const versions = Array.from({ length: 8 }, (_, i) => new Uint8Array(200_000 * (i + 1)).fill(i + 1));
    const results = await Promise.all(versions.map((v) => writeAtomically(target, v)));
    expect(results.every((r) => r.ok)).toBe(true);
    const final = new Uint8Array(readFileSync(target));
    expect(versions.some((v) => v.length === final.length && v.every((x, i) => x === final[i]))).toBe(true);
    expect(leftovers()).toEqual([]);
  });
});

describe('the previous file survives any failure of the writer', () => {
  it.each([
    ['EACCES', 'Không có quyền ghi'],
    ['EIO', 'Lỗi khi ghi'],
  ])('%s', async (code, said) => {
    const target = join(dir, 'ke-hoach.json');
    expect((await run(['import', seed, '-o', target])).code).toBe(0);
    const before = readFileSync(target);
    const failing: WriteOps = { rename, unlink, open: async () => Promise.reject(Object.assign(new Error(code), { code })) };
    const r = await run(['import', seed, '-o', target], failing);
    expect(r.code).toBe(2);
    expect(r.err).toContain(said);
    expect(readFileSync(target)).toEqual(before);
  });

  it('a failed rename removes the temporary file', async () => {
    const target = join(dir, 'a.bin');
    writeFileSync(target, 'trước');
    const r = await writeAtomically(target, new Uint8Array([1, 2, 3]), { open: (p, f) => open(p, f), unlink, rename: () => Promise.reject(Object.assign(new Error('EXDEV'), { code: 'EXDEV' })) });
    expect(r.ok).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('trước');
    expect(leftovers()).toEqual([]);
  });
});

describe('the printed PDF', () => {
  it('a conversion that fails (here: out of time) leaves the previous PDF as it was', async () => {
    const { printToPdf } = await import('../../src/cli/libreoffice');
    const xlsx = join(dir, 'ke-hoach.xlsx');
    expect((await run(['import', seed, '-o', xlsx])).code).toBe(0);
    writeFileSync(join(dir, 'ke-hoach.pdf'), '%PDF-1.7 bản in trước');
    const r = await printToPdf(xlsx, 1);
    expect(r.ok).toBe(false);
    expect(readFileSync(join(dir, 'ke-hoach.pdf'), 'utf8')).toBe('%PDF-1.7 bản in trước');
    expect(leftovers()).toEqual([]);
  }, 30_000);
});
