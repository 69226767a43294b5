import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Issue #12 §1: spreading an array into one call (`push(...rows)`, `Math.max(...values)`) puts
 * every element on the stack; past about 100,000 elements the call overflows it. That is how one
 * return with a big extra sheet stopped every compile. No code in src/ does it, except where the
 * array is cut into fixed chunks first (named here, each with its reason).
 */

const src = join(__dirname, '../../src');
const CHUNKED: Record<string, string[]> = {
  // 32 KB at a time into String.fromCharCode.
  'excel/names.ts': ['fromCharCode(...bytes.subarray(i, i + CHUNK))'],
  // 8 KB at a time.
  'import/decode.ts': ['String.fromCharCode(...codes)'],
  'pdf/bomb-guard.ts': ['fromCharCode(...bytes.subarray(i, i + 8192))'],
  // The first 1 KB; and the four or five corners of one drawn box.
  'pdf/read-pdf.ts': ['fromCharCode(...bytes.subarray(0, Math.min(1024, bytes.length)))', 'Math.min(...xs)', 'Math.max(...xs)', 'Math.min(...ys)', 'Math.max(...ys)'],
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
        if (CHUNKED[rel]?.some((bounded) => line.includes(bounded))) continue;
        found.push(`${rel}:${i + 1}: ${m[0]}`);
      }
    });
  }
  expect(found).toEqual([]);
});
