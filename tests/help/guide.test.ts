import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { allRules, fillGuide, GUIDE, ruleAnchor, seedExamples } from '../../scripts/help-guide';
import { RULE_GUIDE } from '../../src/strings/vi';

/**
 * The user guide (assets/help.html, served as /help.html, the manifest's help link): every kind of
 * finding explained, the generated parts as the code would write them now, every picture there,
 * every link resolving.
 */

const root = join(__dirname, '../..');
const html = readFileSync(join(root, GUIDE), 'utf8');

interface Tag {
  name: string;
  attrs: Record<string, string>;
}
function tags(source: string): Tag[] {
  const found: Tag[] = [];
  const parser = new Parser({ onopentag: (name, attrs) => found.push({ name, attrs }) });
  parser.write(source);
  parser.end();
  return found;
}
const all = tags(html);

/** A PNG's width, from its IHDR chunk. */
const pngWidth = (path: string) => readFileSync(path).readUInt32BE(16);

describe('the user guide', () => {
  it('explains every rule of FindingSchema, each under its own anchor, in Vietnamese', () => {
    const ids = new Set(all.map((t) => t.attrs.id).filter(Boolean));
    const rules = allRules();
    expect(rules.length).toBeGreaterThan(50);
    for (const rule of rules) {
      expect([rule, ids.has(ruleAnchor(rule))]).toEqual([rule, true]);
      expect(html).toContain(RULE_GUIDE[rule].replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
    }
  });

  it('is what scripts/help-guide.ts writes from the strings now (node scripts/run-ts.mjs scripts/help-guide.ts writeGuide)', async () => {
    expect(fillGuide(html, await seedExamples(root))).toBe(html);
  }, 60_000);

  it('names the pane\'s buttons and tabs with the pane\'s own words', () => {
    const named = [...html.matchAll(/<span data-ui="([a-zA-Z.]+)">([^<]*)<\/span>/g)];
    expect(named.length).toBeGreaterThan(15);
    expect(named.map((m) => m[1])).toEqual(expect.arrayContaining(['tabs.import', 'tabs.check', 'tabs.overview', 'tabs.print', 'tabs.agencies', 'import.create', 'agencies.assemble']));
  });

  it('covers the year\'s steps: import, check, send, compile, print, the Word report', () => {
    for (const id of ['nhap', 'kiem-tra', 'tong-quan', 'gui-don-vi', 'tong-hop', 'in', 'bao-cao', 'dong-lenh', 'phat-hien']) expect(all.some((t) => t.name === 'h2' && t.attrs.id === id)).toBe(true);
  });

  it('has every picture it shows, with words for those who cannot see it, at the width it says', () => {
    const images = all.filter((t) => t.name === 'img');
    expect(images.length).toBeGreaterThanOrEqual(10);
    for (const img of images) {
      const src = img.attrs.src!;
      const path = resolve(root, 'assets', src);
      expect([src, existsSync(path)]).toEqual([src, true]);
      expect([src, (img.attrs.alt ?? '').length > 10]).toEqual([src, true]);
      expect([src, Number(img.attrs.width)]).toEqual([src, pngWidth(path)]);
    }
    // Pictures of the pane and of the sheets both.
    expect(images.filter((i) => /help\/pane-/.test(i.attrs.src!)).length).toBeGreaterThanOrEqual(4);
    expect(images.filter((i) => /help\/(trang|tong-hop|don-vi|bao-cao)-/.test(i.attrs.src!)).length).toBeGreaterThanOrEqual(5);
  });

  it('keeps its pictures small: every picture is shown, and all of them weigh under 1.5 MB', () => {
    const shown = new Set(all.filter((t) => t.name === 'img').map((t) => t.attrs.src!.replace(/^help\//, '')));
    const files = readdirSync(join(root, 'assets/help'));
    expect(files.filter((f) => !shown.has(f))).toEqual([]);
    expect(files.reduce((n, f) => n + statSync(join(root, 'assets/help', f)).size, 0)).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('every internal link leads somewhere: anchors to an id of the page, files to a file', () => {
    const ids = new Set(all.map((t) => t.attrs.id).filter(Boolean));
    const links = all.filter((t) => t.name === 'a' && t.attrs.href).map((t) => t.attrs.href!);
    expect(links.length).toBeGreaterThan(10);
    for (const href of links.filter((h) => !/^[a-z]+:/.test(h))) {
      if (href.startsWith('#')) expect([href, ids.has(href.slice(1))]).toEqual([href, true]);
      else expect([href, existsSync(resolve(root, 'assets', href.split('#')[0]!))]).toEqual([href, true]);
    }
  });

  it('is the page the manifest\'s help link opens (the build serves it as /help.html: tests/build/taskpane-build.test.ts)', () => {
    expect(readFileSync(join(root, 'manifest.xml'), 'utf8')).toMatch(/<bt:Url id="Help.Url" DefaultValue="https:\/\/localhost:3000\/help.html"\/>/);
  });
});
