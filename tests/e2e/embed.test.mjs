// Embedding and safety: the example portal page embeds Khung, receives its height, switches
// views and gets the SVG back; messages from undeclared origins are ignored; hostile names
// never execute; the page runs under a CSP without inline scripts.
import { test, assert, openApp } from './harness.mjs';

test('the example portal embeds a view, gets its height and its SVG', async ({ browser, origin, portal }) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${portal}/index.html?app=${encodeURIComponent(origin + '/')}&view=ref/province`);
  await page.waitForFunction(() => window.khungPortal && window.khungPortal.heights.length > 0, null, { timeout: 20000 });
  await page.waitForTimeout(500); // let the embed settle
  const height = await page.evaluate(() => window.khungPortal.heights.at(-1));
  assert(height > 200, `height ${height}`);
  const frameHeight = await page.$eval('iframe', (f) => Number(f.height));
  assert(frameHeight === height, `iframe ${frameHeight} vs ${height}`);
  // The iframe now shows the whole embed: no scrolling inside it.
  const frameEl = page.frames().find((f) => f.url().includes('embed'));
  const inner = await frameEl.evaluate(() => document.documentElement.scrollHeight);
  assert(inner <= frameHeight, `content ${inner} taller than the iframe ${frameHeight}`);

  await page.click('#get-svg');
  await page.waitForFunction(() => window.khungPortal.svgs.length === 1);
  const svg = await page.evaluate(() => window.khungPortal.svgs[0].svg);
  assert(svg.startsWith('<svg') && svg.includes('cấp tỉnh'), 'the SVG is not the provincial reference architecture');

  await page.click('#to-national');
  await page.click('#get-svg');
  await page.waitForFunction(() => window.khungPortal.svgs.length === 2);
  const national = await page.evaluate(() => window.khungPortal.svgs[1].svg);
  assert(national.includes('Kênh tương tác và đo lường hiệu quả'), 'view switch did not happen');

  // Loading a framework by message.
  await page.evaluate(() => window.khungPortal.send({ type: 'khung:load', framework: {
    schema: 'khung/framework@1', title: 'Khung xã mẫu', kind: 'commune',
    components: [{ id: 'a', name: 'Cổng thông tin xã', layer: 4 }] } }));
  await page.evaluate(() => window.khungPortal.send({ type: 'khung:getSvg', requestId: 'x' }));
  await page.waitForFunction(() => window.khungPortal.svgs.length === 3);
  assert((await page.evaluate(() => window.khungPortal.svgs[2].svg)).includes('Cổng thông tin xã'), 'framework not loaded');
  // The embed has no editing chrome.
  const frame = page.frames().find((f) => f.url().includes('embed'));
  assert(await frame.$('.editor-tools') === null && await frame.$('.tabs') === null, 'editing chrome in the embed');
  assert(errors.length === 0, errors.join(' | '));
});

test('messages from an undeclared origin are ignored', async ({ browser, origin, portal }) => {
  const page = await browser.newPage();
  // The portal declares its own origin; this page (the app's origin) is not declared. An old
  // `/?embed` link lands on the lean embed page, keeping its query and fragment.
  await page.goto(`${origin}/?embed&origins=${encodeURIComponent(portal)}#/national`);
  await page.waitForSelector('.diagram-content svg');
  const landed = new URL(page.url());
  assert(landed.pathname === '/embed.html' && landed.search.includes('origins=') && landed.hash === '#/national', `old embed link landed on ${page.url()}`);
  const before = await page.textContent('.embed-title');
  await page.evaluate(() => window.postMessage({ type: 'khung:view', view: 'catalogue' }, '*'));
  await page.waitForTimeout(300);
  assert(await page.textContent('.embed-title') === before, 'acted on a message from an undeclared origin');
});

test('hostile names stay text and nothing runs; the page has a CSP without inline scripts', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert(csp.includes("script-src 'self' 'wasm-unsafe-eval'") && !csp.includes("'unsafe-inline' 'self'"), csp);
  assert(await page.$$eval('script:not([src])', (s) => s.length) === 0, 'an inline script is in the page');
  const hostile = ['<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=2">', ']]><svg onload="window.__pwned=3">', '=HYPERLINK("http://x")'];
  const fw = { schema: 'khung/framework@1', title: hostile[1], kind: 'province', agency: hostile[0],
    components: hostile.map((n, i) => ({ id: 'h' + i, name: n, description: n, layer: 1 + (i % 4) })) };
  const data = await page.evaluate(async (json) => json, JSON.stringify(fw));
  // Import through the file picker, as a user would.
  await page.click('.tab[data-view="#/editor"]');
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const file = join(mkdtempSync(join(tmpdir(), 'khung-')), 'hostile.json');
  writeFileSync(file, data);
  await page.setInputFiles('.file-button input[type=file]', file);
  await page.waitForSelector('.notice.info');
  const names = await page.$$eval('.diagram-content g.node', (els) => els.map((e) => e.getAttribute('aria-label')));
  for (const h of hostile) assert(names.includes(h), `name not kept as text: ${h}`);
  await page.click('.outline summary');
  await page.waitForTimeout(200);
  assert(await page.$$eval('.diagram-content img, .outline img, .diagram-content script', (e) => e.length) === 0, 'markup was created');
  assert(await page.evaluate(() => window.__pwned) === undefined, 'a hostile name executed');
});

test('embed.html is a lean entry of its own: one view, zoom and pan, not the app wasm', async ({ browser, origin }) => {
  const index = await (await fetch(origin + '/')).text();
  const appWasm = index.match(/href="\/?([^"]+_bg\.wasm)"/)[1];
  const page = await browser.newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.slice(1)); });
  await page.goto(`${origin}/embed.html#/ref/province`);
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  assert((await page.textContent('.embed-title')).includes('cấp tỉnh'), 'not the provincial reference architecture');
  assert(wasm.length === 1 && wasm[0] !== appWasm, `the embed fetched ${wasm.join(', ')} (the app's is ${appWasm})`);
  assert(await page.$('.tabs') === null && await page.$('.topbar') === null, 'app chrome in the embed');
  const before = await page.textContent('.zoom-level');
  await page.focus('.diagram');
  await page.keyboard.press('+');
  const after = await page.textContent('.zoom-level');
  assert(parseInt(after) > parseInt(before), `zoom ${before} → ${after}`);
});
