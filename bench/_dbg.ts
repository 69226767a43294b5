import { quickBook } from '../src/xlsx/read';
import { readFileSync } from 'node:fs';
export function main() {
  const b = new Uint8Array(readFileSync('tests/fixtures/returns/v2/so-noi-vu.xlsx'));
  const q = quickBook(b)!; const s = q.sheets[1]!;
  for (let i = 100; i < 110; i++) { const q2 = quickBook(b)!.sheets[1]!; const t = s.text(i); const w = t.replace(/[a-z]/, (c) => (c === 'a' ? 'e' : 'a')); console.log(i, JSON.stringify(t).slice(0, 40), q2.textIs(i, w), t === w); }
}
