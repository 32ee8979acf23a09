// The reference seeds on demand (issue 15): index.html embeds only the seeds the diagrams draw
// from; the plan, principles, agencies, glossary, roadmap and KPI groups are fetched the first
// time a view needs them, with "Đang tải…" meanwhile and a clear message and a retry if the
// fetch fails.
import { test, assert, openApp } from './harness.mjs';

const seeds = (urls) => urls.filter((u) => /\/seeds\/[a-z_]+\.json$/.test(u)).map((u) => u.replace(/^.*\/seeds\//, ''));

test('the national model needs no reference seed; the principles view fetches them', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  // Every fetch since navigation, the first load's included.
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
  await page.click('.diagram-content svg .band-title');
  assert(seeds(await fetched()).length === 0, `fetched at first load: ${seeds(await fetched())}`);
  await page.click('.tab[data-view="#/principles"]');
  await page.waitForFunction(() => document.querySelectorAll('.static-diagram g.node[data-id]').length === 7);
  const got = seeds(await fetched()).sort();
  assert(got.join() === 'agencies.json,glossary.json,kpis.json,plan.json,principles.json,roadmap.json', `fetched ${got}`);
  // Loaded once for the visit: the glossary and the palette's acronyms need no second fetch.
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.glossary-table tbody tr');
  await page.keyboard.press('Control+k');
  await page.waitForFunction(() => document.activeElement?.classList.contains('palette-input'));
  await page.keyboard.type('opex');
  await page.waitForFunction(() => [...document.querySelectorAll('.hit-title')].some((e) => e.textContent === 'OPEX'));
  assert(seeds(await fetched()).length === 6, `fetched again: ${seeds(await fetched())}`);
  assert(page.errors.length === 0, page.errors.join(' | '));
});

test('a failed fetch of the reference seeds says which file and retries', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.route('**/seeds/glossary.json', (route) => route.abort());
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.load-error');
  const message = await page.textContent('.load-error');
  assert(message.includes('seeds/glossary.json') && message.includes('Không tải được'), `message: ${message}`);
  assert((await page.$$('.glossary-table')).length === 0, 'the glossary showed without its data');
  await page.unroute('**/seeds/glossary.json');
  await page.click('.load-error button');
  await page.waitForSelector('.glossary-table tbody tr');
  const rows = await page.$$eval('.glossary-table:not(.agencies) tbody tr', (els) => els.length);
  assert(rows > 20, `${rows} acronyms after the retry`);
});

test('a damaged reference seed is named by file and field, and the views stay usable', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  // Served as JSON but with an acronym that lacks its Vietnamese expansion; then as text that
  // is not JSON at all.
  await page.route('**/seeds/glossary.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"terms":[{"term":"NDXP","en":"x","source":{"document":"d","part":"p"}}]}' }));
  await page.click('.tab[data-view="#/glossary"]');
  await page.waitForSelector('.load-error');
  let message = await page.textContent('.load-error');
  assert(message.includes('seeds/glossary.json: terms[0]: `vi` is missing'), `message: ${message}`);
  await page.unroute('**/seeds/glossary.json');
  await page.route('**/seeds/glossary.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"terms": [' }));
  await page.click('.load-error button');
  await page.waitForFunction(() => document.querySelector('.load-error')?.textContent.includes('JSON'));
  message = await page.textContent('.load-error');
  assert(message.includes('seeds/glossary.json') && message.includes('không phải JSON hợp lệ'), `message: ${message}`);
  await page.unroute('**/seeds/glossary.json');
  await page.click('.load-error button');
  await page.waitForSelector('.glossary-table tbody tr');
  // The diagrams never needed them.
  await page.click('.tab[data-view="#/national"]');
  await page.waitForSelector('.diagram-content svg g.node[data-id]');
});
