import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiler } from '../src/agencies/compile';
import { parseCommuneList } from '../src/agencies/communes';
import { withBundledCommunes } from '../src/agencies/members';
import { assign, hasWork } from '../src/agencies/recipients';
import { returnReader } from '../src/agency-workbook/read';
import { nodeInflate } from '../src/cli/inflate';
import { importPlan } from '../src/import';
import { asReturn, readWorkbookSync } from '../src/xlsx/read';
import { workerReaders } from '../src/cli/readers';
import { compileFolder, returnFiles } from '../src/cli/returns';
import { workerPool } from '../src/cli/worker-pool';
import { floorRead, makeReturns } from './reader';

/**
 * A harness for profiling the reader (node --cpu-prof dist/bench/profile.mjs MODE N): `make N`
 * writes N filled returns and prints their folder; `read DIR`, `compile DIR`, `cli DIR` and `floor DIR`
 * run one path over them, in process, and print its time and CPU time. `extract DIR` reads every
 * file first and times only what follows the xlsx reader: returnReader, compiler add and result.
 */
const [mode, arg, reps = '1'] = process.argv.slice(2);
const r = importPlan({ kind: 'text', text: readFileSync(join(process.cwd(), 'seeds/ke-hoach-159-KH-UBND-2025.txt'), 'utf8') });
if (!r.ok) throw new Error('import failed');
const communes = parseCommuneList(readFileSync(join(process.cwd(), 'seeds/hanoi-communes-2025.md'), 'utf8')).units;
const plan = withBundledCommunes(r.plan, communes).plan;
const { assignments } = assign(plan);
if (mode === 'make') {
  const { dir } = await makeReturns(plan, assignments.filter(hasWork), Number(arg));
  console.log(dir);
} else {
  const dir = arg!;
  const files = readdirSync(dir).sort();
  const bytes = files.map((f) => new Uint8Array(readFileSync(join(dir, f))));
  // Read up front for `extract`, so its clock sees only the agency reader and the compiler.
  const returns = mode === 'extract' ? files.map((f, i) => asReturn(f, i, readWorkbookSync(bytes[i]!, {}, nodeInflate))) : [];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let out = 0;
  // Per round too: on a shared machine the median round says more than the total.
  const rounds: number[] = [];
  for (let k = 0; k < Number(reps); k++) {
    const r0 = process.cpuUsage();
    if (mode === 'floor') for (const b of bytes) out += floorRead(b);
    else if (mode === 'read') for (const b of bytes) out += readWorkbookSync(b, {}, nodeInflate).ok ? 1 : 0;
    else if (mode === 'cli') {
      // The command line's path: the folder listed, each file read and reduced in the reader worker.
      const listed = await returnFiles(dir);
      if (!listed.ok) throw new Error(`returns folder: ${listed.problem}`);
      const pool = workerPool(join(process.cwd(), 'dist/read-worker.mjs'), { size: 2 });
      out += (await compileFolder(listed.files, { plan, assignments, readers: workerReaders(pool) })).compiled.values.length;
      await pool.close();
    } else if (mode === 'extract') {
      const c = compiler(plan, assignments);
      const reader = returnReader(plan, assignments);
      for (const ret of returns) c.add(reader(ret));
      out += c.result().values.length;
    }
    else {
      const c = compiler(plan, assignments);
      const reader = returnReader(plan, assignments);
      for (let i = 0; i < bytes.length; i++) c.add(reader(asReturn(files[i]!, i, readWorkbookSync(bytes[i]!, {}, nodeInflate))));
      out += c.result().values.length;
    }
    const r1 = process.cpuUsage(r0);
    rounds.push((r1.user + r1.system) / 1000);
  }
  // ROUNDS=1: each round's CPU ms too (the first pays for warming up the JIT).
  if (process.env.ROUNDS) console.log(rounds.map((x) => x.toFixed(0)).join(' '));
  const median = [...rounds].sort((a, b) => a - b)[Math.floor(rounds.length / 2)] ?? 0;
  const cpu = process.cpuUsage(c0);
  console.log(`${mode} ${files.length}×${reps}: ${(performance.now() - t0).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms cpu (median round ${median.toFixed(0)} ms cpu), ${out}`);
}
