import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * manifest.xml validated offline against the Office add-in XSDs (office-addin-manifest's
 * `validate` needs a web service), plus checks the schema cannot make.
 */

const root = join(__dirname, '..');
// The schemas travel with the project (see their README for source and notice); CHISO_MANIFEST_SCHEMAS points elsewhere.
const schemas = process.env.CHISO_MANIFEST_SCHEMAS ?? join(root, 'tests/fixtures/office-manifest-schemas');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('has the Office manifest schemas', () => {
    expect([schemas, existsSync(join(schemas, 'OfficeAppManifestV1_1.xsd'))]).toEqual([schemas, true]);
  });

  it('is valid against OfficeAppManifestV1_1.xsd', async () => {
    const main = 'OfficeAppManifestV1_1.xsd';
    const others = readdirSync(schemas).filter((f) => f.endsWith('.xsd') && f !== main);
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: manifest }],
      schema: [{ fileName: main, contents: readFileSync(join(schemas, main), 'utf8') }],
      preload: others.map((f) => ({ fileName: f, contents: readFileSync(join(schemas, f), 'utf8') })),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  }, 30_000);

  it('has a GUID id, https URLs only, and icons that exist', () => {
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/i);
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    for (const [, file] of manifest.matchAll(/\/assets\/([\w.-]+\.png)/g)) expect(existsSync(join(root, 'assets', file!))).toBe(true);
  });

  it('resolves every resid to a resource, and has a ribbon button on the Home tab in group "Chỉ số CCHC"', () => {
    const ids = new Set([...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    const resids = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(5);
    for (const r of resids) expect([r, ids.has(r)]).toEqual([r, true]);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<bt:String id="Group.Label" DefaultValue="Chỉ số CCHC">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    for (const size of [16, 32, 80]) expect(manifest).toContain(`icon-${size}.png`);
  });

  it('has Vietnamese names and descriptions with English overrides', () => {
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Chỉ số CCHC">\s*<Override Locale="en-US"/);
    expect(manifest).toMatch(/<Description DefaultValue="[^"]*PAR INDEX[^"]*">\s*<Override Locale="en-US"/);
  });

  it('is read by office-addin-manifest offline (its info command; validate needs a web service)', () => {
    // Run as its own process: the package pulls ES modules jest's CommonJS runtime cannot load.
    const info = execFileSync(process.execPath, [join(root, 'node_modules/office-addin-manifest/cli.js'), 'info', join(root, 'manifest.xml')], { encoding: 'utf8' });
    expect(info).toContain('Id: 3f6a9d2e-8b1c-4e7a-9f05-2c4d6b8e1a73');
    expect(info).toContain('Name: Chỉ số CCHC');
    expect(info).toContain('Source Location: https://localhost:3000/taskpane.html');
  });

  it('asks for ExcelApi 1.9 and read/write access to the document', () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });
});
