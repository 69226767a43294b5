import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMAND_OPTIONS, COMMANDS } from '../../src/cli/args';
import { main, type Io } from '../../src/cli/main';
import { PIPE, terminalFrom, wrap, type Terminal } from '../../src/cli/terminal';

/** The command line's flags, help pages, argument errors and terminal rules (issue #14). */

const root = join(__dirname, '../..');
const seed = join(root, 'seeds/ke-hoach-159-KH-UBND-2025.txt');
const dir = mkdtempSync(join(tmpdir(), 'chiso-options-'));
const ESC = '\u001b[';

async function run(argv: string[], extra: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), ...extra });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const TTY: Terminal = { colour: true, width: 100, progress: true };

describe('what a listing shows', () => {
  it('by default: the summary, then errors and warnings, the information findings counted', async () => {
    const r = await run(['check', seed]);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/139 nhiệm vụ, 152 tiêu chí; 1 lỗi, 10 cảnh báo, 244 thông tin\.$/);
    expect(r.out).toContain('Lỗi ');
    expect(lines.filter((l) => l.startsWith('Cảnh báo'))).toHaveLength(10);
    expect(r.out).not.toMatch(/^Thông tin/m);
    expect(lines.at(-1)).toBe('và 244 phát hiện thông tin khác (--all để xem tất cả)');
  });

  it('--all lists every finding and counts none away', async () => {
    const r = await run(['check', seed, '--all']);
    expect(r.out.split('\n').filter((l) => /^(Lỗi|Cảnh báo|Thông tin) /.test(l))).toHaveLength(255);
    expect(r.out).not.toContain('--all để xem');
  });

  it.each([
    ['error', 1, 0, 0, 'và 10 cảnh báo, 244 phát hiện thông tin khác'],
    ['warning', 1, 10, 0, 'và 244 phát hiện thông tin khác'],
    ['info', 1, 10, 244, null],
  ])('--severity %s shows that level and above', async (level, errors, warnings, infos, more) => {
    const r = await run(['check', seed, '--severity', level]);
    const count = (word: string) => r.out.split('\n').filter((l) => l.startsWith(word + ' ')).length;
    expect([count('Lỗi'), count('Cảnh báo'), count('Thông tin')]).toEqual([errors, warnings, infos]);
    if (more) expect(r.out).toContain(more);
    else expect(r.out).not.toContain('--all để xem');
    expect(r.code).toBe(1);
  });

  it('--severity takes only error, warning or info, and not with --all', async () => {
    const bad = await run(['check', seed, '--severity', 'high']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--severity “high” không hợp lệ (cần error — chỉ lỗi, warning — lỗi và cảnh báo, hoặc info — tất cả)');
    expect((await run(['check', seed, '--all', '--severity', 'error'])).err).toContain('không dùng --all cùng --severity');
  });

  it('--quiet prints nothing and answers by the exit code; --json still prints the data', async () => {
    const quiet = await run(['check', seed, '--quiet']);
    expect([quiet.code, quiet.out, quiet.err]).toEqual([1, '', '']);
    const json = await run(['check', seed, '-q', '--json']);
    expect(JSON.parse(json.out).criteria).toHaveLength(152);
    const written = await run(['import', seed, '-o', join(dir, 'quiet.xlsx'), '--quiet']);
    expect([written.code, written.out]).toEqual([0, '']);
    expect(existsSync(join(dir, 'quiet.xlsx'))).toBe(true);
    // Problems are still said.
    expect((await run(['check', join(dir, 'nope.txt'), '-q'])).err).toMatch(/nope\.txt/);
  });

  it('--version (and -V) prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(await run(['--version'])).toEqual({ code: 0, out: `chiso ${version}`, err: '' });
    expect((await run(['check', seed, '-V'])).out).toBe(`chiso ${version}`);
  });
});

describe('colour and width follow where the output goes', () => {
  const env = (e: Record<string, string>) => e;
  it.each([
    ['a terminal', { stdoutIsTTY: true, env: env({}) }, true],
    ['a pipe', { stdoutIsTTY: false, env: env({}) }, false],
    ['a terminal with NO_COLOR', { stdoutIsTTY: true, env: env({ NO_COLOR: '1' }) }, false],
    ['a pipe with FORCE_COLOR', { stdoutIsTTY: false, env: env({ FORCE_COLOR: '1' }) }, true],
    ['a terminal with FORCE_COLOR=0', { stdoutIsTTY: true, env: env({ FORCE_COLOR: '0' }) }, false],
    ['NO_COLOR over FORCE_COLOR', { stdoutIsTTY: true, env: env({ NO_COLOR: '1', FORCE_COLOR: '1' }) }, false],
    ['TERM=dumb', { stdoutIsTTY: true, env: env({ TERM: 'dumb' }) }, false],
  ])('%s', (_name, p, colour) => {
    expect(terminalFrom({ ...p, stderrIsTTY: p.stdoutIsTTY, columns: 120 }).colour).toBe(colour);
  });

  it('wraps to the terminal width, never when piped, and shows progress only on a terminal stderr', () => {
    expect(terminalFrom({ stdoutIsTTY: true, stderrIsTTY: true, columns: 132, env: {} })).toEqual({ colour: true, width: 132, progress: true });
    expect(terminalFrom({ stdoutIsTTY: false, stderrIsTTY: false, columns: undefined, env: {} })).toEqual(PIPE);
    expect(terminalFrom({ stdoutIsTTY: false, stderrIsTTY: true, columns: undefined, env: {} })).toEqual({ colour: false, width: null, progress: true });
  });

  it('colours the severity cells on a terminal, and prints no escape code when piped', async () => {
    const tty = await run(['check', seed], { terminal: TTY });
    expect(tty.out).toContain(`${ESC}31m`); // the error in red
    expect(tty.out).toContain(`${ESC}33mCảnh báo`); // warnings in yellow
    const piped = await run(['check', seed]);
    expect(piped.out).not.toContain('\u001b');
    expect((await run(['check', seed], { terminal: { ...TTY, colour: false } })).out).not.toContain('\u001b');
  });

  it('wraps the message column to the width, continuation lines under the message', async () => {
    const r = await run(['check', seed], { terminal: { colour: false, width: 90, progress: false } });
    const lines = r.out.split('\n').slice(1, -1); // the summary and the count are prose, left to the terminal
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(90);
    const indent = lines[0]!.indexOf('Nội dung');
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    expect(lines.filter((l) => l.startsWith(' ')).every((l) => l.slice(0, indent).trim() === '' && l[indent] !== ' ')).toBe(true);
    // Nothing lost: the words are the unwrapped table's.
    const words = (s: string) => s.split(/\s+/).filter(Boolean).sort();
    expect(words(r.out)).toEqual(words((await run(['check', seed])).out));
  });

  it('wraps by words, cutting only a word longer than the line', () => {
    expect(wrap('một hai ba bốn năm', 8)).toEqual(['một hai', 'ba bốn', 'năm']);
    expect(wrap('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });
});

describe('help for each command', () => {
  it.each(COMMANDS)('chiso %s --help and chiso help %s print the same page, every option explained, with examples', async (command) => {
    const a = await run([command, '--help']);
    const b = await run(['help', command]);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain(`chiso ${command}`);
    expect(a.out).toMatch(/Ví dụ:\n {2}chiso /);
    for (const option of [...COMMAND_OPTIONS[command], 'quiet', 'lang']) expect(a.out).toMatch(new RegExp(`--${option}\\b.*\\p{L}`, 'u'));
    const en = await run([command, '--help', '--lang', 'en']);
    expect(en.out).toMatch(/Examples?:\n {2}chiso /);
    for (const option of COMMAND_OPTIONS[command]) expect(en.out).toContain(`--${option}`);
  });

  it('the general help names every command and how to get its page', async () => {
    const r = await run(['--help']);
    for (const c of COMMANDS) expect(r.out).toMatch(new RegExp(`^ {2}${c} +\\S`, 'm'));
    expect(r.out).toContain('chiso help <lệnh>');
    expect((await run([])).out).toBe(r.out);
  });

  it('help for a command that does not exist is an argument error', async () => {
    const r = await run(['help', 'nhap']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('không có lệnh nhap');
  });
});

describe('argument errors, in Vietnamese, naming the option and what to do', () => {
  it.each([
    [['check', seed, '--version=2'], /--version không nhận giá trị\. Chỉ ghi --version/],
    [['check', seed, '--sevrity', 'error'], /không có tùy chọn --sevrity cho lệnh check\. Có phải ý bạn là --severity\? Xem “chiso help check”/],
    [['import', seed, '--ouput', 'x.xlsx'], /Có phải ý bạn là --output\?/],
    [['check', seed, '--due', '15/12/2025'], /lệnh check không dùng tùy chọn --due\. Xem “chiso help check”/],
    [['assemble', seed, '-o', join(dir, 'a'), '--due'], /thiếu giá trị sau --due\. .*ví dụ: --due 15\/12\/2025/],
    [['assemble', seed, '-o', join(dir, 'a'), '--due', 'tháng 12'], /--due “tháng 12” không hợp lệ \(cần một ngày có thật, dạng dd\/mm\/yyyy\)\. Ví dụ: --due 15\/12\/2025/],
    [['compile', seed, dir, '--today', '20/12/2025'], /--today “20\/12\/2025” không hợp lệ .*yyyy-mm-dd.*Ví dụ: --today 2025-12-20/],
    [['assemble', seed], /thiếu -o <thư-mục> .*Ví dụ: chiso assemble ke-hoach\.xlsx -o gui-don-vi\//],
    [['compile', seed], /thiếu thư mục chứa các sổ tính gửi lại\. Ví dụ: chiso compile/],
    [['check'], /thiếu tệp kế hoạch\. Ví dụ: chiso check ke-hoach\.docx/],
    [['report'], /thiếu sổ tổng hợp/],
    [['check', seed, 'Kế', 'hoạch.docx'], /thừa tham số Kế\. .*ngoặc kép/],
    [['kiemtra', seed], /không có lệnh kiemtra\. Các lệnh: import, check, assemble, compile, report/],
    [['import', seed, '--pdf'], /--pdf in sổ tính ra PDF nên cần -o <tên>\.xlsx/],
    [['import', seed, '-o', join(dir, 'p.json'), '--pdf'], /--pdf .*cần -o <tên>\.xlsx/],
  ])('%j', async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^Tham số không hợp lệ: /);
    expect(r.err).toMatch(message);
    // No English left in the Vietnamese message.
    expect(r.err).not.toMatch(/\b(unknown|missing|invalid|option|argument)\b/i);
  });

  it('and in English with --lang en', async () => {
    expect((await run(['check', seed, '--sevrity', 'x', '--lang', 'en'])).err).toMatch(/^Invalid arguments: unknown option --sevrity for check\. Did you mean --severity\?/);
    expect((await run(['import', seed, '-o', 'plan.xls', '--lang', 'en'])).err).toMatch(/import writes only JSON data \(\.json\) or an Excel workbook \(\.xlsx\)/);
  });
});

describe('the name given to -o decides the format, and one chiso cannot write is refused', () => {
  it.each(['plan.xls', 'plan.docx', 'plan', 'plan.xlsx.bak', 'plan.csv'])('import -o %s: refused, naming the formats, nothing written', async (name) => {
    const target = join(dir, 'refused', name);
    const r = await run(['import', seed, '-o', target]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`-o “${target}”: lệnh import chỉ ghi được dữ liệu JSON (.json) hoặc sổ tính Excel (.xlsx)`);
    expect(r.err).toContain('chưa có gì được ghi');
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });

  it.each([
    ['plan.json', (b: Buffer) => JSON.parse(b.toString('utf8')).criteria.length === 152],
    ['PLAN.XLSX', (b: Buffer) => b.subarray(0, 2).toString() === 'PK'],
  ])('import -o %s writes that format', async (name, isIt) => {
    const target = join(dir, 'ok', name);
    expect((await run(['import', seed, '-o', target])).code).toBe(0);
    expect(isIt(readFileSync(target))).toBe(true);
  });

  it.each(['tong-hop.json', 'tong-hop.xls', 'tong-hop'])('compile -o %s: refused, it writes only .xlsx', async (name) => {
    const r = await run(['compile', seed, dir, '-o', join(dir, 'master', name)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('lệnh compile chỉ ghi được sổ tính Excel (.xlsx)');
    expect(existsSync(join(dir, 'master'))).toBe(false);
  });
});

describe('progress on a terminal', () => {
  jest.setTimeout(120_000);
  const recorder = () => {
    const lines: (string | null)[] = [];
    return { lines, progress: (l: string | null) => void lines.push(l) };
  };

  it('assemble and compile count their files on stderr, then clear the line', async () => {
    const folder = join(dir, 'progress');
    const a = recorder();
    expect((await run(['assemble', seed, '-o', folder, '--only', 'Tư pháp'], { terminal: TTY, progress: a.progress })).code).toBe(0);
    expect(a.lines).toContain('Đang tạo sổ tính đơn vị 1/1…');
    expect(a.lines.at(-1)).toBeNull();

    const c = recorder();
    const master = join(dir, 'progress-master.xlsx');
    expect((await run(['compile', seed, folder, '-o', master], { terminal: TTY, progress: c.progress })).code).toBe(0);
    const files = readdirSync(folder).filter((f) => !f.startsWith('.')).length;
    expect(c.lines).toContain(`Đang đọc báo cáo ${files}/${files}…`);
    expect(c.lines).toContain(`Đang ghi ${master}…`);
    expect(c.lines.at(-1)).toBeNull();
  });

  it('says nothing when stderr is not a terminal, or with --quiet', async () => {
    const piped = recorder();
    await run(['assemble', seed, '-o', join(dir, 'progress-pipe'), '--only', 'Tư pháp'], { terminal: PIPE, progress: piped.progress });
    const quiet = recorder();
    await run(['assemble', seed, '-o', join(dir, 'progress-quiet'), '--only', 'Tư pháp', '-q'], { terminal: TTY, progress: quiet.progress });
    expect([piped.lines, quiet.lines]).toEqual([[], []]);
  });
});
