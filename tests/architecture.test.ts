import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * DESIGN §3: folders depend one way, as the table below allows; the pure core imports no Office.js,
 * React, DOM, Node built-ins or xlsx library; only cli/ touches Node.
 */

const src = join(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/**
 * Which folder may import which. Read a row as "X may import these"; an import not listed fails
 * the test, and the table itself must have no cycle. Layers, bottom up: the model; the pure core
 * (import, checks, agencies, the generic workbook kit and the three workbook formats, each owning
 * its layout, writer and reader); words; adapters; the application layer; the shells.
 */
const ALLOWED: Record<string, readonly string[]> = {
  plan: [],
  periods: ['plan'],
  agencies: ['plan'],
  import: ['plan', 'agencies', 'workbook-kit'],
  checks: ['plan'],
  'workbook-kit': ['plan'],
  'plan-workbook': ['plan', 'periods', 'workbook-kit', 'checks', 'agencies'],
  'agency-workbook': ['plan', 'workbook-kit', 'agencies', 'plan-workbook'],
  'master-workbook': ['plan', 'workbook-kit', 'agencies', 'periods'],
  strings: ['plan', 'periods', 'workbook-kit', 'plan-workbook', 'agencies', 'import'],
  report: ['plan', 'master-workbook'],
  'docx-write': ['report'],
  xlsx: ['plan', 'workbook-kit', 'agency-workbook'],
  excel: ['plan', 'workbook-kit'],
  pdf: ['plan', 'import'],
  app: ['plan', 'periods', 'import', 'checks', 'agencies', 'workbook-kit', 'plan-workbook', 'agency-workbook', 'master-workbook', 'strings', 'xlsx', 'report', 'docx-write', 'pdf'],
  taskpane: ['plan', 'periods', 'import', 'checks', 'agencies', 'workbook-kit', 'plan-workbook', 'agency-workbook', 'master-workbook', 'strings', 'xlsx', 'excel', 'app', 'report', 'docx-write', 'pdf'],
  cli: ['plan', 'periods', 'import', 'checks', 'agencies', 'workbook-kit', 'plan-workbook', 'agency-workbook', 'master-workbook', 'strings', 'xlsx', 'app', 'report', 'docx-write', 'pdf'],
};

const CORE = ['plan', 'periods', 'import', 'checks', 'agencies', 'workbook-kit', 'plan-workbook', 'agency-workbook', 'master-workbook', 'report'];
const FORBIDDEN_IN_CORE = /from ['"](react|react-dom|@fluentui\/[^'"]*|exceljs|xlsx|docx|fflate|office-addin-[^'"]*|node:[^'"]*|fs|path|os|child_process)['"]|\b(Excel|Office)\.(run|context|onReady)|\b(document|window)\.[a-zA-Z]+\(/;

describe('layers', () => {
  const all = files(src);

  it.each(CORE)('src/%s is pure', (folder) => {
    for (const file of all.filter((f) => relative(src, f).startsWith(folder + '/'))) {
      const offending = readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\*)/.test(l) && FORBIDDEN_IN_CORE.test(l));
      expect([relative(src, file), offending]).toEqual([relative(src, file), []]);
    }
  });

  it('every folder of src/ is in the table', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect(folders.filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('folders import only what the table allows', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const from = relative(src, file).split('/')[0]!;
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"]\.\.\/([a-z-]+)/g)) {
        const to = m[1]!;
        if (to !== from && !(ALLOWED[from] ?? []).includes(to)) wrong.push(`${relative(src, file)} -> ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the allowed edges have no cycle, so no two folders depend on each other', () => {
    const seen = new Map<string, 'open' | 'done'>();
    const cycle: string[] = [];
    const visit = (f: string, path: string[]): void => {
      if (seen.get(f) === 'done') return;
      if (seen.get(f) === 'open') return void cycle.push([...path, f].join(' -> '));
      seen.set(f, 'open');
      for (const to of ALLOWED[f] ?? []) visit(to, [...path, f]);
      seen.set(f, 'done');
    };
    for (const f of Object.keys(ALLOWED)) visit(f, []);
    expect(cycle).toEqual([]);
  });

  it('the core never imports a shell or an adapter', () => {
    for (const file of all.filter((f) => CORE.some((c) => relative(src, f).startsWith(c + '/')))) {
      const text = readFileSync(file, 'utf8');
      expect([relative(src, file), /from ['"]\.\.\/(cli|taskpane|app|excel|xlsx|strings)\b/.test(text)]).toEqual([relative(src, file), false]);
    }
  });

  it('only cli/ touches process', () => {
    for (const file of all.filter((f) => !relative(src, f).startsWith('cli/'))) {
      expect([relative(src, file), /\bprocess\.(argv|exit|stdout|stderr|env|cwd)/.test(readFileSync(file, 'utf8'))]).toEqual([relative(src, file), false]);
    }
  });

  it('no file uses any', () => {
    for (const file of all) {
      expect([relative(src, file), /:\s*any\b|<any>|\bas any\b/.test(readFileSync(file, 'utf8'))]).toEqual([relative(src, file), false]);
    }
  });
});
