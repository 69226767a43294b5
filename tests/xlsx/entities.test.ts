import fc from 'fast-check';
import { decode } from '../../src/xlsx/xml-scan';

/**
 * Text in a workbook's XML carries the five entities and character references; the reader
 * decodes them by hand (a regular expression with a callback per reference was a tenth of
 * reading a plan's shared strings). The rule, written as that expression: a reference XML
 * defines becomes its character, anything else stays as written.
 */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function byTheRule(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 0x23) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 0x78 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

describe('entities and character references', () => {
  it('decode as the rule says, in any text', () => {
    const piece = fc.constantFrom('&', ';', '#', 'x', 'X', 'a', 'm', 'p', 'l', 't', 'g', 'q', 'u', 'o', 's', '0', '1', '9', 'F', 'f', 'G', '&amp;', '&lt;', '&quot;', '&apos;', '&#x1EA0;', '&#7840;', '&#1114112;', '&#x110000;', '&#x0000041;', '&#00000065;', '&#xD800;', 'ữ', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const s = pieces.join('');
        expect(decode(s)).toBe(byTheRule(s));
      }),
      { numRuns: 20_000, seed: 11 },
    );
  });

  it('read the references a plan’s text holds', () => {
    expect(decode('&quot;Đã xong&quot; &amp; &lt;b&gt; &#7840; &#x1EA0; &apos;x&apos; &unknown; &#x110000;')).toBe('"Đã xong" & <b> Ạ Ạ \'x\' &unknown; &#x110000;');
  });
});
