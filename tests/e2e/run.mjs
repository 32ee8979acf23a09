// Entry point: `node tests/e2e/run.mjs DIST` runs every *.test.mjs here against the bundle in DIST.
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
// E2E_ONLY=editor,findings runs only the files whose names contain one of those words.
const only = (process.env.E2E_ONLY ?? '').split(',').filter(Boolean);
const wanted = (f) => only.length === 0 || only.some((w) => f.includes(w));
for (const f of readdirSync(here).filter((f) => f.endsWith('.test.mjs') && wanted(f)).sort()) {
  await import(resolve(here, f));
}
await run(resolve(process.argv[2] ?? 'dist'));
