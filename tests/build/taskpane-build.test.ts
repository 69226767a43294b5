import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run build`: the production pane, its size budget, and the manifest moved to another host. */

const root = join(__dirname, '../..');
const script = join(root, 'scripts/build-taskpane.mjs');

describe('the task pane build', () => {
  jest.setTimeout(120_000);

  it('writes taskpane.html, keeps the initial JavaScript under 200 KB gzip and rewrites the manifest for --url', () => {
    const out = mkdtempSync(join(tmpdir(), 'chiso-build-'));
    const log = execFileSync(process.execPath, [script, '--outdir', out, '--url', 'https://example.org/chiso/'], { cwd: root, encoding: 'utf8' });
    const kb = Number(/initial JavaScript: ([\d.]+) KB gzip/.exec(log)?.[1]);
    expect(kb).toBeGreaterThan(20);
    expect(kb).toBeLessThan(200);
    expect(log).toMatch(/loaded when needed: [\d.]+ KB gzip/);
    for (const f of ['taskpane.html', 'taskpane/index.js', 'taskpane/read-worker.js', 'seed.txt', 'help.html', 'assets/icon-80.png']) expect([f, existsSync(join(out, f))]).toEqual([f, true]);
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(manifest).not.toContain('localhost:3000');
    expect(manifest).toContain('<SourceLocation DefaultValue="https://example.org/chiso/taskpane.html"/>');
    expect(manifest).toContain('<AppDomain>https://example.org/chiso</AppDomain>');
    // The user guide at the manifest's help link, every picture it shows beside it (served under assets/).
    const help = readFileSync(join(out, 'help.html'), 'utf8');
    expect(help).toContain('Chỉ số CCHC — hướng dẫn sử dụng');
    const pictures = [...help.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
    expect(pictures.length).toBeGreaterThanOrEqual(10);
    for (const src of pictures) expect([src, src.startsWith('assets/help/') && existsSync(join(out, src))]).toEqual([src, true]);
  });

  it('refuses a URL that is not https', () => {
    const r = spawnSync(process.execPath, [script, '--outdir', mkdtempSync(join(tmpdir(), 'chiso-build-')), '--url', 'http://example.org'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--url must use https');
  });
});
