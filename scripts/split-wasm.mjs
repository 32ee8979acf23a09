// Splits index.html's wasm into the main module and chunks fetched on demand: the step
// cargo-leptos runs for Leptos's `#[lazy]` and Trunk 0.21 lacks. Run by scripts/post-build.mjs
// on Trunk's staging directory, right after Trunk built index.html (with the app's `lazy`
// feature, so the wasm Cargo linked carries its relocations and split points, and with Trunk's
// wasm-opt off), and before any other page's build reuses the target directory.
//
// 1. tools/wasm-split (the library cargo-leptos uses) cuts Cargo's linked wasm at its split
//    points into a main module, one .wasm per chunk and a JS link file that fetches them;
// 2. wasm-bindgen (with --keep-lld-exports, which the chunks link against) makes the main
//    module's glue, replacing the glue Trunk made from the unsplit wasm under the same names;
// 3. wasm-opt -Oz shrinks the main module and each chunk;
// 4. the chunks get content-hashed names, the page preloads the link file, and the page's
//    integrity hashes are recomputed for the files that changed.
// Fails (exit 1) with what and where when a step fails, so the build never ships a page whose
// wasm imports chunks that are not there.
//
// Usage: node scripts/split-wasm.mjs STAGING_DIR [PAGE]   (PAGE: index.html by default)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The wasm features every browser the app supports has; the same list as the pages'
// data-wasm-opt-params (Trunk's wasm-opt is off for a split page: this script runs it).
const WASM_OPT = ['-Oz', '--enable-bulk-memory', '--enable-bulk-memory-opt', '--enable-nontrapping-float-to-int',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const fail = (why) => {
  console.error(`split-wasm: ${why}`);
  process.exit(1);
};
const run = (cmd, args, what) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.error) fail(`${what}: cannot run ${cmd} (${r.error.message})`);
  if (r.status !== 0) fail(`${what} failed (${cmd} ${args.join(' ')})`);
  return r.stdout;
};
const sha = (data, alg = 'sha256') => createHash(alg).update(data).digest();

const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? 'dist';
const page = process.argv[3] ?? 'index.html';
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';
let html = readFileSync(join(staging, page), 'utf8');

// The glue and wasm Trunk made for the page: `/app-<hash>.js`, `/app-<hash>_bg.wasm`.
const glue = html.match(/<link rel="modulepreload" href="\/([^"]+\.js)"/)?.[1];
const wasm = html.match(/<link rel="preload" href="\/([^"]+_bg\.wasm)"/)?.[1];
if (!glue || !wasm) fail(`${page} preloads no wasm-bindgen glue and wasm (Trunk's output changed?)`);
const stem = glue.replace(/\.js$/, '');

// Cargo's linked wasm: the page's binary, under the workspace's target directory.
const meta = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline'], 'reading the workspace'));
const linked = join(meta.target_directory, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'app.wasm');
if (!existsSync(linked)) fail(`${linked} is missing: build ${page} with Trunk first`);
const input = readFileSync(linked);
if (!input.includes(Buffer.from('__wasm_split_placeholder__'))) {
  fail(`${linked} has no split point: ${page} must be built with the app's \`lazy\` feature`);
}
if (!input.includes(Buffer.from('reloc.CODE'))) {
  fail(`${linked} was linked without --emit-relocs (app/build.rs adds it with the \`lazy\` feature)`);
}

// 1. Split.
const work = join(meta.target_directory, 'wasm-split');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'chunks'), { recursive: true });
const link = `${stem}-split.js`;
const tool = ['run', '-q', '--release', '--locked', '-p', 'wasm-split-tool', '--'];
const chunks = run('cargo', [...tool, linked, join(work, 'chunks'), join(work, 'main.wasm'), `./${glue}`, `./${link}`], 'splitting the wasm')
  .split('\n').filter(Boolean);
if (chunks.length === 0) fail('the split made no chunk');

// 2. The main module's glue.
run('wasm-bindgen', ['--target=web', `--out-dir=${join(work, 'bindgen')}`, '--out-name=app', '--no-typescript',
  '--keep-lld-exports', join(work, 'main.wasm')], 'wasm-bindgen on the main module');
copyFileSync(join(work, 'bindgen', 'app.js'), join(staging, glue));

// 3. Optimise the main module and the chunks.
run('wasm-opt', [...WASM_OPT, join(work, 'bindgen', 'app_bg.wasm'), '-o', join(staging, wasm)], 'wasm-opt on the main module');
let linkJs = readFileSync(join(work, 'chunks', link), 'utf8');
const names = [];
for (const chunk of chunks) {
  const base = chunk.split(/[\\/]/).pop();
  const optimised = join(work, 'opt-' + base);
  run('wasm-opt', [...WASM_OPT, chunk, '-o', optimised], `wasm-opt on ${base}`);
  const data = readFileSync(optimised);
  // 4. Content-hashed names, so a browser's cached chunk is never stale.
  const name = `${stem}-${base.replace(/\.wasm$/, '')}-${sha(data).toString('hex').slice(0, 16)}.wasm`;
  if (!linkJs.includes(`"./${base}"`)) fail(`the link file does not name ${base}`);
  linkJs = linkJs.replaceAll(`"./${base}"`, `"./${name}"`);
  writeFileSync(join(staging, name), data);
  names.push(name);
}
writeFileSync(join(staging, link), linkJs);

// The page: integrity hashes for the replaced glue and wasm, and a preload for the link file,
// which the glue imports (so the browser fetches it with the glue, not one round trip later).
const sri = (file) => 'sha384-' + sha(readFileSync(join(staging, file)), 'sha384').toString('base64');
const reintegrate = (file) => {
  const tag = new RegExp(`(<link rel="(?:modulepreload|preload)" href="/${file.replace(/[.]/g, '\\.')}"[^>]*integrity=")[^"]*(")`);
  if (!tag.test(html)) fail(`${page} has no preload of ${file} with an integrity hash`);
  html = html.replace(tag, `$1${sri(file)}$2`);
};
reintegrate(glue);
reintegrate(wasm);
html = html.replace(/(<link rel="modulepreload" href="\/[^"]+\.js"[^>]*>)/,
  `$1<link rel="modulepreload" href="/${link}" crossorigin="anonymous" integrity="${sri(link)}">`);
writeFileSync(join(staging, page), html);
console.error(`split-wasm: ${page}: main module ${wasm}, link file ${link}, ${names.length} chunk(s): ${names.join(', ')}`);
