// What a browser downloads on first load of each entry page of the bundle in DIST, gzipped and
// brotli-compressed, against its budget: the app (index.html), the embed (embed.html) and the
// editor page (editor.html, which the app opens when the user opens the editor). Exits 1 when
// one is over, so the test command fails.
//
// The goals are 300 KiB gzipped for the app and 150 KiB for the embed; both are reached, and
// the app's budget is now its goal. Each other budget holds the size reached, with a little
// headroom, so that a first load can only shrink. Lower a budget when a change shrinks it.
//
// "First load" is the page, what it references (stylesheets, icon, preloads, scripts and the
// modules they import statically) and the wasm its loader fetches. Code loaded later on demand
// (a dynamic `import()`, a worker, a wasm chunk of a split view: scripts/split-wasm.mjs) is
// listed apart and does not count.
//
// Usage: node scripts/size.mjs [DIST] [OUT]   (writes the table to OUT, target/size.txt by default)
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'target/size.txt';
const KiB = 1024;
const GOALS = { app: 300 * KiB, embed: 150 * KiB };
const BUDGETS = [
  // Reached on 2026-11-29 (bench/size.txt): app 540.0, embed 395.8, editor page 778.2 KiB; then
  // the app 418.1 KiB (the second pass of README, "Size of the first load"), then 401.1 KiB with
  // the layers, platforms and reference architectures compiled in as static data (issue 15),
  // 391.4 KiB with the reference seeds parsed by the browser and read without serde, and 346.0
  // KiB apart with the views a first diagram does not need split into chunks fetched on demand;
  // 333.7 KiB with both; 286.7 KiB on 30 Nov with the framework reader, the print path's JSON
  // writer and gloo's typed storage out of the first load (the goal, 300 KiB, is the budget).
  { page: 'index.html', what: 'app', gzip: 300 * KiB },
  // The embed became a crate of its own (embed/, no Leptos) on 2026-11-29: 140.1 KiB, then 127.5
  // KiB with the app's second pass merged (NFC without the compatibility tables, one sort).
  { page: 'embed.html', what: 'embed', gzip: 135 * KiB },
  // The editor page grew to 823.7 KiB with the import preview, badge tooltips and the rules'
  // English texts (merged after the budget was set), then shrank to 770.8 KiB (one sort, NFC
  // without the compatibility tables) and grew to 778.1 KiB with the overlap rules' vocabulary,
  // then 761.1 KiB with the catalogue's static data, and 770.3 KiB with the words of the rules
  // kept inline (compact_str) and the overlap work of 30 Nov.
  { page: 'editor.html', what: 'editor page (opened from the app)', gzip: 780 * KiB },
];

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** A same-origin path in the bundle for `ref` as written in `from` (a path in the bundle). */
function resolveRef(ref, from) {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith('//') || ref.startsWith('#')) return null;
  const clean = ref.split(/[?#]/)[0];
  const p = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(from), clean);
  return posix.normalize(p);
}

/** The files a page makes the browser fetch before it can show anything, in fetch order. */
function firstLoad(page) {
  const seen = new Set();
  const visit = (path) => {
    if (!path || seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const text = readFileSync(join(dist, path), 'utf8');
    if (path.endsWith('.html')) {
      for (const m of text.matchAll(/<(?:link|script)\b[^>]*>/g)) {
        const tag = m[0];
        const rel = tag.match(/\brel="([^"]*)"/)?.[1] ?? '';
        const ref = tag.match(/\b(?:href|src)="([^"]*)"/)?.[1];
        // Prefetch hints are for later; everything else a page links is fetched now.
        if (ref && !/\bprefetch\b/.test(rel)) visit(resolveRef(ref, path));
      }
    } else if (path.endsWith('.js')) {
      // Static imports load with the module; a dynamic import() is code on demand.
      for (const m of text.matchAll(/(?:^|[;\s}])(?:import|export)\s[^'"();]*?from\s*['"]([^'"]+)['"]/g)) visit(resolveRef(m[1], path));
      for (const m of text.matchAll(/(?:^|[;\s}])import\s*['"]([^'"]+)['"]/g)) visit(resolveRef(m[1], path));
      // The loader names the wasm it instantiates. A wasm named as `new URL(…, import.meta.url)`
      // is fetched by a function when called: the split link file's chunks (fetched when a view
      // needs one) and the glue's fallback path (unused: the loader names the wasm).
      for (const m of text.matchAll(/(new URL\(\s*)?['"]([^'"]+\.wasm)['"]/g)) {
        if (!m[1]) visit(resolveRef(m[2], path));
      }
    }
  };
  visit(page);
  return [...seen];
}

const row = (name, raw, z, b) =>
  `${(raw / KiB).toFixed(1).padStart(8)} KiB raw ${(z / KiB).toFixed(1).padStart(7)} KiB gzip ${(b / KiB).toFixed(1).padStart(7)} KiB brotli  ${name}`;

const lines = [];
let over = false;
const counted = new Set();
for (const { page, what, gzip: budget } of BUDGETS) {
  if (!existsSync(join(dist, page))) {
    lines.push(`${what}: ${page} is missing from ${dist}`);
    over = true;
    continue;
  }
  lines.push(`${what} first load (${page}):`);
  let raw = 0, z = 0, b = 0;
  for (const f of firstLoad(page)) {
    const data = readFileSync(join(dist, f));
    const [fz, fb] = [gz(data), br(data)];
    raw += data.length; z += fz; b += fb;
    counted.add(f);
    lines.push(row(f, data.length, fz, fb));
  }
  const ok = budget === null || z <= budget;
  over ||= !ok;
  const goal = GOALS[what] ? `, goal ${GOALS[what] / KiB} KiB: ${z <= GOALS[what] ? 'reached' : 'not yet'}` : '';
  const verdict = budget === null ? '' : `  — budget ${budget / KiB} KiB gzip: ${ok ? 'within' : 'OVER'}${goal}`;
  lines.push(row('TOTAL', raw, z, b) + verdict);
  lines.push('');
}

// Everything else in the bundle is fetched on demand (or never): listed so it stays visible.
const rest = [];
const walk = (d) => {
  for (const name of readdirSync(join(dist, d)).sort()) {
    const p = d ? `${d}/${name}` : name;
    if (statSync(join(dist, p)).isDirectory()) walk(p);
    else if (!counted.has(p) && !/\.(br|gz)$/.test(p)) rest.push(p);
  }
};
walk('');
if (rest.length) {
  lines.push('on demand (not in any first load):');
  for (const f of rest) {
    const data = readFileSync(join(dist, f));
    lines.push(row(f, data.length, gz(data), br(data)));
  }
}

const text = lines.join('\n');
console.log(text);
mkdirSync(dirname(normalize(out)), { recursive: true });
writeFileSync(out, text + '\n');
if (over) {
  console.error('size.mjs: a first load is over its budget (see above)');
  process.exit(1);
}
