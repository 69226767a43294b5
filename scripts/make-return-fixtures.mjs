// Writes tests/fixtures/returns/v<N>/ for the template version the writer writes now: filled returns
// of two recipients of the seed plan and expected.json (how: tests/support/return-fixtures.ts).
// Run it once when a new template version is added; a version's fixtures are never remade.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

await build({
  stdin: {
    contents: "import { writeReturnFixtures } from '../tests/support/return-fixtures'; writeReturnFixtures(process.cwd()).then((dir) => console.log('wrote ' + dir));",
    resolveDir: 'scripts',
    loader: 'ts',
  },
  // CommonJS, two folders below the project: tests/support/seed.ts finds seeds/ from __dirname.
  outfile: 'dist/tools/make-return-fixtures.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['dist/tools/make-return-fixtures.cjs'], { stdio: 'inherit' });
