import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { importPlan } from '../../src/import';
import { readHtmlFile } from '../../src/import/source-read';

/**
 * An old plan typed in .VnTime (TCVN3) and saved as a web page: the page holds Latin-1 letters
 * ('Së Néi vô'). Read through readHtmlFile it must give the agencies and criteria of the same
 * plan typed in Unicode; a page that stays unreadable must be refused, never imported.
 */

const docx = readFileSync(join(__dirname, '../fixtures/pdf/docx-plan.docx'));

/** Vietnamese letters through the TCVN 5712 table (capitals with tones typed lowercase), the rest as Windows-1252. */
const toTcvn3Page = (html: string) =>
  new Uint8Array(
    [...html].flatMap((c) => {
      const typed = c !== c.toLowerCase() && /[\u0300\u0301\u0303\u0309\u0323]/.test(c.normalize('NFD')) ? c.toLowerCase() : c;
      return [...iconv.encode(typed, /[\u0080-\uffff]/.test(typed) && /\p{L}/u.test(typed) ? 'tcvn' : 'windows-1252')];
    }),
  );

describe('a plan typed in a legacy font', () => {
  it('imports the same agencies and criteria as the Unicode plan', async () => {
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    const page = `<html><head><meta charset="windows-1252"></head><body>${html}</body></html>`;
    const bytes = toTcvn3Page(page);
    expect(new TextDecoder('latin1').decode(bytes)).toContain('Së Néi vô');
    const read = readHtmlFile(bytes);
    expect(read).toMatchObject({ ok: true, notes: expect.arrayContaining([expect.objectContaining({ kind: 'legacy-converted', font: 'tcvn3' })]) });
    if (!read.ok) return;
    const legacy = importPlan(read.source);
    const unicode = importPlan({ kind: 'html', html: page });
    expect(legacy.ok && unicode.ok).toBe(true);
    if (!legacy.ok || !unicode.ok) return;
    expect(legacy.plan.agencies).toEqual(unicode.plan.agencies);
    expect(legacy.plan.criteria.map((c) => [c.id, c.name, c.result, c.target, c.lead])).toEqual(unicode.plan.criteria.map((c) => [c.id, c.name, c.result, c.target, c.lead]));
  });

  it('refuses a page whose words are no Vietnamese in any encoding, so no agency name is made of them', async () => {
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    // VISCII, an 8-bit encoding chiso has no table for.
    const bytes = new Uint8Array(iconv.encode(html, 'viscii'));
    const r = readHtmlFile(bytes);
    expect(r).toMatchObject({ ok: false, problem: { reason: 'unreadable-text' } });
  });
});
