// The editor's three panes at 1400×900: the palette on the left (platforms already in the
// framework marked, adding one again selects its box), the diagram in the centre, and the
// inspector on the right with the selected box's findings, properties and connections; the
// framework's findings and KPI scores in their own tab; axe-core clean on both tabs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, assert, openApp } from './harness.mjs';
import { newProvince, addOwn } from './steps.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const nodeCount = (page) => page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.length);
const edgeCount = (page) => page.$$eval('.diagram-content svg g.edge', (els) => els.length);

async function axe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')
      .map((x) => `${x.id} (${x.impact}): ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('palette, diagram and inspector sit side by side; a platform is never added twice', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const [pal, dia, ins] = await Promise.all(['.palette', '.diagram', '.inspector'].map((s) => page.locator(s).boundingBox()));
  assert(pal.x + pal.width <= dia.x && dia.x + dia.width <= ins.x, `panes not side by side: ${JSON.stringify([pal, dia, ins])}`);
  assert(pal.y < 420 && ins.y < 420 && dia.y < 420, 'a pane starts below the first screen');
  // The catalogue search is a few Tab presses from the top, not 85.
  const n = await nodeCount(page);
  await page.fill('.catalogue-search', 'cong du lieu quoc gia');
  await page.click('.platform-item[data-platform="A-07"] button.add');
  await page.waitForFunction((k) => document.querySelectorAll('.diagram-content svg g.node').length === k + 1, n);
  await page.waitForSelector('.platform-item.present[data-platform="A-07"] .present-mark');
  const a07 = await page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));
  // Select something else, then "add" A-07 again: its box is selected, nothing is added.
  await page.click('.diagram');
  await page.keyboard.press('Escape');
  assert(await page.$('.diagram-content g.node.selected') === null, 'selection not cleared');
  await page.click('.platform-item[data-platform="A-07"] button.add');
  await page.waitForSelector(`.diagram-content g.node.selected[data-id="${a07}"]`);
  assert(await nodeCount(page) === n + 1, 'the platform was added twice');
  assert((await page.textContent('.inspector-name')).includes('Cổng dữ liệu quốc gia'), 'the inspector does not show the selected platform');
  // Already-seeded national platforms are marked too.
  assert(await page.$$eval('.platform-item.present', (e) => e.length) >= 2, 'seeded platforms are not marked');
});

test('clicking a flagged box shows why in the inspector; replacing reuses the box already there', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  // The national procurement network is in the framework already…
  await page.fill('.catalogue-search', 'mang dau thau quoc gia');
  await page.click('.platform-item[data-platform="B-28"] button.add');
  await page.waitForSelector('.diagram-content g.node.selected');
  const b28 = await page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));
  // …and the agency also lists its own procurement system, connected to another box.
  const own = await addOwn(page, 'Hệ thống đấu thầu qua mạng của Sở Tài chính');
  const other = await addOwn(page, 'Cổng thông tin Sở Tài chính');
  await page.click(`.diagram-content g.node[data-id="${own}"]`);
  await page.click(`.diagram-content g.node[data-id="${other}"]`, { modifiers: ['Shift'] });
  await page.click('.editor-tools button:has-text("Kết nối")');
  await page.waitForSelector(`.diagram-content g.edge[data-from="${own}"][data-to="${other}"]`);

  // One click on the box: the inspector shows its finding, explanation and source first.
  await page.click(`.diagram-content g.node[data-id="${other}"]`);
  await page.click(`.diagram-content g.node[data-id="${own}"]`);
  const finding = `.inspector .finding.overlap[data-component="${own}"][data-platform="B-28"]`;
  await page.waitForSelector(finding);
  const text = await page.textContent(finding);
  assert(text.includes('1132/QĐ-TTg') && (await page.textContent(`${finding} .explanation`)).length > 20, `no explanation or source: ${text}`);
  // Its connections are listed.
  assert((await page.textContent('.inspector .connections')).includes('Cổng thông tin Sở Tài chính'), 'connections not listed');

  // Replace with the platform: the duplicate goes, its connection moves to the B-28 box.
  const before = await nodeCount(page);
  await page.click(`${finding} button.replace`);
  await page.waitForFunction((k) => document.querySelectorAll('.diagram-content svg g.node').length === k - 1, before);
  await page.waitForSelector(`.diagram-content g.node.selected[data-id="${b28}"]`);
  await page.waitForSelector(`.diagram-content g.edge[data-from="${b28}"][data-to="${other}"]`);
  assert(await page.$$eval('.diagram-content g.node', (els) => els.filter((e) => e.getAttribute('aria-label') === 'Hệ thống mạng đấu thầu quốc gia').length) === 1, 'the platform is there twice');
  // One undo brings the duplicate and its connection back.
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForSelector(`.diagram-content g.edge[data-from="${own}"][data-to="${other}"]`);
});

test('a finding clicked in the framework tab selects its box and brings it into view', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const own = await addOwn(page, 'Hệ thống đấu thầu qua mạng của Sở Tài chính');
  // Scroll the diagram far away from the box.
  const dia = await page.locator('.diagram').boundingBox();
  await page.mouse.move(dia.x + dia.width / 2, dia.y + dia.height / 2);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 800);
  const visible = () => page.evaluate((id) => {
    const r = document.querySelector(`.diagram-content g.node[data-id="${id}"]`).getBoundingClientRect();
    const v = document.querySelector('.diagram').getBoundingClientRect();
    return r.top >= v.top && r.bottom <= v.bottom && r.left >= v.left && r.right <= v.right;
  }, own);
  assert(!(await visible()), 'the box is still on screen after scrolling away');
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.click('#tab-framework');
  await page.click(`#panel-framework .finding[data-component="${own}"] .finding-head`);
  await page.waitForSelector(`.diagram-content g.node.selected[data-id="${own}"]`);
  await page.waitForFunction((id) => {
    const r = document.querySelector(`.diagram-content g.node[data-id="${id}"]`).getBoundingClientRect();
    const v = document.querySelector('.diagram').getBoundingClientRect();
    return r.top >= v.top && r.bottom <= v.bottom;
  }, own);
  // The framework tab also holds the KPI scores.
  assert(await page.$$eval('#panel-framework .kpi tr', (r) => r.length) === 5, 'KPI scores missing');
});

test('an empty framework is "not assessed" on the KPI groups it has nothing for', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/#/editor');
  await page.waitForSelector('.inspector');
  await page.click('#tab-framework');
  const rows = await page.$$eval('#panel-framework .kpi tr', (els) => els.map((r) => [r.dataset.kpi, r.textContent]));
  const of = (id) => rows.find((r) => r[0] === id)?.[1] ?? '';
  assert(of('KPI-1').includes('chưa đánh giá') && of('KPI-4').includes('chưa đánh giá'), `rows: ${JSON.stringify(rows)}`);
  assert(!of('KPI-1').includes('100'), 'an empty framework still scores 100');
});

test('axe-core finds nothing serious on the inspector, its framework tab and the palette', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  await addOwn(page, 'Hệ thống đấu thầu qua mạng của Sở Tài chính');
  await page.waitForSelector('.inspector .finding');
  const problems = [...await axe(page)];
  await page.click('#tab-framework');
  await page.waitForSelector('#panel-framework .kpi');
  problems.push(...await axe(page));
  await page.click('.ref-toggle');
  problems.push(...await axe(page));
  assert(problems.length === 0, problems.join('\n'));
});
