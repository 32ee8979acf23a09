// The page around the editor: notices that clear by themselves (errors stay), the reference
// architectures under one menu, the first visit's path, "Khung của tôi" entries that can be
// told apart, an import named after its file, a file too large refused unread, and a phone
// screen given to the diagram.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp, importAsNew } from './harness.mjs';
import { newProvince } from './steps.mjs';

test('a confirmation clears by itself; an error stays until dismissed', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await newProvince(page);
  await page.fill('.catalogue-search', 'VNeID');
  await page.click('.platform-item:not(.present) button.add');
  await page.waitForSelector('.notice.info');
  await page.waitForSelector('.notice.info', { state: 'detached', timeout: 8000 });
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const bad = join(dir, 'hong.json');
  writeFileSync(bad, '{ not json');
  await page.setInputFiles('.file-button input[type=file]', bad);
  await page.waitForSelector('.notice.error');
  await page.waitForTimeout(6500);
  assert(await page.$('.notice.error') !== null, 'the error cleared by itself');
  await page.click('.notice.error .dismiss');
  await page.waitForSelector('.notice.error', { state: 'detached' });
});

test('the seven reference architectures sit under one menu, capitalised', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  const top = await page.$$eval('.tabs > .tab, .tabs > .ref-menu > .ref-toggle', (els) => els.map((e) => e.textContent.trim()));
  assert(top.length === 7, `top-level entries: ${top.join(' | ')}`);
  assert(await page.isHidden('.ref-list'), 'the menu is open before it is asked for');
  await page.click('.ref-toggle');
  const items = await page.$$eval('.ref-list .tab', (els) => els.map((e) => e.textContent.trim()));
  assert(items.length === 7, `${items.length} reference architectures`);
  for (const i of items) assert(i[0] === i[0].toLocaleUpperCase('vi'), `"${i}" is not capitalised`);
  assert(items.includes('Cấp tỉnh') && items.includes('Cơ quan Đảng'), items.join(' | '));
  await page.click('.ref-list .tab[data-view="#/ref/province"]');
  await page.waitForFunction(() => location.hash === '#/ref/province');
  assert(await page.isHidden('.ref-list'), 'the menu stayed open');
  assert((await page.textContent('.ref-toggle')).includes('Cấp tỉnh'), 'the menu does not name the open architecture');
});

test('a first visit shows where to start; starting opens the new framework dialog, once', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.waitForSelector('.first-visit');
  await page.click('.first-visit .step-national');
  await page.waitForFunction(() => location.hash.startsWith('#/national'));
  await page.click('.first-visit .step-start');
  await page.waitForSelector('.new-framework input[name=agency]');
  assert(await page.evaluate(() => location.hash.startsWith('#/editor')), 'not in the editor');
  await page.fill('.new-framework input[name=agency]', 'Lâm Đồng');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Lâm Đồng'));
  assert(await page.$('.first-visit') === null, 'the path stayed after starting');
  await page.reload();
  await page.waitForSelector('#view-title');
  assert(await page.$('.first-visit') === null, 'the path came back');
});

test('importing a framework on a first visit puts the "where to start" path away', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/editor.html#/editor');
  await page.waitForSelector('.first-visit');
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const csv = join(dir, 'Kiểm kê xã Đạ Huoai.csv');
  writeFileSync(csv, 'name,layer,connects_to\r\nCổng thông tin xã,4,\r\nPhần mềm một cửa xã,3,Cổng thông tin xã\r\n');
  await page.setInputFiles('.file-button input[type=file]', csv);
  // With nothing open the file opens at once; should the editor ask, open it as new.
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Đạ Huoai') || document.querySelector('.import-dialog'));
  if (await page.$('.import-dialog')) await page.click('.import-dialog button.new-import');
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Đạ Huoai'));
  await page.waitForFunction(() => !document.querySelector('.first-visit'), null, { timeout: 3000 });
  await page.reload();
  await page.waitForSelector('#view-title');
  assert(await page.$('.first-visit') === null, 'the path came back after a reload');
});

test('"Khung của tôi" tells frameworks apart; a CSV import is named after its file', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await newProvince(page);
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const csv = join(dir, 'Kiểm kê Sở Y tế 2025.csv');
  writeFileSync(csv, '\uFEFFname,layer\r\nHệ thống A,2\r\nHệ thống B,3\r\n');
  await importAsNew(page, csv);
  await page.waitForFunction(() => document.querySelector('#view-title').textContent === 'Kiểm kê Sở Y tế 2025');
  await page.click('text=Khung của tôi…');
  await page.waitForSelector('.framework-list li');
  const rows = await page.$$eval('.framework-list li', (els) => els.map((e) => ({ open: e.classList.contains('open'), title: e.querySelector('.title').value, meta: e.querySelector('.fw-meta').textContent })));
  assert(rows.length === 2, `${rows.length} entries`);
  const imported = rows.find((r) => r.title === 'Kiểm kê Sở Y tế 2025');
  const first = rows.find((r) => r.title !== 'Kiểm kê Sở Y tế 2025');
  assert(imported && imported.open && imported.meta.includes('2 thành phần') && imported.meta.includes('đang mở'), JSON.stringify(rows));
  assert(first && !first.open && first.meta.includes('Lâm Đồng') && /\d+ thành phần/.test(first.meta) && /\d{4}-\d\d-\d\d \d\d:\d\d/.test(first.meta), JSON.stringify(rows));
});

test('a file over the size limit is refused before it is read, and the work stays', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await newProvince(page);
  const title = await page.textContent('#view-title');
  await page.setInputFiles('.file-button input[type=file]', { name: 'video.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  await page.waitForSelector('.notice.error');
  const msg = await page.textContent('.notice.error');
  assert(msg.includes('video.csv') && msg.includes('20 MB'), `message: ${msg}`);
  assert(await page.textContent('#view-title') === title, 'the open framework changed');
});

test('on a 390 px phone the header and navigation fold and the diagram gets the screen', async ({ browser, origin }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(origin + '/#/editor');
  await page.waitForSelector('.diagram-content svg');
  await page.evaluate(() => document.querySelector('.first-visit .dismiss')?.click());
  const dia = await page.locator('.diagram').boundingBox();
  assert(dia.height / 844 > 0.6, `the diagram has ${Math.round(dia.height / 844 * 100)}% of the screen`);
  assert(dia.y < 844 * 0.35, `the diagram starts at ${Math.round(dia.y)} px`);
  assert(await page.isHidden('.tabs > .tab[data-view="#/national"]'), 'the navigation is not folded');
  await page.tap('.nav-toggle');
  await page.waitForSelector('.tabs > .tab[data-view="#/national"]', { state: 'visible' });
  await page.tap('.nav-toggle');
  // The text outline is one tap away.
  await page.tap('.outline-button');
  await page.waitForSelector('.outline[open] .outline-layer');
  await context.close();
});
