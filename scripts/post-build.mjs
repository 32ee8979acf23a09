// Trunk's post-build hook (one hook, so its steps run in order; Trunk runs hooks of one stage at
// the same time). On the staging directory Trunk names in TRUNK_STAGING_DIR:
// 1. splits index.html's wasm into the main module and the chunks its views fetch on demand
//    (scripts/split-wasm.mjs), before another page's build reuses the target directory;
// 2. builds the app's other pages with one more Trunk run each (Trunk builds one page per run),
//    and puts them and their files beside index.html: app/editor.html (the whole app, with the
//    editor) and app/embed.html (the lean read-only embed); see the features in app/Cargo.toml;
// 3. moves each page's inline loader into a file and adds the CSP (scripts/csp.mjs);
// 4. writes a brotli (.br) and a gzip (.gz) copy of every text and wasm file, for servers that
//    send precompressed files (scripts/serve.sh does).
// The nested runs see KHUNG_NESTED_BUILD and do step 3 only.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { csp } from './csp.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const nested = process.env.KHUNG_NESTED_BUILD === '1';

if (!nested) {
  const r = spawnSync('node', ['scripts/split-wasm.mjs', staging, 'index.html'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

for (const page of nested ? [] : ['editor.html', 'embed.html']) {
  const out = `target/dist-${page.replace('.html', '')}`;
  rmSync(out, { recursive: true, force: true });
  const args = ['build', `app/${page}`, '--html-output', page, '--dist', out];
  if (process.env.TRUNK_PROFILE === 'release') args.push('--release');
  const r = spawnSync('trunk', args, { stdio: 'inherit', env: { ...process.env, KHUNG_NESTED_BUILD: '1' } });
  if (r.status !== 0) {
    console.error(`post-build: trunk build app/${page} failed`);
    process.exit(1);
  }
  cpSync(out, staging, { recursive: true });
}

for (const page of readdirSync(staging).filter((f) => f.endsWith('.html'))) csp(staging, page);

if (!nested) {
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  for (const f of walk(staging).filter((f) => /\.(html|js|wasm|css|svg|json)$/.test(f))) {
    const data = readFileSync(f);
    writeFileSync(f + '.br', brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
    writeFileSync(f + '.gz', gzipSync(data, { level: 9 }));
  }
}
