import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** DESIGN §3: the pure core imports no Office.js, React, DOM, Node built-ins or xlsx library; only cli/ touches Node. */

const src = join(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

const CORE = ['plan', 'import', 'checks', 'sheets', 'agencies'];
const FORBIDDEN_IN_CORE = /from ['"](react|react-dom|@fluentui\/[^'"]*|exceljs|xlsx|fflate|office-addin-[^'"]*|node:[^'"]*|fs|path|os|child_process)['"]|\b(Excel|Office)\.(run|context|onReady)|\b(document|window)\.[a-zA-Z]+\(/;

describe('layers', () => {
  const all = files(src);

  it.each(CORE)('src/%s is pure', (folder) => {
    for (const file of all.filter((f) => relative(src, f).startsWith(folder + '/'))) {
      const offending = readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\*)/.test(l) && FORBIDDEN_IN_CORE.test(l));
      expect([relative(src, file), offending]).toEqual([relative(src, file), []]);
    }
  });

  it('the core never imports a shell or an adapter', () => {
    for (const file of all.filter((f) => CORE.some((c) => relative(src, f).startsWith(c + '/')))) {
      const text = readFileSync(file, 'utf8');
      expect([relative(src, file), /from ['"]\.\.\/(cli|taskpane|commands|excel|xlsx|strings)\b/.test(text)]).toEqual([relative(src, file), false]);
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
