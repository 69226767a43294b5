import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeWithChromium, servePane, type ServedPane } from '../support/chromium';

/**
 * The development server (issue #12): loopback only, a malformed URL answered with 400 and the
 * server still up, only the pane's files served (not a sibling folder whose name starts with the
 * root's, not the CLI or any .map), a Content-Security-Policy the pane passes, and an expired
 * certificate renewed and said. Every request here goes to 127.0.0.1.
 */

// Each test runs whole commands on the seed; a machine shared by several runs can be slow.
jest.setTimeout(60_000);

const root = join(__dirname, '../..');
const scripts = join(root, 'scripts');

/** A server process started by this test, and its port (printed by the script). */
async function start(args: string[], env: NodeJS.ProcessEnv, pattern: RegExp): Promise<{ proc: ChildProcess; port: number; said: string }> {
  const proc = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  const port = await new Promise<number>((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      said += d.toString();
      const m = pattern.exec(said);
      if (m) resolve(Number(m[1]));
    });
    proc.stderr!.on('data', (d: Buffer) => (said += d.toString()));
    proc.once('exit', (code) => reject(new Error(`server exited ${code}: ${said}`)));
  });
  return { proc, port, said };
}

/** A raw request (the path sent exactly as written, never normalised by a URL parser). */
function get(port: number, path: string, tls = false): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = (tls ? httpsRequest : httpRequest)({ host: '127.0.0.1', port, path, method: 'GET', rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A build folder as dist/ holds it: the pane's files beside the CLI bundle and its source maps, and a sibling 'dist-secret'. */
function fakeDist(): string {
  const top = mkdtempSync(join(tmpdir(), 'chiso-serve-'));
  const dist = join(top, 'dist');
  mkdirSync(join(dist, 'taskpane'), { recursive: true });
  mkdirSync(join(dist, 'assets'));
  mkdirSync(join(top, 'dist-secret'));
  writeFileSync(join(dist, 'taskpane.html'), '<!doctype html><title>pane</title>');
  writeFileSync(join(dist, 'taskpane', 'index.js'), 'export {};');
  writeFileSync(join(dist, 'taskpane', 'index.js.map'), '{}');
  writeFileSync(join(dist, 'assets', 'icon-16.png'), 'png');
  writeFileSync(join(dist, 'cli.mjs'), 'cli');
  writeFileSync(join(dist, 'cli.mjs.map'), '{"sourcesContent":["secret"]}');
  writeFileSync(join(top, 'dist-secret', 'key.txt'), 'secret');
  return dist;
}

/** A self-signed certificate for localhost made by openssl, valid for `days`. */
function opensslCert(dir: string, days: number): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', String(days), '-keyout', join(dir, 'localhost.key'), '-out', join(dir, 'localhost.crt')], { stdio: 'ignore' });
  writeFileSync(join(dir, 'ca.crt'), readFileSync(join(dir, 'localhost.crt')));
}

describe('the static handler', () => {
  let server: { proc: ChildProcess; port: number };
  beforeAll(async () => {
    server = await start([join(scripts, 'static-server.mjs'), fakeDist(), '0'], {}, /PORT (\d+)/);
  });
  afterAll(() => server.proc.kill());

  it('answers a malformed URL with 400 and keeps running', async () => {
    expect((await get(server.port, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.port, '/taskpane.html')).status).toBe(200);
  });

  it.each(['/../dist-secret/key.txt', '/..%2fdist-secret%2fkey.txt', '/%2e%2e/dist-secret/key.txt', '/cli.mjs', '/cli.mjs.map', '/taskpane/index.js.map', '/%00'])('does not serve %s', async (path) => {
    const r = await get(server.port, path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('secret');
  });

  it('serves the pane\'s files with a Content-Security-Policy', async () => {
    for (const path of ['/', '/taskpane.html', '/taskpane/index.js', '/assets/icon-16.png']) {
      const r = await get(server.port, path);
      expect([path, r.status]).toEqual([path, 200]);
      expect(r.headers['content-security-policy']).toMatch(/default-src 'self'/);
    }
  });
});

describe('npm start (scripts/serve.mjs)', () => {
  it('listens on 127.0.0.1 only, over https with the development certificate', async () => {
    const home = mkdtempSync(join(tmpdir(), 'chiso-home-'));
    opensslCert(join(home, '.office-addin-dev-certs'), 30);
    const server = await start([join(scripts, 'serve.mjs'), fakeDist()], { HOME: home, PORT: '0' }, /https:\/\/localhost:(\d+)\//);
    try {
      expect((await get(server.port, '/taskpane.html', true)).status).toBe(200);
      // The kernel's table of listening sockets: this port is bound to 127.0.0.1 (0100007F), not 0.0.0.0.
      const hex = server.port.toString(16).toUpperCase().padStart(4, '0');
      const listening = readFileSync('/proc/net/tcp', 'utf8').split('\n').filter((l) => l.includes(`:${hex} `) && / 0A /.test(l)).map((l) => l.trim().split(/\s+/)[1]);
      const listening6 = readFileSync('/proc/net/tcp6', 'utf8').split('\n').filter((l) => l.includes(`:${hex} `) && / 0A /.test(l));
      expect(listening).toEqual([`0100007F:${hex}`]);
      expect(listening6).toEqual([]);
    } finally {
      server.proc.kill();
    }
  }, 30_000);
});

/**
 * scripts/dev-cert.mjs run in its own Node (jest here loads CommonJS only): `code` sees
 * `certificateState`, `devCertificate`, `dir`, `renew` (openssl standing in for
 * office-addin-dev-certs) and `day` (ms), and prints JSON.
 */
function certScript(dir: string, code: string): unknown {
  const prelude = `import { certificateState, devCertificate } from ${JSON.stringify(join(scripts, 'dev-cert.mjs'))};
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = ${JSON.stringify(dir)};
const day = 86400000;
const renew = async () => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '30', '-keyout', join(dir, 'localhost.key'), '-out', join(dir, 'localhost.crt')], { stdio: 'ignore' });
  writeFileSync(join(dir, 'ca.crt'), readFileSync(join(dir, 'localhost.crt')));
};
`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', prelude + code], { encoding: 'utf8' }));
}

describe('an expired development certificate', () => {
  it('is renewed, and the user is told and asked to trust the new CA', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-cert-'));
    opensslCert(dir, 1);
    const old = readFileSync(join(dir, 'localhost.crt'), 'utf8');
    // Two days on, the one-day certificate has expired.
    const r = certScript(dir, `const now = new Date(Date.now() + 2 * day);
const before = certificateState(readFileSync(join(dir, 'localhost.crt')), now).state;
const { notes } = await devCertificate(dir, { now, generate: renew });
console.log(JSON.stringify({ before, notes }));`) as { before: string; notes: string[] };
    expect(r.before).toBe('expired');
    expect(readFileSync(join(dir, 'localhost.crt'), 'utf8')).not.toBe(old);
    expect(r.notes.join('\n')).toMatch(/expired on \d{4}-\d{2}-\d{2}; a new one was made \(valid until/);
    expect(r.notes.join('\n')).toMatch(/trust it again/);
  });

  it('one that expires within a day is renewed too; a valid one is used as it is, without a word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-cert-'));
    opensslCert(dir, 30);
    const r = certScript(dir, `const soon = certificateState(readFileSync(join(dir, 'localhost.crt')), new Date(Date.now() + 29.5 * day)).state;
const { notes } = await devCertificate(dir, { generate: () => Promise.reject(new Error('must not renew')) });
console.log(JSON.stringify({ soon, notes }));`) as { soon: string; notes: string[] };
    expect(r.soon).toBe('expires-soon');
    expect(r.notes).toEqual([]);
  });
});

describeWithChromium('the built pane under the Content-Security-Policy', () => {
  let pane: ServedPane;
  afterAll(() => pane?.close());

  it('loads, imports the bundled plan and downloads the workbook with no violation', async () => {
    pane = await servePane();
    const page = await pane.browser.newPage({ acceptDownloads: true });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => void violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    await page.route('**/appsforoffice.microsoft.com/**', (r) => r.abort()); // office.js: unreachable here
    const response = await page.goto(`${pane.base}/taskpane.html`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    await page.getByText('Đang chạy ngoài Excel').waitFor();
    await page.getByRole('button', { name: 'Dùng kế hoạch mẫu (159/KH-UBND)' }).click();
    await page.getByTestId('import-preview').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải sổ tính (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    expect(violations).toEqual([]);
    // The policy is in force: an inline script is refused.
    await page.evaluate(() => {
      const el = document.createElement('script');
      el.textContent = 'window.inlineRan = true';
      document.body.appendChild(el);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan ?? false)).toBe(false);
    expect(violations.join('\n')).toMatch(/script-src/);
  }, 120_000);
});
