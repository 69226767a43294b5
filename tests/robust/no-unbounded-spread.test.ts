import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Issue #12 §1: spreading an array into one call (`push(...rows)`, `Math.max(...values)`) puts
 * every element on the stack; past about 100,000 elements the call overflows it. That is how one
 * return with a big extra sheet stopped every compile. No code in src/ does it, except where the
 * array is cut into fixed chunks first (named here, each with its reason).
 */

const src = join(__dirname, '../../src');
const CHUNKED: Record<string, string> = {
  // 32 KB at a time into String.fromCharCode.
  'excel/names.ts': 'fromCharCode(...bytes.subarray(i, i + CHUNK))',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

it('no array is spread into the arguments of a call in src/', () => {
  const found: string[] = [];
  for (const file of files(src)) {
    const rel = relative(src, file);
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (/^\s*(\/\/|\*)/.test(line)) return;
      // `f(...x` or `f(a, ...x`: a spread among a call's arguments (inside an array or object literal it is fine).
      for (const m of line.matchAll(/[\w$\])]\s*\(([^()[\]{}]*?,\s*)?\.\.\.[\w$.]+/g)) {
        if (CHUNKED[rel] && line.includes(CHUNKED[rel]!)) continue;
        found.push(`${rel}:${i + 1}: ${m[0]}`);
      }
    });
  }
  expect(found).toEqual([]);
});
