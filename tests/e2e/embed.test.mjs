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

/** A framework as the app's share links carry it: its JSON, raw-deflated, base64url. */
async function shareLink(fw) {
  const { deflateRawSync } = await import('node:zlib');
  return deflateRawSync(Buffer.from(JSON.stringify(fw))).toString('base64url');
}

test('a share link opens in the embed, drawn by the framework worker fetched only then', async ({ browser, origin }) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname); });
  await page.goto(`${origin}/embed.html#/national`);
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  await page.waitForTimeout(300);
  assert(wasm.length === 1, `a catalogue view fetched ${wasm.join(', ')}`);
  const fw = { schema: 'khung/framework@1', title: 'Khung xã Đạ Tẻh', kind: 'commune',
    components: [{ id: 'a', name: 'Cổng thông tin xã', layer: 4 }, { id: 'b', name: 'Hệ thống một cửa', layer: 3 }],
    connections: [{ id: 'c1', from: 'a', to: 'b' }] };
  await page.goto(`${origin}/embed.html?lang=en#/fw/${await shareLink(fw)}/b`);
  await page.waitForFunction(() => document.querySelector('.embed-title')?.textContent === 'Khung xã Đạ Tẻh', null, { timeout: 20000 });
  assert(wasm.some((p) => p.includes('embed_frameworks')), `the worker was not fetched: ${wasm.join(', ')}`);
  assert(await page.$('.diagram-content g.node[data-id="a"] rect') !== null, 'component a not drawn');
  assert(await page.$('.diagram-content g.edge[data-from="a"][data-to="b"] path') !== null, 'connection not drawn');
  // The node named after the link's data is selected; the layer titles follow ?lang=en.
  assert(await page.$('.diagram-content g.node.selected[data-id="b"]') !== null, 'b not selected');
  const bands = await page.$$eval('.diagram-content .band-title', (t) => t.map((x) => x.textContent));
  assert(bands.some((t) => t.startsWith('Layer 4')), `band titles ${bands.join(' | ')}`);
  await page.goto(`${origin}/embed.html#/fw/không-phải-khung`);
  await page.waitForFunction(() => document.querySelector('.embed-title')?.textContent.startsWith('Không đọc được khung trong liên kết:'), null, { timeout: 20000 });
  assert(await page.$('.diagram-content svg .band-title') !== null, 'nothing drawn under the error title');
  assert(errors.length === 0, errors.join(' | '));
});

test('a framework the embed cannot read is answered with khung:error and the view stays', async ({ browser, origin, portal }) => {
  const page = await browser.newPage();
  await page.goto(`${portal}/index.html?app=${encodeURIComponent(origin + '/')}&view=national`);
  await page.waitForFunction(() => window.khungPortal && window.khungPortal.heights.length > 0, null, { timeout: 20000 });
  await page.evaluate(() => window.khungPortal.send({ type: 'khung:load', requestId: 'bad', framework: '{"schema": "khung/framework@1", "title": 5}' }));
  await page.evaluate(() => window.khungPortal.send({ type: 'khung:getSvg', requestId: 'after' }));
  await page.waitForFunction(() => window.khungPortal.errors.length === 1 && window.khungPortal.svgs.length === 1, null, { timeout: 20000 });
  const err = await page.evaluate(() => window.khungPortal.errors[0]);
  assert(err.requestId === 'bad' && err.message.includes('framework'), JSON.stringify(err));
  const svg = await page.evaluate(() => window.khungPortal.svgs[0]);
  assert(svg.requestId === 'after' && svg.svg.includes('Kênh tương tác và đo lường hiệu quả'), 'the view changed');
  await page.evaluate(() => window.khungPortal.send({ type: 'khung:view', view: 'editor', requestId: 'ed' }));
  await page.waitForFunction(() => window.khungPortal.errors.length === 2);
  assert((await page.evaluate(() => window.khungPortal.errors[1].requestId)) === 'ed', 'editor request not refused');
});

test('the embed pans by drag, zooms by Ctrl+wheel, selects and zooms to the selection, in English on ?lang=en', async ({ browser, origin }) => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(`${origin}/embed.html?lang=en#/catalogue`);
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  await page.waitForTimeout(200);
  assert(await page.getAttribute('.diagram-tools button[data-act="in"]', 'title') === 'Zoom in (+)', 'toolbar not in English');
  assert(await page.textContent('.embed-credit') === 'Khung · National digital architecture', 'credit not in English');
  assert(await page.getAttribute('html', 'lang') === 'en', 'page language');
  // The catalogue has more than 40 platforms: it gets the minimap.
  assert(await page.$('.minimap:not([hidden]) .minimap-content svg') !== null, 'no minimap');
  const transform = () => page.$eval('.diagram-content', (d) => d.style.transform);
  const box = await page.$eval('.diagram', (d) => { const r = d.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
  const t0 = await transform();
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 70, { steps: 5 });
  await page.mouse.up();
  const t1 = await transform();
  assert(t1 !== t0, `drag did not pan: ${t0}`);
  const z0 = parseInt(await page.textContent('.zoom-level'));
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  const z1 = parseInt(await page.textContent('.zoom-level'));
  assert(z1 > z0, `Ctrl+wheel zoom ${z0} → ${z1}`);
  // Fit (0), then a click on a platform selects it and Shift+2 zooms to it.
  await page.focus('.diagram');
  await page.keyboard.press('0');
  assert(await page.$('button.zoom-selection[disabled]') !== null, 'zoom to selection enabled with nothing selected');
  await page.click('.diagram-content g.node[data-id="A-01"] rect');
  assert(await page.$('.diagram-content g.node.selected[data-id="A-01"]') !== null, 'click did not select');
  const zf = parseInt(await page.textContent('.zoom-level'));
  await page.keyboard.press('Shift+Digit2');
  const zs = parseInt(await page.textContent('.zoom-level'));
  assert(zs > zf, `zoom to selection ${zf} → ${zs}`);
  await page.keyboard.press('Escape');
  assert(await page.$('.diagram-content g.node.selected') === null, 'Escape kept the selection');
});
