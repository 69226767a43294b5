#!/usr/bin/env node
// The CLI is bundled into dist/ by `npm install` (the prepare script) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('chiso: the CLI is not built yet. Run "npm ci" (or "npm run build:cli") in the project folder first.\n');
  process.exit(2);
}
await import(bundle);
