import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeInflate } from '../../src/cli/inflate';
import { readWorkbook } from '../../src/xlsx/read';
const dir = process.argv[2]!;
const files = readdirSync(dir).sort().slice(0, 100).map((f) => new Uint8Array(readFileSync(join(dir, f))));
const t0 = performance.now();
for (let k = 0; k < 3; k++) for (const b of files) await readWorkbook(b, {}, nodeInflate);
console.log('read only', ((performance.now() - t0) / 3).toFixed(0), 'ms per 100');
