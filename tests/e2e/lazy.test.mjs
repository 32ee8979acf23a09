// Views split off the first load (issue 15): index.html fetches one wasm module at first, and a
// split view's chunk only when the user opens that view; a failed chunk fetch says so, offers a
// retry, and leaves the rest of the app working.
import { test, assert, openApp } from './harness.mjs';

/** Every wasm fetched since navigation, by file name. */
const wasmFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => e.name.replace(/^.*\//, '')).filter((n) => n.endsWith('.wasm')));

test('the first load fetches one wasm; the glossary fetches the chunk of the reference views when opened, once', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  const first = await wasmFetched(page);
  assert(first.length === 1 && !first[0].includes('split_'), `wasm at first load: ${first}`);
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.glossary-table tbody tr');
  const opened = await wasmFetched(page);
  const chunks = opened.filter((n) => n.includes('split_reference_views'));
  assert(chunks.length === 1, `wasm after opening the glossary: ${opened}`);
  // The view works: its filter narrows the table.
  await page.fill('.glossary-search', 'tich hop chia se du lieu quoc gia');
  await page.waitForFunction(() => document.querySelectorAll('.glossary-table:not(.agencies) tbody tr').length === 1);
  // Back and forth: the chunk is not fetched again.
  await page.click('.tab[data-view="#/national"]');
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.glossary-table tbody tr');
  assert((await wasmFetched(page)).length === opened.length, `fetched again: ${await wasmFetched(page)}`);
  assert(page.errors.length === 0, page.errors.join(' | '));
});

test('a failed chunk fetch says so, retries, and leaves the app working', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  await page.route('**/*split_reference_views*.wasm', (route) => route.abort());
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.load-error');
  const message = await page.textContent('.load-error');
  assert(message.includes('Không tải được') && message.includes('Thuật ngữ'), `message: ${message}`);
  // The rest of the app still runs: another view opens and draws.
  await page.click('.tab[data-view="#/national"]');
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.load-error');
  await page.unroute('**/*split_reference_views*.wasm');
  await page.click('.load-error button');
  await page.waitForSelector('.glossary-table tbody tr');
  const rows = await page.$$eval('.glossary-table:not(.agencies) tbody tr', (els) => els.length);
  assert(rows > 20, `${rows} acronyms after the retry`);
});

test('a framework shared by link is drawn from the chunk that reads it', async ({ browser, origin }) => {
  const { deflateRawSync } = await import('node:zlib');
  const shared = deflateRawSync(Buffer.from(JSON.stringify({
    schema: 'khung/framework@1', title: 'Khung tỉnh mẫu', kind: 'province',
    components: Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, name: `Hệ thống ${i + 1}`, layer: 1 + (i % 4) })),
  }))).toString('base64url');
  const page = await openApp(browser, `${origin}/#/fw/${shared}`);
  await page.waitForSelector('.diagram-content svg g.node[data-id="c4"]');
  const fetched = await wasmFetched(page);
  assert(fetched.some((n) => n.includes('split_shared')), `wasm: ${fetched}`);
  assert((await page.textContent('#view-title')).includes('Khung tỉnh mẫu'), await page.textContent('#view-title'));
  // The national model needs no such chunk.
  const plain = await openApp(browser, origin + '/');
  await plain.waitForSelector('.diagram-content svg g.node[data-id]');
  assert(!(await wasmFetched(plain)).some((n) => n.includes('split_shared')), 'the national model fetched the shared chunk');
  assert(page.errors.length === 0 && plain.errors.length === 0, [...page.errors, ...plain.errors].join(' | '));
});

test('the framework open last time is read only when the search palette opens, and a hit opens it selected in the editor', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.evaluate(() => {
    const doc = {
      schema: 'khung/framework@1', title: 'Khung xã Tà Xùa', kind: 'commune', agency: 'UBND xã Tà Xùa',
      components: [
        { id: 'c1', name: 'Phần mềm quản lý hồ sơ địa chính xã', layer: 2 },
        { id: 'c2', name: 'Trang thông tin điện tử xã', layer: 1 },
      ],
    };
    localStorage.setItem('khung.fw.t1', JSON.stringify(doc));
    localStorage.setItem('khung.frameworks', JSON.stringify([{ id: 't1', title: doc.title, updated: '2026-11-30T00:00:00Z', agency: doc.agency, components: 2 }]));
    localStorage.setItem('khung.last-open', 't1');
  });
  await page.reload();
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  const first = await wasmFetched(page);
  assert(first.length === 1, `wasm at first load: ${first}`);
  // Whoever has a framework is past the first visit's path.
  assert(await page.$('.first-visit') === null, 'the first-visit path is shown to a user with a framework');
  await page.keyboard.press('Control+k');
  await page.fill('.palette-input', 'ho so dia chinh');
  await page.waitForSelector('.hit[data-id="c1"]');
  assert((await page.textContent('.hit[data-id="c1"]')).includes('Thành phần trong khung của bạn'), await page.textContent('.hit[data-id="c1"]'));
  assert((await wasmFetched(page)).some((n) => n.includes('split_palette')), 'the palette came from no chunk');
  await Promise.all([page.waitForURL(/editor\.html#\/editor\/c1$/), page.click('.hit[data-id="c1"]')]);
  await page.waitForSelector('.diagram-content g.node.selected[data-id="c1"]');
  assert((await page.textContent('#view-title')).includes('Tà Xùa'), await page.textContent('#view-title'));
  assert(page.errors.length === 0, page.errors.join(' | '));
});
