
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { describeWithChromium, servePane, type ServedPane } from '../support/chromium';
import { makeMaster, type MasterFixture } from '../support/master-fixture';

/**
 * The Word report from the built pane (dist/, code split as shipped) in headless Chromium: from a
 * master picked in the Đơn vị tab, and from a master just compiled there. The downloaded file is
 * the same document `chiso report` writes from the same master.
 */

const root = join(__dirname, '../..');
const shots = join(root, 'out/e2e');
// The reports written, by the pane and by the command line.
const dist = mkdtempSync(join(tmpdir(), 'chiso-pane-report-'));
let pane: ServedPane;
let base: string;
let browser: Browser;
let made: MasterFixture;

async function openPane(): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 420, height: 900 } });
  await page.route('**/appsforoffice.microsoft.com/**', (r) => r.abort());
  await page.goto(`${base}/taskpane.html`);
  await page.getByText('Đang chạy ngoài Excel').waitFor();
  return page;
}

const documentXml = (path: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);

describeWithChromium('the report button in the built pane', () => {
  jest.setTimeout(240_000);

  beforeAll(async () => {
    made = await makeMaster();
    pane = await servePane();
    ({ base, browser } = pane);
  });

  afterAll(async () => {
    await pane?.close();
  });

  it('writes the report from a master picked in the Đơn vị tab, the same file as the command line', async () => {
    const page = await openPane();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    await page.getByLabel('Kỳ báo cáo (không bắt buộc)').fill('Quý III/2025');
    const download = page.waitForEvent('download');
    await page.getByLabel('Viết báo cáo (.docx) từ sổ tổng hợp').setInputFiles(made.master);
    const file = await download;
    expect(file.suggestedFilename()).toBe('bao-cao-159-kh-ubnd.docx');
    const fromPane = join(dist, 'from-pane.docx');
    await file.saveAs(fromPane);
    await page.getByText('Đã tạo báo cáo bao-cao-159-kh-ubnd.docx.').waitFor();
    await page.screenshot({ path: join(shots, 'standalone-report.png'), fullPage: true });

    const fromCli = join(dist, 'from-cli.docx');
    expect(await main(['report', made.master, '-o', fromCli, '--period', 'Quý III/2025'], { out: () => {}, err: () => {} })).toBe(0);
    expect(documentXml(fromPane)).toBe(documentXml(fromCli));
    expect(Buffer.compare(readFileSync(fromPane), readFileSync(fromCli))).toBe(0);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(fromPane) });
    expect(value).toContain('Kết quả thực hiện Kế hoạch số 159/KH-UBND');
    expect(value).toContain('kỳ Quý III/2025');
    await page.close();
  });

  it('says in Vietnamese when the file picked is no master', async () => {
    const page = await openPane();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    const returned = join(made.dir, 'returns', readdirSync(join(made.dir, 'returns'))[0]!);
    await page.getByLabel('Viết báo cáo (.docx) từ sổ tổng hợp').setInputFiles(returned);
    await page.getByTestId('report-problem').waitFor();
    expect(await page.getByTestId('report-problem').textContent()).toContain('không phải sổ tổng hợp do chiso tạo');
    await page.close();
  });

  it('writes the report of a master just compiled in the pane', async () => {
    const page = await openPane();
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    await page.getByRole('tab', { name: 'Đơn vị' }).click();
    const returns = readdirSync(join(made.dir, 'returns')).map((f) => join(made.dir, 'returns', f));
    // As a user does it: the button opens the chooser, and the reader's worker starts while they choose.
    const workers: string[] = [];
    page.on('request', (r) => r.url().endsWith('/taskpane/read-worker.js') && workers.push(r.url()));
    const chooser = page.waitForEvent('filechooser');
    const started = page.waitForRequest((r) => r.url().endsWith('/taskpane/read-worker.js'), { timeout: 20_000 });
    await page.getByRole('button', { name: 'Chọn các tệp gửi lại…' }).click();
    // Before any file is given.
    await started;
    await (await chooser).setFiles(returns);
    await page.getByText(new RegExp(`^Đã đọc ${returns.length} tệp`)).waitFor();
    // The worker started at the chooser read them all.
    expect(workers).toHaveLength(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải báo cáo (.docx)' }).click();
    const saved = join(dist, 'compiled-in-pane.docx');
    await (await download).saveAs(saved);
    const xml = documentXml(saved);
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain(`đã gửi báo cáo: ${returns.length} (`);
    await page.close();
  });
});
