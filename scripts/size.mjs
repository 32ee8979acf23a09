// Prints what a browser downloads on first load of the bundle in DIR, gzipped, per file and in
// total, so the size of each change is visible in CI's log. The on-demand worker (extras*, see
// app/src/extras.rs) is fetched only when a user asks for a report: listed apart, not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const onDemand = (name) => name.startsWith('extras');
let raw = 0, gz = 0, later = 0;
const rows = [];
for (const name of readdirSync(dir).sort()) {
  const p = join(dir, name);
  if (!statSync(p).isFile()) continue;
  const data = readFileSync(p);
  const z = gzipSync(data, { level: 9 }).length;
  if (onDemand(name)) { later += z; rows.push([name + '  (on demand)', data.length, z]); continue; }
  raw += data.length; gz += z;
  rows.push([name, data.length, z]);
}
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
for (const [n, r, z] of rows) console.log(`${kb(r)} raw ${kb(z)} gzip  ${n}`);
console.log(`${kb(raw)} raw ${kb(gz)} gzip  TOTAL (first load)`);
console.log(`${kb(later)} gzip on demand (extras worker, first report)`);
