import { formatValue, withListLabels } from '../../src/import/word-numbering';

/**
 * Word's list labels written in as text: the labels Word shows, counted as Word counts them.
 * Documents here are cut down to what the labelling reads.
 */

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const abstract = (id: number, ...levels: string[]) => `<w:abstractNum w:abstractNumId="${id}">${levels.join('')}</w:abstractNum>`;
const num = (id: number, abstractId: number, override = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${override}</w:num>`;
const numbering = (...parts: string[]) => `<?xml version="1.0"?><w:numbering xmlns:w="w">${parts.join('')}</w:numbering>`;

/** A numbered paragraph (numId, level) holding `text`, or a plain one when numId is null. */
const p = (numId: number | null, ilvl = 0, text = '') =>
  `<w:p><w:pPr>${numId === null ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`}<w:jc w:val="center"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (...paras: string[]) => `<w:tc>${paras.join('')}</w:tc>`;
const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const doc = (...body: string[]) => `<?xml version="1.0"?><w:document xmlns:w="w"><w:body>${body.join('')}</w:body></w:document>`;

/** The text of each paragraph of the labelled document, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => [...(m[1] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('Word list labels as text', () => {
  it('writes a decimal "%1." list as 1., 2., 3. and switches the paragraphs’ numbering off', () => {
    const out = withListLabels(doc(p(1), p(1), p(1)), numbering(abstract(0, lvl(0, 'decimal', '%1.')), num(1, 0)));
    expect(paragraphs(out)).toEqual(['1. ', '2. ', '3. ']);
    expect(out).not.toMatch(/<w:numId w:val="1"\/>/);
    expect(out.match(/<w:numId w:val="0"\/>/g)).toHaveLength(3);
  });

  it('writes an upper-roman "%1." list (the areas of a PAR appendix) as I. … VIII.', () => {
    const rows = Array.from({ length: 8 }, () => row(cell(p(3)), cell(p(null, 0, 'area'))));
    const out = withListLabels(doc(`<w:tbl>${rows.join('')}</w:tbl>`), numbering(abstract(3, lvl(0, 'upperRoman', '%1.')), num(3, 3)));
    expect(paragraphs(out).filter((t) => t !== 'area')).toEqual(['I. ', 'II. ', 'III. ', 'IV. ', 'V. ', 'VI. ', 'VII. ', 'VIII. ']);
  });

  it('writes two levels "%1." and "%1.%2" as 1., 1.1, 1.2, 2., 2.1', () => {
    const n = numbering(abstract(0, lvl(0, 'decimal', '%1.'), lvl(1, 'decimal', '%1.%2')), num(1, 0));
    expect(paragraphs(withListLabels(doc(p(1, 0), p(1, 1), p(1, 1), p(1, 0), p(1, 1)), n))).toEqual(['1. ', '1.1 ', '1.2 ', '2. ', '2.1 ']);
  });

  it('continues one list across table rows and cells, past unnumbered rows between', () => {
    const n = numbering(abstract(2, lvl(0, 'decimal', '%1.')), num(2, 2));
    const table = `<w:tbl>${row(cell(p(2)), cell(p(null, 0, 'a')))}${row(cell(p(null, 0, 'I')), cell(p(null, 0, 'group')))}${row(cell(p(2)), cell(p(2)))}</w:tbl>`;
    expect(paragraphs(withListLabels(doc(table), n))).toEqual(['1. ', 'a', 'I', 'group', '2. ', '3. ']);
  });

  it('restarts where a num over the same list overrides the start, and continues the list through a num that does not', () => {
    const n = numbering(abstract(0, lvl(0, 'decimal', '%1.')), num(1, 0), num(2, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'), num(3, 0));
    expect(paragraphs(withListLabels(doc(p(1), p(1), p(2), p(2), p(3)), n))).toEqual(['1. ', '2. ', '1. ', '2. ', '3. ']);
  });

  it('restarts a lower level when a higher one advances, unless its lvlRestart says never', () => {
    const n = numbering(
      abstract(0, lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.')),
      abstract(1, lvl(0, 'upperRoman', '%1.'), lvl(1, 'decimal', '%2.', '<w:lvlRestart w:val="0"/>')),
      num(1, 0),
      num(2, 1),
    );
    const body = (id: number) => [p(id, 0), p(id, 1), p(id, 1), p(id, 0), p(id, 1)];
    expect(paragraphs(withListLabels(doc(...body(1)), n))).toEqual(['I. ', '1. ', '2. ', 'II. ', '1. ']);
    expect(paragraphs(withListLabels(doc(...body(2)), n))).toEqual(['I. ', '1. ', '2. ', 'II. ', '3. ']);
  });

  it('leaves bulleted paragraphs alone (and a "none" level, and a numId of 0)', () => {
    const n = numbering(abstract(0, lvl(0, 'bullet', '●')), abstract(1, lvl(0, 'none', '')), num(1, 0), num(2, 1));
    const input = doc(p(1, 0, 'x'), p(2, 0, 'y'), p(0, 0, 'z'));
    expect(withListLabels(input, n)).toBe(input);
  });

  it('gives the document unchanged without numbering.xml, and on numbering it cannot read', () => {
    const input = doc(p(1), p(1));
    expect(withListLabels(input, null)).toBe(input);
    expect(withListLabels(input, '')).toBe(input);
    expect(withListLabels(input, '<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl')).toBe(input);
    expect(withListLabels('<w:p><w:pPr><w:numPr><w:numId w:val="1"/>', numbering(abstract(0, lvl(0, 'decimal', '%1.')), num(1, 0)))).toBe('<w:p><w:pPr><w:numPr><w:numId w:val="1"/>');
  });

  it('stays linear on hostile XML: thousands of unclosed elements give the document back quickly', () => {
    const n = numbering(abstract(0, lvl(0, 'decimal', '%1.')), num(1, 0));
    const t0 = Date.now();
    for (const body of ['<w:pPr>'.repeat(50_000), `<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>${'<w:rPr>'.repeat(50_000)}</w:pPr>`, `${'<w:pPr>'.repeat(20_000)}${'</w:pPr>'.repeat(20_000)}`]) {
      expect(typeof withListLabels(body, n)).toBe('string');
    }
    expect(typeof withListLabels(doc(p(1)), `<w:numbering>${'<w:abstractNum w:abstractNumId="0">'.repeat(50_000)}`)).toBe('string');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('numbers paragraphs whose style carries the list (styles.xml, through basedOn)', () => {
    const n = numbering(abstract(0, lvl(0, 'decimal', '%1)')), num(4, 0));
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="Stt"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="SttBold"><w:basedOn w:val="Stt"/></w:style></w:styles>';
    const styled = (id: string) => `<w:p><w:pPr><w:pStyle w:val="${id}"/></w:pPr><w:r><w:t></w:t></w:r></w:p>`;
    const out = withListLabels(doc(styled('Stt'), styled('SttBold'), styled('Normal')), n, styles);
    expect(paragraphs(out)).toEqual(['1) ', '2) ', '']);
    expect(out.match(/<w:numId w:val="0"\/>/g)).toHaveLength(2);
  });

  it('reads the paragraph’s current numbering, not a tracked change’s former one', () => {
    const n = numbering(abstract(0, lvl(0, 'decimal', '%1.')), num(1, 0));
    const changed = '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:pPrChange w:id="1"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr><w:r><w:t></w:t></w:r></w:p>';
    expect(paragraphs(withListLabels(doc(changed, p(1)), n))).toEqual(['1. ', '2. ']);
  });

  it('formats values as Word does', () => {
    expect(['decimal', 'decimalZero', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter'].map((f) => formatValue(4, f))).toEqual(['4', '04', 'IV', 'iv', 'D', 'd']);
    expect(formatValue(28, 'upperLetter')).toBe('BB');
    expect(formatValue(1994, 'upperRoman')).toBe('MCMXCIV');
  });
});
