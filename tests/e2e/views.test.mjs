// Views: the seven reference architectures, the catalogue map with its filters, selection with
// details and sources, deep links, and keyboard zoom.
import { test, assert, openApp } from './harness.mjs';

const nodeCount = (page) => page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.length);

test('each reference architecture opens as a four-layer diagram', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  for (const id of ['party', 'assembly', 'front', 'other', 'ministry', 'province', 'commune']) {
    await page.click('.ref-toggle');
    await page.click(`.tab[data-view="#/ref/${id}"]`);
    await page.waitForFunction((h) => location.hash === h, `#/ref/${id}`);
    const bands = await page.$$eval('.diagram-content svg .band-title', (els) => els.map((e) => e.textContent));
    assert(bands.length === 4, `${id}: ${bands.length} bands`);
    assert(await nodeCount(page) > 3, `${id}: too few elements`);
  }
  const title = await page.textContent('#view-title');
  assert(/cấp xã/i.test(title), `commune title was "${title}"`);
});

test('catalogue map shows 79 platforms and filters by group, layer and status', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/#/catalogue');
  assert(await nodeCount(page) === 79, `saw ${await nodeCount(page)} platforms`);
  await page.selectOption('select[name=group]', 'A');
  await page.waitForFunction(() => document.querySelectorAll('.diagram-content svg g.node').length === 17);
  await page.selectOption('select[name=group]', 'B');
  await page.waitForFunction(() => document.querySelectorAll('.diagram-content svg g.node').length === 62);
  await page.selectOption('select[name=owner]', 'Văn phòng Trung ương Đảng');
  const party = await page.$$eval('.diagram-content svg g.node', (els) => els.map((e) => e.getAttribute('data-id')));
  assert(party.length >= 3 && party.includes('B-01') && party.includes('B-19'), `party-owned: ${party}`);
  await page.click('button[type=reset]');
  await page.selectOption('select[name=status]', 'live');
  const live = await page.$$eval('.diagram-content svg g.node', (els) => els.map((e) => e.getAttribute('data-id')));
  assert(live.includes('A-02') && live.includes('A-06') && !live.includes('A-14'), `operational: ${live}`);
});

test('clicking a platform shows its details with the source', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/#/catalogue');
  await page.click('.diagram-content svg g.node[data-id="A-01"]');
  await page.waitForSelector('.details-name');
  const text = await page.textContent('.details');
  for (const want of ['Cổng Dịch vụ công quốc gia', 'Bộ Công an', 'Năm 2026', '1132/QĐ-TTg, Phụ lục II, mục A, STT 1']) {
    assert(text.includes(want), `details lack "${want}": ${text.slice(0, 300)}`);
  }
  assert(await page.$eval('g.node[data-id="A-01"]', (e) => e.classList.contains('selected')), 'node not highlighted');
  await page.waitForFunction(() => location.hash === '#/catalogue/A-01');
});

test('a deep link opens the view and selection; back returns', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/#/catalogue/A-06');
  await page.waitForSelector('.details-name');
  assert((await page.textContent('.details-name')).includes('Nền tảng tích hợp, chia sẻ dữ liệu quốc gia'), 'NDXP not selected');
  await page.click('.tab[data-view="#/national"]');
  await page.waitForFunction(() => location.hash === '#/national');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('1132'));
  await page.waitForSelector('.details-name');
});

test('keyboard zooms and selects', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  const before = await page.textContent('.zoom-level');
  await page.focus('.diagram');
  await page.keyboard.press('+');
  const after = await page.textContent('.zoom-level');
  assert(parseInt(after) > parseInt(before), `zoom ${before} → ${after}`);
  await page.keyboard.press('0');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.details-name');
});

test('seen from far, labels leave the screen but not print; zooming in brings them back', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.focus('.diagram');
  const shown = () => page.$eval('.diagram-content g.node text', (t) => getComputedStyle(t).display !== 'none');
  await page.keyboard.press('0');
  for (let i = 0; i < 12 && parseInt(await page.textContent('.zoom-level')) >= 35; i++) await page.keyboard.press('-');
  assert(parseInt(await page.textContent('.zoom-level')) < 35, 'could not zoom out');
  assert(!(await shown()), 'labels under 4 px are still drawn');
  // The name is still there for tooltips and screen readers.
  assert(await page.$eval('.diagram-content g.node', (g) => g.getAttribute('aria-label').length > 0), 'node lost its name');
  await page.emulateMedia({ media: 'print' });
  assert(await shown(), 'print lost the labels');
  await page.emulateMedia({ media: 'screen' });
  for (let i = 0; i < 12 && parseInt(await page.textContent('.zoom-level')) < 35; i++) await page.keyboard.press('+');
  assert(await shown(), 'labels did not come back when zooming in');
});

test('the English toggle translates the chrome, keeps the data Vietnamese, and is remembered', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/#/editor');
  await page.click('.lang-toggle');
  await page.waitForSelector('text=New framework…');
  assert(await page.getAttribute('html', 'lang') === 'en', 'html lang not en');
  await page.reload();
  await page.waitForSelector('text=New framework…');
  await page.click('.tab[data-view="#/national"]');
  // The drawing's own words (layer titles) follow the language; the components' names are the
  // documents' and stay Vietnamese.
  const titles = await page.$$eval('.diagram-content svg .band-title', (els) => els.map((e) => e.textContent));
  assert(titles.some((t) => t.startsWith('Layer 2:')), `layer titles not in English: ${titles}`);
  const names = await page.$$eval('.diagram-content g.node', (ns) => ns.map((n) => n.getAttribute('aria-label')).join(' '));
  assert(names.includes('Cổng Dịch vụ công Quốc gia'), 'data was translated');
  assert(await page.textContent('.tab[data-view="#/catalogue"]') === 'Platform catalogue', 'tab not translated');
  await page.click('.lang-toggle');
  await page.waitForSelector('.tab[data-view="#/catalogue"]:has-text("Danh mục nền tảng")');
});
