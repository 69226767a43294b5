import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * manifest.xml validated offline against the Office add-in XSDs (office-addin-manifest's
 * `validate` needs a web service), plus checks the schema cannot make.
 */

const root = join(__dirname, '..');
const schemas = join(root, '../shared/office-manifest-schemas');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('has the Office manifest schemas beside the project', () => {
    expect(existsSync(join(schemas, 'OfficeAppManifestV1_1.xsd'))).toBe(true);
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

  it('asks for ExcelApi 1.9 and read/write access to the document', () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });
});
