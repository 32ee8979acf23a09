// Trunk post-build hook: moves Trunk's inline module loader into its own file and adds a
// Content-Security-Policy that forbids inline scripts, so no injected markup can ever run.
// Runs on the staging directory Trunk names in TRUNK_STAGING_DIR (or the directory given).
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const m = html.match(inline);
if (m) {
  const code = m[1].trim() + '\n';
  const hash = createHash('sha384').update(code).digest();
  const name = `init-${hash.toString('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  const sri = 'sha384-' + hash.toString('base64');
  html = html.replace(inline, `<script type="module" src="/${name}" integrity="${sri}" crossorigin="anonymous"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('csp.mjs: an inline script is left in index.html');
  process.exit(1);
}
const csp = [
  "default-src 'self'",
  // wasm-unsafe-eval lets the page compile its own WebAssembly; no inline or eval'd script runs.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Diagram SVGs carry their own <style> so that exports look the same as the screen.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
if (!html.includes('Content-Security-Policy')) {
  html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
}
writeFileSync(file, html);
