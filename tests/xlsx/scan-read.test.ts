import { strToU8, zipSync, type Zippable } from 'fflate';
import { readWorkbook, type ReadResult } from '../../src/xlsx/read';
import { XmlScanner, type XmlHandler } from '../../src/xlsx/xml-scan';
import { gridOf } from '../support/grid';

/**
 * The streaming reader on its own: what only it does (parts found through relationships, ISO
 * dates, cells without addresses, values under merges said), and its bounds — work follows the
 * cells a file holds, never the addresses it names, and every limit answers with a named reason.
 */

// The machine may be loaded: these assert on answers, never on time.
jest.setTimeout(180_000);

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of the given sheets' XML (<sheetData> and what follows), stored under the given part names. */
function book(sheets: { name: string; part?: string; xml: string; state?: string }[], extra: Zippable = {}, bookPr = '', level: 0 | 1 = 1): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8('<Types/>'),
    '_rels/.rels': strToU8(`<Relationships><Relationship Id="r1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="${REL}">${bookPr}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.part ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('')}<Relationship Id="rS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Ngày&quot; 0"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="2"/></cellXfs></styleSheet>'),
    ...extra,
  };
  sheets.forEach((s, i) => {
    files[`xl/${s.part ?? `worksheets/sheet${i + 1}.xml`}`.replace(/[^/]+\/\.\.\//g, '')] = strToU8(`<worksheet xmlns:r="${REL}">${s.xml}</worksheet>`);
  });
  return zipSync(files, { level });
}

function ok(r: ReadResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r;
}

const values = (r: ReadResult) => ok(r).workbook.sheets.map((s) => s.rows.flatMap((row) => row.cells.map((c) => [row.row, c.col, c.value])));

describe('the streaming reader', () => {
  it('finds sheets through the relationships, whatever their part is called, in the workbook’s order and states', async () => {
    const r = ok(
      await readWorkbook(
        book([
          { name: 'Dữ liệu', part: 'worksheets/data.xml', xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' },
          { name: 'Ẩn', part: '../xl/other/ẩn.xml', state: 'hidden', xml: '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c></row></sheetData>' },
          { name: 'Rất ẩn', state: 'veryHidden', xml: '<sheetData/>' },
        ]),
      ),
    );
    expect(r.workbook.sheets.map((s) => [s.name, s.state, gridOf(s).map((row) => row.map((c) => c?.value))])).toEqual([
      ['Dữ liệu', 'visible', [[1]]],
      ['Ẩn', 'hidden', [[true]]],
      ['Rất ẩn', 'veryHidden', []],
    ]);
  });

  it('reads dates from serials with a date format (built-in and custom) and from ISO text, in both date systems', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" s="1"><v>45964</v></c><c r="B1" s="2"><v>45964.75</v></c><c r="C1" s="3"><v>5</v></c><c r="D1" t="d"><v>2025-11-03T00:00:00</v></c><c r="E1" s="4"><v>2.5</v></c></row></sheetData>';
    expect(values(await readWorkbook(book([{ name: 'S', xml }])))).toEqual([
      [
        [1, 1, '2025-11-03'],
        [1, 2, '2025-11-03'],
        // '"Ngày" 0' holds no date letter outside its quotes: a number.
        [1, 3, 5],
        [1, 4, '2025-11-03'],
        [1, 5, 2.5],
      ],
    ]);
    expect(values(await readWorkbook(book([{ name: 'S', xml: '<sheetData><row r="1"><c r="A1" s="1"><v>44502</v></c></row></sheetData>' }], {}, '<workbookPr date1904="1"/>')))).toEqual([[[1, 1, '2025-11-03']]]);
  });

  it('reads rows and cells written without addresses where they fall, and a repeated cell as its last value', async () => {
    const xml = '<sheetData><row><c><v>1</v></c><c t="inlineStr"><is><t>hai</t></is></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c><c r="E2"><v>5</v></c><c r="E2"><v>6</v></c></row></sheetData>';
    expect(values(await readWorkbook(book([{ name: 'S', xml }])))).toEqual([
      [
        [1, 1, 1],
        [1, 2, 'hai'],
        [2, 3, 3],
        [2, 4, 4],
        [2, 5, 6],
      ],
    ]);
  });

  it('says which formulas were saved without a result and which values a merge covers, by sheet and cell', async () => {
    const xml = '<sheetData><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><f>A2+B2</f></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells>';
    const r = ok(await readWorkbook(book([{ name: 'Trang', xml }])));
    expect(r.workbook.sheets[0]!.rows).toEqual([
      {
        row: 2,
        cells: [
          { value: 1, formula: null, numFmt: null, col: 1 },
          { value: null, formula: 'A2+B2', numFmt: null, col: 3 },
        ],
      },
    ]);
    expect(r.notes).toEqual([
      { kind: 'hidden-by-merge', sheet: 'Trang', cell: 'B2' },
      { kind: 'formula-without-value', sheet: 'Trang', cell: 'C2' },
    ]);
  });

  it('gives a hyperlink’s target, outside the workbook and inside it', async () => {
    const xml = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>cổng</t></is></c><c r="B1" t="inlineStr"><is><t>xem</t></is></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rL"/><hyperlink ref="B1" location="\'Trang 2\'!A1"/></hyperlinks>';
    const rels = { 'xl/worksheets/_rels/sheet1.xml.rels': strToU8(`<Relationships><Relationship Id="rL" Type="${REL}/hyperlink" Target="https://dichvucong.gov.vn" TargetMode="External"/></Relationships>`) };
    const r = ok(await readWorkbook(book([{ name: 'S', xml }], rels)));
    expect(r.workbook.sheets[0]!.rows[0]!.cells.map((c) => [c.value, c.hyperlink])).toEqual([
      ['cổng', 'https://dichvucong.gov.vn'],
      ['xem', "#'Trang 2'!A1"],
    ]);
  });

  it('keeps the data validations as written', async () => {
    const xml = '<sheetData/><dataValidations count="1"><dataValidation type="list" sqref="G5:G40 H2"><formula1>"Đã xong,Chưa"</formula1></dataValidation></dataValidations>';
    expect(ok(await readWorkbook(book([{ name: 'S', xml }]))).workbook.sheets[0]!.validations).toEqual([{ sqref: 'G5:G40 H2', type: 'list', formula1: '"Đã xong,Chưa"', formula2: null }]);
  });

  it('gives a workbook that stays as read when the next is read (its parts share one buffer)', async () => {
    const sheet = (word: string, n: number) => ({ name: word, xml: `<sheetData>${Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${word} ${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData>` });
    const first = ok(await readWorkbook(book([sheet('Một', 400), sheet('Hai', 30)])));
    const seen = JSON.stringify(first.workbook);
    // Larger parts, then smaller ones: the shared buffer grown and written over.
    ok(await readWorkbook(book([sheet('Ba', 3000), sheet('Bốn', 5)])));
    ok(await readWorkbook(book([sheet('Năm', 10)], {}, '', 0)));
    expect(JSON.stringify(first.workbook)).toBe(seen);
    expect(first.workbook.sheets[0]!.rows[399]!.cells.map((c) => c.value)).toEqual(['Một 399', 399]);
  });

  it('reads XML cut anywhere into pieces the same as whole', () => {
    const xml = `<?xml version="1.0"?><!-- c --><a x='1 > 0' y="&amp;&#x41;"><b>t&lt;ext<![CDATA[<raw>]]></b><c/></a>`;
    const run = (pieces: string[]) => {
      const events: string[] = [];
      const h: XmlHandler = {
        wantText: true,
        open: (n, a, e) => events.push(`<${n}${a}${e ? '/' : ''}>`),
        close: (n) => events.push(`</${n}>`),
        text: (t) => events.push(t),
      };
      const s = new XmlScanner(h);
      for (const p of pieces) s.push(p);
      s.end();
      return events.join('');
    };
    const whole = run([xml]);
    expect(whole).toBe(`<a x='1 > 0' y="&amp;&#x41;"><b>t<ext<raw></b><c/></c></a>`);
    for (let i = 1; i < xml.length; i++) expect(run([xml.slice(0, i), xml.slice(i)])).toBe(whole);
  });
});

describe('bounds: work follows the cells present', () => {
  it('reads a cell in row 4,294,967,295 as one row', async () => {
    const xml = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="4294967295"><c r="B4294967295" t="inlineStr"><is><t>xa</t></is></c></row></sheetData>';
    expect(values(await readWorkbook(book([{ name: 'S', xml }])))).toEqual([
      [
        [1, 1, 1],
        [4294967295, 2, 'xa'],
      ],
    ]);
  });

  it('reads cells in column XFD on many rows without filling the columns between', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    const r = ok(await readWorkbook(book([{ name: 'S', xml: `<sheetData>${rows}</sheetData>` }])));
    const sheet = r.workbook.sheets[0]!;
    expect(sheet.rows).toHaveLength(20_000);
    expect(sheet.rows.every((row) => row.cells.length === 2 && row.cells[1]!.col === 16_384)).toBe(true);
  });

  it('refuses a cell past column XFD by name', async () => {
    const r = await readWorkbook(book([{ name: 'S', xml: '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>' }]));
    expect(r.ok ? null : r.problem).toMatchObject({ kind: 'malformed', part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses a stray "<" where a tag should start, rather than read the tag under another name', async () => {
    const r = await readWorkbook(book([{ name: 'S', xml: '<sheetData><<<row r="1"><c r="A1"><v>1</v></c></row></sheetData>' }]));
    expect(r.ok ? null : r.problem).toMatchObject({ kind: 'malformed', part: 'xl/worksheets/sheet1.xml' });
  });

  it('reads 20,000 two-cell merges, and refuses 250,000 by name', async () => {
    const merges = (n: number) => `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="${n}">${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i + 2}:B${i + 2}"/>`).join('')}</mergeCells>`;
    const some = ok(await readWorkbook(book([{ name: 'S', xml: merges(20_000) }])));
    expect(some.workbook.sheets[0]!.merges).toHaveLength(20_000);
    const many = await readWorkbook(book([{ name: 'S', xml: merges(250_000) }]));
    expect(many.ok ? null : many.problem).toEqual({ kind: 'over-limit', limit: 'merges', max: 100_000, part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses overlapping whole-sheet merges over many rows by name, never walking them all', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');
    const merges = Array.from({ length: 1_000 }, () => '<mergeCell ref="A1:XFD1048576"/>').join('');
    const r = await readWorkbook(book([{ name: 'S', xml: `<sheetData>${rows}</sheetData><mergeCells>${merges}</mergeCells>` }]));
    expect(r.ok ? null : r.problem).toMatchObject({ kind: 'over-limit', limit: 'range-visits' });
  });

  it('refuses 1,048,576 one-cell rows by the number of cells', async () => {
    const parts: string[] = [];
    for (let i = 1; i <= 1_048_576; i++) parts.push(`<row r="${i}"><c r="A${i}"><v>1</v></c></row>`);
        // Stored, not deflated: the test's own zipping would cost more than the reading.
    const r = await readWorkbook(book([{ name: 'S', xml: `<sheetData>${parts.join('')}</sheetData>` }], {}, '', 0));
    expect(r.ok ? null : r.problem).toEqual({ kind: 'over-limit', limit: 'cells', max: 500_000, part: 'xl/worksheets/sheet1.xml' });
  }, 180_000);

  it('refuses too many shared strings by name', async () => {
    const sst = `<sst>${'<si><t>x</t></si>'.repeat(2_000)}</sst>`;
    const files = { 'xl/sharedStrings.xml': strToU8(sst) };
    const bytes = book([{ name: 'S', xml: '<sheetData/>' }], files);
    // The shared strings are found through the workbook's relationships: add one.
    const withRel = zipSync({
      ...Object.fromEntries(Object.entries((await import('fflate')).unzipSync(bytes))),
      'xl/_rels/workbook.xml.rels': strToU8(`<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rT" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    });
    const r = await readWorkbook(withRel, { maxStrings: 1_000 });
    expect(r.ok ? null : r.problem).toEqual({ kind: 'over-limit', limit: 'strings', max: 1_000, part: 'xl/sharedStrings.xml' });
  });
});
