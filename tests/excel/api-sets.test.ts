import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExcelHost } from '../../src/excel/excel-host';
import { createFakeExcel } from '../support/fake-excel';
import { seed } from './fixtures';

/**
 * Nothing in src/excel has run in real Excel, so the code proves what it can: every Excel API the
 * adapter touches is found with the TypeScript checker, and its requirement set is read from
 * @types/office-js's own "[Api set: ExcelApi x.y]". The manifest asks for ExcelApi 1.9; anything
 * newer must be guarded by isSetSupported, with the fallback tested. The fake refuses what Excel
 * refuses, so a test fails where Excel would.
 */

const root = join(__dirname, '../..');
const MINIMUM = '1.9';

/** APIs above the minimum, each with the guard that keeps it from running where it is missing. */
const GUARDED: Record<string, string> = {
  group: "render's `groups` option, true only when isSetSupported('ExcelApi', '1.10')",
};

function newer(a: string, b: string): boolean {
  const [x1, y1] = a.split('.').map(Number);
  const [x2, y2] = b.split('.').map(Number);
  return x1! > x2! || (x1 === x2 && y1! > y2!);
}

/**
 * Each member of `namespace Excel` in @types/office-js with the requirement set its doc comment
 * names, by class: 'Range.group' -> '1.10'. (The installed TypeScript is the native compiler,
 * without a JavaScript API: the declarations are read as text, one doc comment per member.)
 */
function excelDeclarations(): Map<string, Map<string, string>> {
  const text = readFileSync(require.resolve('@types/office-js/index.d.ts'), 'utf8');
  const from = text.indexOf('declare namespace Excel {');
  const excel = text.slice(from, text.indexOf('\ndeclare namespace Word {', from));
  const byMember = new Map<string, Map<string, string>>();
  let owner = 'Excel';
  // A class or interface opens a scope; a doc comment names the set of the member after it.
  const re = /^\s*(?:export\s+)?(?:class|interface)\s+(\w+)|\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*(?:(?:readonly|function|const|export)\s+)*(\w+)\s*[(:?<]/gm;
  for (let m = re.exec(excel); m; m = re.exec(excel)) {
    if (m[1]) {
      owner = m[1];
      continue;
    }
    const set = /\[Api set: ExcelApi (\d+\.\d+)/.exec(m[2]!);
    if (!set) continue;
    const member = m[3]!;
    const versions = byMember.get(member) ?? new Map<string, string>();
    if (!versions.has(owner)) versions.set(owner, set[1]!);
    byMember.set(member, versions);
  }
  return byMember;
}

/**
 * Names that several classes declare in different sets, with the class the adapter's code means
 * (read in the code; the checker has no types to tell). Without an entry a name counts at the
 * HIGHEST set of the classes that declare it, so a newer API under a name older classes also use
 * cannot slip through.
 */
const MEANT: Record<string, readonly string[]> = {
  add: ['WorksheetCollection', 'ConditionalFormatCollection'], // sheets.add(name), conditionalFormats.add('Custom' | 'DataBar')
  address: ['Range'],
  columnCount: ['Range'],
  dataValidation: ['Range'],
  delete: ['ConditionalFormat'], // removing chiso's marks
  fill: ['RangeFormat', 'ConditionalRangeFormat'],
  font: ['RangeFormat', 'ConditionalRangeFormat'],
  format: ['Range', 'CustomConditionalFormat'],
  getItem: ['WorksheetCollection'],
  name: ['Worksheet', 'RangeFont'],
  numberFormat: ['Range'],
  rowCount: ['Range'],
  select: ['Range'],
  type: ['ConditionalFormat'],
  worksheet: ['Range'], // the selection's sheet
  // Fields of chiso's own objects (the spec's styles, cells, columns, margins; a validation rule's
  // message), not Excel's: the scan goes by name and cannot tell them apart.
  border: [],
  error: [],
  height: [],
  left: [],
  style: [],
  top: [],
  value: [],
  width: [],
};

/**
 * Every Excel member the adapter's code names (`.group(`, `.priority =`…), with the classes that
 * declare it and their sets: the class MEANT names, or else the highest set among the classes.
 */
function excelApisUsed(): Map<string, { version: string; owners: string[] }> {
  const declared = excelDeclarations();
  const dir = join(root, 'src/excel');
  const used = new Map<string, { version: string; owners: string[] }>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    // Comments and strings out: only code names APIs.
    const code = readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");
    for (const m of code.matchAll(/\.\s*([A-Za-z_]\w*)/g)) {
      const versions = declared.get(m[1]!);
      if (!versions || used.has(m[1]!)) continue;
      const meant = MEANT[m[1]!];
      if (meant !== undefined) {
        if (meant.length === 0) continue;
        // A class named by mistake (it does not declare the name) shows as a version no set has.
        const sets = meant.map((o) => versions.get(o) ?? '99.0');
        used.set(m[1]!, { version: sets.reduce((a, b) => (newer(a, b) ? a : b)), owners: [...meant] });
        continue;
      }
      const highest = [...versions.values()].reduce((a, b) => (newer(a, b) ? a : b));
      used.set(m[1]!, { version: highest, owners: [...versions].filter(([, v]) => v === highest).map(([o]) => o) });
    }
  }
  return used;
}

describe("Excel's own rules, checked without Excel", () => {
  const used = excelApisUsed();

  it('lists every Excel API the adapter calls, each in ExcelApi 1.9 or guarded by isSetSupported', () => {
    const lines = [...used].sort(([a], [b]) => a.localeCompare(b)).map(([name, u]) => `${name}\tExcelApi ${u.version}\t${u.owners.join(', ')}${GUARDED[name] ? `\tguarded: ${GUARDED[name]}` : ''}`);
    mkdirSync(join(root, 'out'), { recursive: true });
    writeFileSync(join(root, 'out/excel-apis.txt'), `${lines.join('\n')}\n`);
    // The scan really sees the adapter's calls and the declarations' sets (a broken scan would find none and pass).
    expect(used.get('setCellProperties')).toEqual({ version: '1.9', owners: ['Range'] });
    expect(used.get('createWorkbook')?.version).toBe('1.8');
    expect(used.get('suspendScreenUpdatingUntilNextSync')?.version).toBe('1.9');
    // By name the scan cannot tell Range.group (1.10) from Shape.group (1.9): the guarded names are checked by their class.
    expect(excelDeclarations().get('group')?.get('Range')).toBe('1.10');
    expect(used.size).toBeGreaterThan(40);
    const unguarded = [...used].filter(([name, u]) => newer(u.version, MINIMUM) && !GUARDED[name]).map(([name, u]) => `${u.owners.join('/')}.${name} (ExcelApi ${u.version})`);
    expect(unguarded).toEqual([]);
    // A guard for an API no longer used is stale; so is a class named for a name the code no longer uses.
    expect(Object.keys(GUARDED).filter((name) => !used.has(name))).toEqual([]);
    expect(Object.entries(MEANT).filter(([name, owners]) => owners.length > 0 && !used.has(name))).toEqual([]);
  });

  it("the guarded API's fallback: at ExcelApi 1.9 the sheets are made without outline groups, and the fake refuses Range.group there", async () => {
    const { spec } = seed();
    const fake = createFakeExcel({ apiVersion: MINIMUM });
    const host = createExcelHost(fake);
    expect(host.requirements()).toEqual({ ok: true, missingOptional: ['ExcelApi 1.10'] });
    await host.render(spec);
    expect(fake.workbook.sheet('PL2 PAR INDEX').groups).toEqual([]);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('PL2 PAR INDEX').getRange('5:6').group('ByRows');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  describe('the fake refuses what Excel refuses', () => {
    const refused = (write: (context: Excel.RequestContext) => void) => {
      const fake = createFakeExcel();
      fake.addSheet('S');
      return fake.Excel.run(async (context) => {
        write(context);
        await context.sync();
      });
    };

    it.each([['a name of 32 characters', 'x'.repeat(32)], ...[...'[]:*?/\\'].map((c) => [`a name with ${c}`, `PL2${c}PAR`])])('a sheet with %s', async (_, name) => {
      await expect(refused((c) => c.workbook.worksheets.add(name))).rejects.toMatchObject({ code: 'InvalidArgument' });
    });

    it('text over 32,767 characters in a cell, and a formula over 8,192', async () => {
      await expect(refused((c) => (c.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32768)]]))).rejects.toMatchObject({ code: 'InvalidArgument' });
      await expect(refused((c) => (c.workbook.worksheets.getItem('S').getRange('A1').formulas = [[`=${'1+'.repeat(4096)}1`]]))).rejects.toMatchObject({ code: 'InvalidArgument' });
      // At the limits themselves Excel takes them.
      await expect(refused((c) => (c.workbook.worksheets.getItem('S').getRange('A1').values = [['x'.repeat(32767)]]))).resolves.toBeUndefined();
      await expect(refused((c) => (c.workbook.worksheets.getItem('S').getRange('A1').formulas = [[`=${'1+'.repeat(4095)}1`]]))).resolves.toBeUndefined();
    });

    it('a request over 5 MB', async () => {
      await expect(refused((c) => (c.workbook.worksheets.getItem('S').getRange('A1:A200').values = Array.from({ length: 200 }, () => ['ạ'.repeat(10000)])))).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });

    it('and the adapter stays inside every limit: a task longer than a cell holds is cut to 32,767 characters, a plan sheet name too long is shortened', async () => {
      const { spec } = seed();
      const long = { ...spec, sheets: spec.sheets.map((s, i) => (i === 1 ? { ...s, name: `${s.name} — một tên trang dài quá ba mươi mốt ký tự: [x]`, rows: [...s.rows, { cells: [{ value: 'ạ'.repeat(40000) }] }] } : s)) };
      const fake = createFakeExcel();
      const r = await createExcelHost(fake).render(long);
      const made = r.sheets[1]!.actual;
      expect(made.length).toBeLessThanOrEqual(31);
      expect(String(fake.workbook.value(made, `A${long.sheets[1]!.rows.length}`))).toHaveLength(32767);
    });
  });
});
