// Moves Trunk's inline module loader out of each page into its own file and adds a
// Content-Security-Policy that forbids inline scripts, so no injected markup can ever run.
// Run by scripts/post-build.mjs (Trunk's post-build hook) on every .html in Trunk's staging
// directory; `node scripts/csp.mjs DIR` runs it alone.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const POLICY = [
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

/** Applies the policy to `dir/page`; throws when an inline script would be left. */
export function csp(dir, page) {
  const file = join(dir, page);
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
    throw new Error(`csp.mjs: an inline script is left in ${page}`);
  }
  if (!html.includes('Content-Security-Policy')) {
    html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />`);
  }
  writeFileSync(file, html);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  for (const page of readdirSync(dir).filter((f) => f.endsWith('.html'))) csp(dir, page);
}
