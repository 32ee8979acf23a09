// Importing into the open framework: the file is read, a preview says what merging would add
// and change (old → new), how much is unchanged and what needs review; Cancel leaves everything
// as it was, merging is one undo step, and "open as new" still works.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp } from './harness.mjs';
import { newProvince, addOwn } from './steps.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const nodeCount = (page) => page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.length);

test('a CSV merged into the open framework after a preview; Cancel changes nothing; one undo takes it back', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const own = await addOwn(page, 'Phần mềm quản lý văn bản Sở Nội vụ');
  const title = await page.textContent('#view-title');
  const n = await nodeCount(page);
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const csv = join(dir, 'Kiểm kê bổ sung.csv');
  writeFileSync(csv, '\uFEFFTên hệ thống;Lớp;Trạng thái\r\nPHẦN MỀM QUẢN LÝ VĂN BẢN SỞ NỘI VỤ;3;mở rộng\r\nKho dữ liệu dùng chung Sở Y tế;2;kế hoạch\r\n');

  await page.setInputFiles('.file-button input[type=file]', csv);
  await page.waitForSelector('.import-dialog');
  const summary = await page.textContent('.import-summary');
  assert((await page.textContent('.import-summary [data-count=added]')).includes('1 thành phần'), `summary: ${summary}`);
  const changed = await page.$$eval('.import-changes li.diff-changed', (els) => els.map((e) => [e.dataset.id, e.dataset.field, e.textContent]));
  assert(changed.some(([id, f, t]) => id === own && f === 'status' && t.includes('→')), `changes: ${JSON.stringify(changed)}`);
  assert((await page.textContent('.import-changes li.diff-added')).includes('Kho dữ liệu dùng chung Sở Y tế'), 'the new component is not listed');
  assert(/Không đổi: \d+/.test(summary) && /Cần xem lại: \d+/.test(summary), `summary: ${summary}`);
  // The keyboard is in the dialog; axe-core finds nothing serious there.
  assert(await page.evaluate(() => !!document.activeElement.closest('.import-dialog')), 'focus is not in the dialog');
  await page.evaluate(AXE);
  const problems = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
    .violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id}: ${x.nodes[0].target}`));
  assert(problems.length === 0, problems.join('\n'));

  // Delete in the dialog does not delete the selection behind it.
  await page.keyboard.press('Delete');
  assert(await nodeCount(page) === n, 'Delete in the dialog deleted a component');
  // Cancel (Escape): nothing changed.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.import-dialog', { state: 'detached' });
  assert(await nodeCount(page) === n && await page.textContent('#view-title') === title, 'Cancel changed the framework');

  // Merge: one component more, the status taken from the file, the title kept.
  await page.setInputFiles('.file-button input[type=file]', csv);
  await page.click('.import-dialog button.merge-import');
  await page.waitForFunction((k) => document.querySelectorAll('.diagram-content svg g.node').length === k + 1, n);
  assert(await page.textContent('#view-title') === title, 'merging renamed the framework');
  assert((await page.textContent('.notice.info')).includes('Đã gộp'), 'no confirmation');
  await page.click(`.diagram-content g.node[data-id="${own}"]`);
  assert(await page.$eval('.component-form select[name=status]', (s) => s.value) === 'expanding', 'the status was not taken from the file');
  // One undo takes the whole merge back.
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction((k) => document.querySelectorAll('.diagram-content svg g.node').length === k, n);
  await page.click(`.diagram-content g.node[data-id="${own}"]`);
  assert(await page.$eval('.component-form select[name=status]', (s) => s.value) !== 'expanding', 'undo left the merged status');

  // "Open as new" from the same dialog opens the file as its own framework.
  await page.setInputFiles('.file-button input[type=file]', csv);
  await page.click('.import-dialog button.new-import');
  await page.waitForFunction(() => document.querySelector('#view-title').textContent === 'Kiểm kê bổ sung');
  assert(await nodeCount(page) === 2, 'the new framework does not hold the two rows');
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});
