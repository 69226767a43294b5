import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { MAX_FILE_BYTES, readRegularFile } from '../../src/cli/returns-folder';
import { agencyWorkbook } from '../../src/agency-workbook/write';
import { writeWorkbook } from '../../src/xlsx/write';
import { AGENCY_OPTIONS, seedPlan, seedRecipients } from '../support/seed';

/**
 * Issue #12 §7 and the messages: a returns folder holds whatever people and mail clients put
 * there. Only regular files are read, within the size cap; a link to /dev/zero, a FIFO, a
 * subfolder, a file too large are each answered with their real cause, and the returns beside
 * them compile.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const seed = join(__dirname, '../../seeds/ke-hoach-159-KH-UBND-2025.txt');
const plan = seedPlan();
const noiVu = seedRecipients(plan).find((a) => a.recipient.key === 'AGENCY:Sở Nội vụ')!;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function folderWith(setup: (folder: string) => void): Promise<string> {
  const folder = join(mkdtempSync(join(tmpdir(), 'chiso-folder-')), 'returns');
  mkdirSync(folder);
  writeFileSync(join(folder, 'so-noi-vu.xlsx'), await writeWorkbook(agencyWorkbook(plan, noiVu, AGENCY_OPTIONS)));
  setup(folder);
  return folder;
}

const submissions = async (folder: string) => {
  const r = await run('compile', seed, folder, '--json');
  expect(r.code).toBe(0);
  return (JSON.parse(r.out) as { submissions: { file: string; status: string; reason: string | null }[] }).submissions;
};

describe('special files in the returns folder', () => {
  it('a link to /dev/zero is refused as not a regular file, not read without end', async () => {
    const folder = await folderWith((f) => symlinkSync('/dev/zero', join(f, 'zero.xlsx')));
    expect(await submissions(folder)).toEqual([
      { file: 'so-noi-vu.xlsx', agency: 'Sở Nội vụ', status: 'accepted', reason: null },
      { file: 'zero.xlsx', agency: null, status: 'rejected', reason: 'not-a-regular-file' },
    ]);
  });

  it('a FIFO is refused without blocking (and a link to one)', async () => {
    const folder = await folderWith((f) => {
      execFileSync('mkfifo', [join(f, 'pipe.xlsx')]);
      symlinkSync(join(f, 'pipe.xlsx'), join(f, 'link-to-pipe.xlsx'));
    });
    expect((await submissions(folder)).filter((s) => s.status === 'rejected').map((s) => [s.file, s.reason])).toEqual([
      ['link-to-pipe.xlsx', 'not-a-regular-file'],
      ['pipe.xlsx', 'not-a-regular-file'],
    ]);
  });

  it('a subfolder and a dangling link are answered, each with its own cause', async () => {
    const folder = await folderWith((f) => {
      mkdirSync(join(f, 'cu'));
      symlinkSync(join(f, 'gone.xlsx'), join(f, 'gone-link.xlsx'));
    });
    expect((await submissions(folder)).filter((s) => s.status === 'rejected').map((s) => [s.file, s.reason])).toEqual([
      ['cu', 'directory'],
      ['gone-link.xlsx', 'missing'],
    ]);
  });

  it('a file over the cap is refused before it is read; one at the cap is read', async () => {
    const folder = await folderWith((f) => {
      // Sparse: 50 MB + 1 byte on paper, nothing on disk.
      const fd = openSync(join(f, 'huge.xlsx'), 'w');
      closeSync(fd);
      execFileSync('truncate', ['-s', String(MAX_FILE_BYTES + 1), join(f, 'huge.xlsx')]);
    });
    expect((await submissions(folder)).find((s) => s.file === 'huge.xlsx')?.reason).toBe('too-large');
    const atCap = join(folder, 'at-cap.bin');
    execFileSync('truncate', ['-s', String(MAX_FILE_BYTES), atCap]);
    const read = await readRegularFile(atCap);
    expect(read.ok && read.bytes.length).toBe(MAX_FILE_BYTES);
  });

  it('a plan given as a FIFO or /dev/zero is answered too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-plan-fifo-'));
    execFileSync('mkfifo', [join(dir, 'plan.txt')]);
    const fifo = await run('check', join(dir, 'plan.txt'));
    expect(fifo.code).toBe(2);
    expect(fifo.err).toContain('không phải tệp thông thường');
    const zero = await run('check', '/dev/zero');
    expect(zero.code).toBe(2);
    expect(zero.err).toContain('không phải tệp thông thường');
  });
});

describe('messages name the real cause', () => {
  it('a damaged workbook is said to be damaged, not unreadable for lack of permission', async () => {
    const folder = await folderWith((f) => {
      // A zip the guard accepts whose sheet XML is not XML.
      execFileSync('cp', [join(f, 'so-noi-vu.xlsx'), join(f, 'hong.xlsx')]);
    });
    const { strFromU8, strToU8, unzipSync, zipSync } = await import('fflate');
    const { readFileSync } = await import('node:fs');
    const files = unzipSync(new Uint8Array(readFileSync(join(folder, 'hong.xlsx'))));
    files['xl/workbook.xml'] = strToU8(strFromU8(files['xl/workbook.xml']!).replace('<sheets>', '<sheets><<<'));
    writeFileSync(join(folder, 'hong.xlsx'), zipSync(files));
    const r = await run('compile', seed, folder);
    const line = r.out.split('\n').find((l) => l.includes('hong.xlsx'));
    expect(line).toMatch(/bị hỏng bên trong/);
    expect(line).not.toMatch(/quyền/);
  });

  it('control characters in a file name are escaped before printing', async () => {
    const folder = await folderWith((f) => writeFileSync(join(f, 'bao\u001b[2Jcao\n.xlsx'), 'không phải sổ tính'));
    const r = await run('compile', seed, folder);
    expect(r.out).toContain('bao\\x1b[2Jcao\\x0a.xlsx');
    expect(r.out).not.toContain('\u001b');
  });
});
