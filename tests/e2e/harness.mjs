// A small harness for Khung's end-to-end tests: serves the release bundle on loopback, drives
// Debian's headless Chromium through playwright-core, and reports "N passed, N failed".
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2',
  '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Serves `root` (and `extra` directories under their prefixes) on 127.0.0.1; resolves to its origin. */
export async function serve(root, extra = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      let base = root, path = decodeURIComponent(url.pathname);
      for (const [prefix, dir] of Object.entries(extra)) {
        if (path.startsWith(prefix)) { base = dir; path = path.slice(prefix.length - 1); }
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (!file.startsWith(normalize(base))) throw new Error('outside root');
      await stat(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Launches headless Chromium with the flags this closed network needs (playwright gives it a
 *  fresh, empty profile of its own). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

const tests = [];
/** Registers a test. */
export function test(name, fn) { tests.push({ name, fn }); }

/** Throws with `msg` unless `cond`. */
export function assert(cond, msg) { if (!cond) throw new Error(msg); }

/** Opens a fresh page on `url` that records uncaught errors, and waits for the app to start. */
export async function openApp(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(url);
  try {
    // Every view has a title; the first screen also draws its diagram.
    await page.waitForSelector('#view-title', { timeout: 20000 });
  } catch (e) {
    throw new Error(`the app did not start: ${page.errors.join(' | ') || e.message}`);
  }
  return page;
}

/** Opens the editor and starts a provincial framework for Lâm Đồng from its reference
 *  architecture, as "Khung mới…" does. */
export async function createProvince(page) {
  await page.click('.tab[data-view="#/editor"]');
  await page.click('text=Khung mới…');
  await page.selectOption('.new-framework select[name=kind]', 'province');
  await page.fill('.new-framework input[name=agency]', 'Lâm Đồng');
  await page.click('.new-framework button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Lâm Đồng'));
}

/** Opens the view's export menu, picks `kind` (`data-export`), saves the download in `dir` and
 *  resolves to its path. */
export async function downloadExport(page, kind, dir) {
  await page.click('.view-head .export-menu > button');
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return path;
}

/** Runs every registered test and exits non-zero if any failed. */
export async function run(dist) {
  const server = await serve(dist);
  // The example portal, on another origin, as a real portal would be.
  const portal = await serve(new URL('../portal/', import.meta.url).pathname);
  const browser = await launch();
  let passed = 0, failed = 0;
  for (const t of tests) {
    const started = Date.now();
    try {
      await t.fn({ browser, origin: server.origin, portal: portal.origin });
      passed++;
      console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}: ${e.stack ?? e}`);
    }
  }
  await browser.close();
  server.close();
  portal.close();
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
