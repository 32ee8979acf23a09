// Saved versions, as a reviewer uses them: save two versions, compare them on the diagram and
// in the list, restore the first, undo the restore, find them again after a reload, and export
// them as the JSON's optional history (plain JSON export leaves it out).
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp, createProvince } from './harness.mjs';

const count = (page) => page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.length);

async function addComponent(page, name) {
  const n = await count(page);
  if (await page.$('text=Thêm mới…')) await page.click('text=Thêm mới…');
  await page.fill('.component-form input[name=name]', name);
  await page.click('.component-form button[type=submit]');
  await page.waitForFunction((k) => document.querySelectorAll('.diagram-content svg g.node').length === k + 1, n);
}

async function saveVersion(page, name) {
  await page.click('.versions-button');
  const before = await page.$$eval('.version-list li', (els) => els.length);
  await page.fill('.versions-dialog input[name=version-name]', name);
  await page.click('.versions-dialog .save-version button[type=submit]');
  await page.waitForFunction((k) => document.querySelectorAll('.version-list li').length === k + 1, before);
  await page.click('.versions-dialog .dialog-actions button:has-text("Đóng")');
}

test('save two versions, compare them, restore one, undo the restore', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const seeded = await count(page);
  await saveVersion(page, 'Bản trình thẩm định');
  await addComponent(page, 'Hệ thống quản lý cây xanh đô thị');
  await saveVersion(page, 'Bản sau góp ý');
  await addComponent(page, 'Kho dữ liệu quan trắc môi trường');

  // Compare the two saved versions: the new component is marked added, on the diagram and in
  // the list beside it, and nothing else is.
  await page.click('.versions-button');
  const dates = await page.$$eval('.version-list .updated', (els) => els.map((e) => e.textContent));
  assert(dates.length === 2 && dates.every((d) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(d)), `dates ${dates}`);
  await page.selectOption('.versions-dialog select[name=older]', '0');
  await page.selectOption('.versions-dialog select[name=newer]', '1');
  await page.waitForSelector('.comparison svg g.node.diff-added');
  const added = await page.$$eval('.comparison svg g.node.diff-added', (els) => els.map((e) => e.getAttribute('aria-label')));
  assert(JSON.stringify(added) === JSON.stringify(['Hệ thống quản lý cây xanh đô thị']), `added on the diagram: ${added}`);
  const marked = await page.$$eval('.comparison svg g.node.diff-removed, .comparison svg g.node.diff-changed', (els) => els.length);
  assert(marked === 0, `${marked} other nodes marked`);
  const listed = await page.$$eval('.diff-list li', (els) => els.map((e) => e.className + ' ' + e.textContent));
  assert(listed.length === 1 && listed[0].startsWith('diff-added') && listed[0].includes('Hệ thống quản lý cây xanh đô thị'), `list ${listed}`);

  // The first version against now: two added.
  const now = await page.$eval('.versions-dialog select[name=newer] option:last-child', (o) => o.value);
  await page.selectOption('.versions-dialog select[name=newer]', now);
  await page.waitForFunction(() => document.querySelectorAll('.comparison svg g.node.diff-added').length === 2);

  // Restore the first version: the two components go; undo brings them back.
  await page.click('.version-list li[data-version="0"] button.restore');
  await page.click('.versions-dialog .dialog-actions button:has-text("Đóng")');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.node').length === n, seeded);
  await page.click('.diagram');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.node').length === n + 2, seeded);

  // After a reload the versions are still there, with the framework.
  await page.waitForTimeout(600);
  await page.reload();
  await page.waitForSelector('.diagram-content svg');
  await page.click('.tab[data-view="#/editor"]');
  await page.click('.versions-button');
  const names = await page.$$eval('.version-list .name', (els) => els.map((e) => e.textContent));
  assert(JSON.stringify(names) === JSON.stringify(['Bản trình thẩm định', 'Bản sau góp ý']), `versions after reload: ${names}`);

  // Export with history on request; the ordinary export stays without it.
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const [withHistory] = await Promise.all([page.waitForEvent('download'), page.click('.versions-dialog button.export-history')]);
  await withHistory.saveAs(join(dir, 'with.json'));
  const json = JSON.parse(readFileSync(join(dir, 'with.json'), 'utf8'));
  assert(json.history?.length === 2 && json.history[1].name === 'Bản sau góp ý', `history ${JSON.stringify(json.history?.map((h) => h.name))}`);
  assert(json.history[0].framework.components.length === seeded, 'the first version is not the seeded framework');

  // Importing that file brings its versions along with the framework.
  await page.click('.versions-dialog .dialog-actions button:has-text("Đóng")');
  await page.setInputFiles('.file-button input[type=file]', join(dir, 'with.json'));
  await page.waitForFunction(() => document.querySelector('.notice.info')?.textContent.includes('with.json'));
  await page.click('.versions-button');
  const imported = await page.$$eval('.version-list .name', (els) => els.map((e) => e.textContent));
  assert(JSON.stringify(imported) === JSON.stringify(['Bản trình thẩm định', 'Bản sau góp ý']), `imported versions: ${imported}`);
  await page.click('.versions-dialog .dialog-actions button:has-text("Đóng")');
  const [plain] = await Promise.all([page.waitForEvent('download'), page.click('text=Xuất JSON')]);
  await plain.saveAs(join(dir, 'plain.json'));
  assert(!('history' in JSON.parse(readFileSync(join(dir, 'plain.json'), 'utf8'))), 'plain JSON export carries the history');
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});
