import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readPlan } from '../../src/plan-workbook/read';
import { readWorkbook } from '../../src/xlsx/read';
import { describeWithChromium, fakeExcelScript, servePane, type ServedPane } from '../support/chromium';
import { seedDocx } from '../support/seed-docx';

/**
 * The built task pane in headless Chromium (Debian's chromium through playwright-core): outside
 * Office on files, and with the recording Excel fake installed as the `Excel`/`Office` globals.
 * Screenshots go to out/e2e/ to be looked at.
 */

const root = join(__dirname, '../..');
const shots = join(root, 'out/e2e');
// Files the tests download or hand to the pane.
const dist = mkdtempSync(join(tmpdir(), 'chiso-pane-'));
let pane: ServedPane;
let base: string;
let browser: Browser;

/** A Word letter without any table. */
async function emptyDocx(): Promise<Uint8Array> {
  const { Document, Packer, Paragraph } = await import('docx');
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kính gửi: các sở, ban, ngành')] }] })));
}

async function openPane(withFake: boolean, o: { width?: number; height?: number; hash?: string } = {}): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: o.width ?? 420, height: o.height ?? 900 } });
  // office.js comes from Microsoft's CDN, unreachable here: fail it at once, as a plain browser would.
  await page.route('**/appsforoffice.microsoft.com/**', (r) => r.abort());
  if (withFake) await page.addInitScript({ content: fakeExcelScript() });
  await page.goto(`${base}/taskpane.html${o.hash ?? ''}`);
  return page;
}

type FakeHandle = {
  sheetNames(): string[];
  conditionalFormats(sheet: string): { ref: string; type: string; props: Record<string, unknown> }[];
  formatLog(): { op: 'add' | 'delete'; sheet: string; ref: string; props: Record<string, unknown> }[];
};

/** Text of the element holding focus, and whether it sits inside the viewport. */
async function focused(page: Page): Promise<{ text: string; inView: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const r = el?.getBoundingClientRect();
    return { text: el?.textContent ?? '', inView: !!r && r.top >= 0 && r.top < window.innerHeight };
  });
}

describeWithChromium('the task pane in a browser', () => {
  jest.setTimeout(120_000);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    pane = await servePane();
    ({ base, browser } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it('outside Office: imports the bundled plan, shows the findings, downloads the workbook', async () => {
    const page = await openPane(false);
    await page.getByText('Đang chạy ngoài Excel').waitFor();
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toContain('139 nhiệm vụ và 152 tiêu chí');
    await page.screenshot({ path: join(shots, 'standalone-import.png'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải sổ tính (.xlsx)' }).click();
    const file = join(dist, 'downloaded.xlsx');
    await (await download).saveAs(file);
    const read = await readWorkbook(new Uint8Array(readFileSync(file)));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const plan = readPlan(read.workbook);
    expect(plan.ok && plan.plan.criteria).toHaveLength(152);

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByTestId('finding-count').waitFor();
    expect(await page.getByText('PAR 8.6: mục tiêu 2 vượt điểm tối đa 1,5').count()).toBe(1);
    await page.getByLabel('Mức').selectOption('error');
    expect(await page.getByTestId('finding-count').textContent()).toMatch(/^Hiển thị 1\//);
    await page.screenshot({ path: join(shots, 'standalone-check.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    await page.getByText('Điểm còn mất theo lĩnh vực — PAR INDEX').waitFor();
    await page.screenshot({ path: join(shots, 'standalone-overview.png'), fullPage: true });
    await page.close();
  });

  // The bundle, not the source: mammoth is a lazy chunk whose CommonJS exports esbuild serves as a default export.
  it('outside Office: reads a plan from a Word document (.docx) in the built pane', async () => {
    const page = await openPane(false);
    const docx = join(dist, 'ke-hoach-159.docx');
    writeFileSync(docx, await seedDocx());
    await page.getByLabel('Mở tệp kế hoạch').setInputFiles(docx);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toContain('139 nhiệm vụ và 152 tiêu chí');
    // A Word file with no appendix table is answered in words, naming the file.
    const letter = join(dist, 'cong-van.docx');
    writeFileSync(letter, await emptyDocx());
    await page.getByLabel('Mở tệp kế hoạch').setInputFiles(letter);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/cong-van\.docx không có bảng phụ lục nào/);
    await page.close();
  });

  // A province's appendix kept in its own workbook (tests/fixtures/plans/README.md: An Giang, by hand).
  it('outside Office, 320 px: reads a province\'s own appendix workbook (.xlsx) as its tables', async () => {
    const page = await openPane(false, { width: 320 });
    await page.getByLabel('Mở tệp kế hoạch').setInputFiles(join(__dirname, '../fixtures/plans/angiang-appendix.xlsx'));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-preview').textContent()).toContain('0 nhiệm vụ và 16 tiêu chí');
    await page.screenshot({ path: join(shots, 'standalone-import-appendix-xlsx-320.png'), fullPage: true });
    await page.close();
  });

  it('outside Office: makes the agencies\' workbooks as a .zip and compiles returned ones into a master', async () => {
    const page = await openPane(false);
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    // No deadline is warned about before anything goes out, and the count of e-mail addresses is said.
    expect(await page.getByTestId('no-due').textContent()).toBe('Chưa đặt hạn gửi lại: 146 sổ tính sẽ gửi đi mà không ghi hạn nộp.');
    expect(await page.getByTestId('emails').textContent()).toMatch(/^0\/146 đơn vị nhận có email/);
    // A due date people cannot read is said at once, and nothing is made with it.
    await page.getByLabel('Hạn gửi lại (dd/mm/yyyy)').fill('tháng 12');
    await page.getByText('Ghi ngày dạng dd/mm/yyyy').waitFor();
    expect(await page.getByRole('button', { name: 'Tạo và tải các sổ tính (.zip)' }).isDisabled()).toBe(true);
    await page.getByLabel('Hạn gửi lại (dd/mm/yyyy)').fill('15/12/2025');
    expect(await page.getByTestId('no-due').count()).toBe(0);
    // One agency's workbook, protected with a password, downloaded outside Excel.
    await page.getByLabel('Mật khẩu bảo vệ trang (không bắt buộc)').fill('snv-2025');
    await page.getByRole('button', { name: 'Chọn một đơn vị' }).click();
    await page.getByLabel('Sổ tính của một đơn vị').selectOption({ label: 'Sở Nội vụ' });
    const oneDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải sổ tính này' }).click();
    const one = await oneDownload;
    expect(one.suggestedFilename()).toBe('so-noi-vu.xlsx');
    const onePath = join(dist, 'one.xlsx');
    await one.saveAs(onePath);
    const oneFiles = unzipSync(new Uint8Array(readFileSync(onePath)));
    const sheets = Object.keys(oneFiles).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => new TextDecoder().decode(oneFiles[n]));
    expect(sheets.every((x) => /<sheetProtection [^>]*hashValue="/.test(x))).toBe(true);
    expect(sheets.some((x) => x.includes('15/12/2025')) || Object.values(oneFiles).some((b) => new TextDecoder().decode(b).includes('15/12/2025'))).toBe(true);
    await page.getByLabel('Mật khẩu bảo vệ trang (không bắt buộc)').fill('');
    // 146 workbooks written in the browser: a minute or more on a busy machine. A guard against a hang, not a speed test.
    const zipDownload = page.waitForEvent('download', { timeout: 400_000 });
    await page.getByRole('button', { name: 'Tạo và tải các sổ tính (.zip)' }).click();
    const zipPath = join(dist, 'agencies.zip');
    await (await zipDownload).saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));
    // One workbook per recipient, and the mailing list also as a workbook (text cells) beside the .csv.
    expect(Object.keys(entries).filter((n) => n.endsWith('.xlsx') && n !== 'danh-sach-gui.xlsx')).toHaveLength(146);
    expect(Object.keys(entries)).toContain('danh-sach-gui.xlsx');
    // The mailing list for a mail merge travels with the workbooks.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(entries['danh-sach-gui.csv']).split('\r\n')[0]).toBe('\uFEFFTệp,Đơn vị,Mã,Email,Người liên hệ');
    const picked = ['00070-phuong-hoan-kiem.xlsx', 'so-noi-vu.xlsx'].map((name) => {
      const path = join(dist, name);
      writeFileSync(path, entries[name]!);
      return path;
    });
    // The count beside the bar is transient: record every one shown while compiling.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenCounts: string[] }).seenCounts = seen;
      new MutationObserver(() => {
        const status = document.querySelector('[role="status"]')?.textContent ?? '';
        const m = /\d+\/\d+ tệp/.exec(status);
        if (m && !seen.includes(m[0])) seen.push(m[0]);
        // The bar says what is being done, not just "working".
        const doing = /^Đang [^…]+…/.exec(status);
        if (doing && !seen.includes(doing[0])) seen.push(doing[0]);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel('Tổng hợp các sổ tính gửi lại').setInputFiles(picked);
    await page.getByText(/^Đã đọc 2 tệp/).waitFor();
    // Counts of files read, in order, to the last; '1/2' may not be seen on its own: two small files
    // can be read between two paints, and React then shows only the later count.
    const seen = await page.evaluate(() => (window as unknown as { seenCounts: string[] }).seenCounts);
    expect(seen).toEqual(expect.arrayContaining(['2/2 tệp', 'Đang tổng hợp các sổ tính gửi lại…']));
    const counts = seen.filter((x) => /tệp$/.test(x));
    expect(counts).toEqual([...counts].sort());
    for (const c of counts) expect(c).toMatch(/^[12]\/2 tệp$/);
    expect(await page.getByTestId('agencies-done').textContent()).toMatch(/^Đã đọc 2 tệp: 2 đơn vị được nhận \(2 trong số đó gửi sổ chưa điền gì\); 0 giá trị được tổng hợp, 0 giá trị bị loại; 144 đơn vị chưa nộp\./);
    const masterDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải sổ tổng hợp' }).click();
    const master = join(dist, 'master.xlsx');
    await (await masterDownload).saveAs(master);
    const read = await readWorkbook(new Uint8Array(readFileSync(master)));
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toContain('Tình hình nộp');
    const log = read.ok ? read.workbook.sheets.find((s) => s.name === 'Nhật ký')! : null;
    const hashes = log?.rows.flatMap((r) => r.cells.map((c) => c.value)).filter((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));
    expect(hashes).toHaveLength(2);
    await page.screenshot({ path: join(shots, 'standalone-agencies.png') });
    await page.close();
  }, 600_000);

  it('speaks English when asked', async () => {
    const page = await browser.newPage();
    await page.route('**/appsforoffice.microsoft.com/**', (r) => r.abort());
    await page.goto(`${base}/taskpane.html?lang=en`);
    await page.getByRole('button', { name: 'Use the bundled plan (159/KH-UBND)' }).waitFor();
    await page.close();
  });

  it('in Excel (the fake): imports into sheets, reads an edited value back and shows the finding', async () => {
    const page = await openPane(true);
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: 'Tạo các trang' }).click();
    await page.getByText(/^Đã tạo 9 trang/).waitFor();
    const sheets = await page.evaluate(() => (window as unknown as { __chisoFake: { sheetNames(): string[] } }).__chisoFake.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(['Tổng quan', 'PL1 Nhiệm vụ', 'PL2 PAR INDEX', 'PL3 SIPAS', 'PL4 PAPI', 'Kiểm tra', 'Đơn vị', '_meta']));
    await page.screenshot({ path: join(shots, 'excel-import.png'), fullPage: true });

    // A person raises PAR 5.4's target above its max in the sheet.
    await page.evaluate(() => (window as unknown as { __chisoFake: { setById(sheet: string, id: string, col: number, value: number): void } }).__chisoFake.setById('PL2 PAR INDEX', 'PAR:5.4', 9, 3));
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Đọc và kiểm tra các trang' }).click();
    await page.getByText('PAR 5.4: mục tiêu 3 vượt điểm tối đa 1,5').waitFor();
    await page.screenshot({ path: join(shots, 'excel-check.png') });

    // One agency's workbook opened as a new workbook in Excel.
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    await page.getByRole('button', { name: 'Chọn một đơn vị' }).click();
    await page.getByLabel('Sổ tính của một đơn vị').selectOption({ label: 'Sở Nội vụ' });
    await page.getByRole('button', { name: 'Mở thành sổ tính mới' }).click();
    await page.waitForFunction(() => (window as unknown as { __chisoFake: { created(): string[] } }).__chisoFake.created().length === 1);
    await page.close();
  });

  // Excel gives a task pane 270 px on the Mac, 320 on Windows, 350 on the web; people widen it too.
  it.each([270, 320, 350, 800])('at %i px every tab opens and nothing runs off the side', async (width) => {
    const page = await openPane(true, { width, height: 560 });
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    const names = ['Nhập', 'Kiểm tra', 'Tổng quan', 'In', 'Đơn vị'];
    const slug = ['nhap', 'kiem-tra', 'tong-quan', 'in', 'don-vi'];
    for (const [i, name] of names.entries()) {
      const tab = page.getByRole('tab', { name });
      await tab.click();
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('region', { name }).waitFor();
      expect(await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])).toEqual([width, width]);
      if (width < 800) await page.screenshot({ path: join(shots, `width-${width}-${slug[i]}.png`), fullPage: true });
    }
    // The chart names its bars: each area's name above its bar, not a bare 1…8.
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    expect((await page.getByTestId('chart-bar').first().textContent())?.replace(/[\d,]+$/, '')).toMatch(/^1\. \p{L}{2,}/u);
    await page.close();
  });

  it('in Excel (the fake): after creating, the result is in view and focused, and the create button gives way to the next step', async () => {
    const page = await openPane(true, { width: 350, height: 560 });
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('button', { name: 'Tạo các trang' }).click();
    await page.getByText(/^Đã tạo 9 trang/).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'import-done');
    expect(await focused(page)).toMatchObject({ text: expect.stringMatching(/^Đã tạo 9 trang/), inView: true });
    expect(await page.getByRole('button', { name: 'Tạo các trang' }).count()).toBe(0);
    await page.screenshot({ path: join(shots, 'excel-created-350.png') });
    // One primary button at a time: the next step, under the result.
    expect(await page.getByRole('button', { name: 'Tiếp theo: kiểm tra số liệu' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Tiếp theo: kiểm tra số liệu' }).click();
    expect(await page.getByRole('tab', { name: 'Kiểm tra' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('in Excel (the fake): a workbook that already has chiso\'s sheets opens with its plan, and a second set is only made when confirmed', async () => {
    const page = await openPane(true, { width: 350, height: 560, hash: '#with-plan' });
    await page.getByTestId('found-in-workbook').waitFor();
    expect(await page.getByTestId('found-in-workbook').textContent()).toMatch(/đã đọc 139 nhiệm vụ và 152 tiêu chí/);
    expect(await page.getByTestId('import-preview').textContent()).toContain('139 nhiệm vụ và 152 tiêu chí');
    const before = await page.evaluate(() => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.sheetNames());
    expect(before.filter((n) => n.startsWith('_meta'))).toEqual(['_meta']);
    expect(await page.getByRole('button', { name: 'Tạo các trang' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Tạo thêm một bộ trang…' }).click();
    await page.getByRole('alertdialog', { name: 'Tạo thêm một bộ trang nữa?' }).waitFor();
    await page.screenshot({ path: join(shots, 'excel-reopen-confirm-350.png'), fullPage: true });
    await page.getByRole('button', { name: 'Không tạo' }).click();
    expect(await page.evaluate(() => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.sheetNames())).toEqual(before);
    await page.getByRole('button', { name: 'Tạo thêm một bộ trang…' }).click();
    await page.getByRole('button', { name: 'Vẫn tạo thêm' }).click();
    await page.getByText(/^Đã tạo 9 trang/).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.sheetNames())).toContain('_meta (2)');
    await page.close();
  });

  it('in Excel (the fake): the highlight toggle marks rows over the sheets\' own formats, and switching off leaves nothing of chiso\'s', async () => {
    const page = await openPane(true, { width: 320, height: 560, hash: '#with-plan' });
    await page.getByTestId('found-in-workbook').waitFor();
    const own = await page.evaluate(() => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.conditionalFormats('PL2 PAR INDEX'));
    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('switch', { name: 'Tô các tiêu chí chưa đạt mục tiêu' }).click();
    await page.getByText(/^Đã tô \d+ tiêu chí/).waitFor();
    await page.screenshot({ path: join(shots, 'excel-highlight-320.png') });
    const on = await page.evaluate(() => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.conditionalFormats('PL2 PAR INDEX'));
    // chiso's rule is first, so its fill shows over the sheet's own formats; theirs are all still there.
    expect(JSON.stringify(on[0])).toContain('chiso-mark');
    expect(on[0]!.props.priority).toBe(0);
    expect(on.slice(1)).toEqual(own);
    await page.getByRole('switch', { name: 'Tô các tiêu chí chưa đạt mục tiêu' }).click();
    await page.getByText(/^Đã bỏ tô/).waitFor();
    for (const sheet of ['PL2 PAR INDEX', 'PL3 SIPAS', 'PL4 PAPI']) {
      expect(JSON.stringify(await page.evaluate((s) => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.conditionalFormats(s), sheet))).not.toContain('chiso-mark');
    }
    const log = (await page.evaluate(() => (window as unknown as { __chisoFake: FakeHandle }).__chisoFake.formatLog())).filter((e) => JSON.stringify(e.props).includes('chiso-mark'));
    expect(log.map((e) => `${e.op} ${e.sheet}`)).toEqual(['add PL2 PAR INDEX', 'add PL3 SIPAS', 'add PL4 PAPI', 'delete PL2 PAR INDEX', 'delete PL3 SIPAS', 'delete PL4 PAPI']);
    await page.close();
  });

  it('outside Office, 270 px: while a compile runs the bar and its Hủy stay in sight, and a cancel is said as information', async () => {
    const { filledReturn, fixtureRecipients } = await import('../support/return-fixtures');
    const { seedPlan } = await import('../support/seed');
    const plan = seedPlan();
    const path = join(dist, 'tra-lai.xlsx');
    writeFileSync(path, (await filledReturn(plan, fixtureRecipients(plan)[0]!)).bytes);
    const page = await openPane(false, { width: 270, height: 560 });
    // The reader's worker held back, so the compile is still running when we look.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/taskpane/read-worker.js', async (r) => {
      await held;
      await r.continue();
    });
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    await page.getByRole('button', { name: 'Chọn các tệp gửi lại…' }).scrollIntoViewIfNeeded();
    await page.getByLabel('Tổng hợp các sổ tính gửi lại').setInputFiles(path);
    const cancel = page.getByRole('button', { name: 'Hủy' });
    await cancel.waitFor();
    // Scrolled down to the picker, the bar has not gone off the top.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const box = (await cancel.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(560);
    await page.screenshot({ path: join(shots, 'compile-running-270.png') });
    await cancel.click();
    release();
    const said = page.getByRole('status').filter({ hasText: 'Đã hủy' });
    await said.waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Đã hủy' }).count()).toBe(0);
    await page.close();
  });

  it('outside Office: after compiling, what was refused is listed (a warning, not a green bar)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { filledReturn, fixtureRecipients } = await import('../support/return-fixtures');
    const { seedPlan } = await import('../support/seed');
    const { reportFileName } = await import('../../src/agencies/sending');
    const plan = seedPlan();
    const noiVu = fixtureRecipients(plan)[0]!;
    // Sở Nội vụ's return, with a self-assessment far above the criterion's maximum.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from((await filledReturn(plan, noiVu)).bytes) as unknown as ArrayBuffer);
    const criteria = wb.getWorksheet('Tiêu chí')!;
    let selfCol = 0;
    criteria.getRow(4).eachCell((c, col) => {
      if (!selfCol && String(c.value ?? '').startsWith('Tự đánh giá')) selfCol = col;
    });
    criteria.getRow(5).getCell(selfCol).value = 99;
    const path = join(dist, reportFileName(noiVu.recipient));
    writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));

    const page = await openPane(false, { width: 350, height: 560 });
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    // Beside it, a download cut off half-way: a file refused whole, counted as a file, not as a value.
    const cut = join(dist, 'tai-ve-do-dang.xlsx');
    const whole = readFileSync(path);
    writeFileSync(cut, whole.subarray(0, whole.length >> 1));
    // And the signed printout sent instead of the workbook: named as a PDF.
    const printout = join(dist, 'bao-cao-da-ky.pdf');
    writeFileSync(printout, readFileSync(join(__dirname, '../fixtures/pdf/scanned.pdf')));
    await page.getByLabel('Tổng hợp các sổ tính gửi lại').setInputFiles([path, cut, printout]);
    await page.getByTestId('refused').waitFor();
    expect(await page.getByTestId('agencies-done').textContent()).toMatch(/^Đã đọc 3 tệp: 1 đơn vị được nhận, 2 tệp bị từ chối; \d+ giá trị được tổng hợp, [1-9]\d* giá trị bị loại;/);
    const items = await page.getByTestId('refused').locator('li').allTextContents();
    expect(items.some((i) => new RegExp(`^${reportFileName(noiVu.recipient).replace('.', '\\.')} — Tiêu chí![A-Z]+5: `).test(i))).toBe(true);
    // The file refused whole is named once, by its sentence.
    expect(items).toContain('Tệp tai-ve-do-dang.xlsx bị cắt cụt hoặc hỏng (tải về chưa hết?). Hãy xin lại tệp.');
    expect(items).toContain('Tệp bao-cao-da-ky.pdf là tệp PDF (bản in hoặc bản quét), không phải sổ tính Excel, nên không lấy được số liệu. Hãy xin lại sổ tính .xlsx đã điền (bản PDF có chữ ký có thể gửi kèm).');
    // The result is brought into view and focused.
    expect(await focused(page)).toMatchObject({ text: expect.stringMatching(/^Đã đọc 3 tệp/), inView: true });
    await page.screenshot({ path: join(shots, 'compiled-refused-350.png') });
    await page.close();
  });

  it('outside Office, 320 px: a .zip of returns chosen in the pane is read as the files it holds', async () => {
    const { filledReturn, fixtureRecipients } = await import('../support/return-fixtures');
    const { seedPlan } = await import('../support/seed');
    const plan = seedPlan();
    const noiVu = fixtureRecipients(plan)[0]!;
    const zipPath = join(dist, 'gui-kem.zip');
    writeFileSync(zipPath, zipSync({ 'so-noi-vu.xlsx': (await filledReturn(plan, noiVu)).bytes, 'ban-ky.pdf': readFileSync(join(__dirname, '../fixtures/pdf/scanned.pdf')) }));
    const page = await openPane(false, { width: 320, height: 700 });
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    expect(await page.getByLabel('Tổng hợp các sổ tính gửi lại').getAttribute('accept')).toBe('.xlsx,.zip');
    await page.getByLabel('Tổng hợp các sổ tính gửi lại').setInputFiles([zipPath]);
    await page.getByTestId('refused').waitFor();
    expect(await page.getByTestId('agencies-done').textContent()).toMatch(/^Đã đọc 2 tệp: 1 đơn vị được nhận, 1 tệp bị từ chối; [1-9]\d* giá trị được tổng hợp, 0 giá trị bị loại;/);
    expect(await page.getByTestId('refused').locator('li').allTextContents()).toEqual([expect.stringMatching(/^Tệp gui-kem\.zip\/ban-ky\.pdf là tệp PDF /)]);
    await page.screenshot({ path: join(shots, 'compiled-zip-320.png') });
    await page.close();
  });

  it('words: pasted text is not called a file, an agency workbook is named as one, and an error stays on its tab', async () => {
    const page = await openPane(false, { width: 320 });
    await page.getByLabel('Dán văn bản kế hoạch').fill('Kính gửi các sở, ban, ngành.');
    await page.getByRole('button', { name: 'Đọc văn bản đã dán' }).click();
    await page.getByRole('alert').waitFor();
    const pasted = await page.getByRole('alert').textContent();
    expect(pasted).toMatch(/^Văn bản đã dán: /);
    expect(pasted).not.toMatch(/Tệp|\|/);

    const { agencyWorkbookFile, recipients } = await import('../../src/app/assemble');
    const { loadSource } = await import('../../src/app/load');
    const l = loadSource({ kind: 'text', text: readFileSync(join(root, 'seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8') });
    if (!l.ok) throw new Error('seed');
    const file = await agencyWorkbookFile(l.plan, recipients(l.plan)[0]!.recipient.key, { due: null, password: null, generatedAt: '2025-12-01T00:00:00Z' });
    const path = join(dist, 'so-cua-don-vi.xlsx');
    writeFileSync(path, file!.bytes);
    await page.getByLabel('Mở tệp kế hoạch').setInputFiles(path);
    await page.getByText(/sổ tính báo cáo của một đơn vị/).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/^Tệp so-cua-don-vi\.xlsx là sổ tính báo cáo của một đơn vị.*thẻ Đơn vị/);
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('tab', { name: 'Nhập' }).click();
    expect(await page.getByRole('alert').count()).toBe(1);
    await page.close();
  });
});
