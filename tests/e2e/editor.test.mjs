// The editor, as an architect uses it: create a provincial framework, add a Group A platform,
// add and connect an own component, undo and redo, reload, export and re-import JSON, and
// import a broken file without losing anything.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp, downloadExport, createProvince } from './harness.mjs';

const nodes = (page) => page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.map((e) => e.getAttribute('aria-label')));
const edges = (page) => page.$$eval('.diagram-content svg g.edge', (els) => els.length);

test('create, add a platform, add and connect a component, undo, redo, reload', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const seeded = await nodes(page);
  assert(seeded.length > 10, `the provincial reference architecture seeded only ${seeded.length} components`);

  // A Group A platform from the catalogue, found without diacritics.
  await page.fill('.catalogue-search', 'cong du lieu quoc gia');
  await page.click('.platform-item[data-platform="A-07"] button.add');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.node').length === n + 1, seeded.length);

  // An own component.
  await page.click('text=Thêm mới…');
  await page.fill('.component-form input[name=name]', 'Hệ thống quản lý hồ sơ đất đai tỉnh');
  await page.selectOption('.component-form select[name=layer]', '3');
  await page.click('.component-form button[type=submit]');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.node').length === n + 2, seeded.length);
  const own = await page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));
  const a07 = await page.$$eval('.diagram-content g.node', (els) => els.find((e) => e.getAttribute('aria-label') === 'Cổng dữ liệu quốc gia').getAttribute('data-id'));

  // Connect them: select both (shift-click), label, connect.
  const before = await edges(page);
  await page.click(`.diagram-content g.node[data-id="${a07}"]`, { modifiers: ['Shift'] });
  await page.fill('.connect-label', 'công bố dữ liệu mở');
  await page.click('.editor-tools button:has-text("Kết nối")');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.edge').length === n + 1, before);
  const label = await page.$eval(`.diagram-content g.edge[data-from="${own}"][data-to="${a07}"] text`, (e) => e.textContent);
  assert(label === 'công bố dữ liệu mở', `edge label ${label}`);

  // Undo removes the connection; redo brings it back.
  await page.click('.diagram');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.edge').length === n, before);
  await page.keyboard.press('Control+y');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.edge').length === n + 1, before);

  // Reload: the work is there.
  const all = await nodes(page);
  await page.reload();
  await page.waitForSelector('.diagram-content svg');
  await page.click('.tab[data-view="#/editor"]');
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.node').length === n, all.length);
  assert(await edges(page) === before + 1, 'the connection was lost on reload');
  assert((await nodes(page)).includes('Hệ thống quản lý hồ sơ đất đai tỉnh'), 'own component lost on reload');
});

test('export JSON, import it again, get an identical framework', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  await page.fill('.component-form input[name=name]', 'Ứng dụng "Lâm Đồng số" <b>&</b>');
  await page.click('.component-form button[type=submit]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Xuất JSON')]);
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const first = join(dir, 'first.json');
  await download.saveAs(first);
  const json = JSON.parse(readFileSync(first, 'utf8'));
  assert(json.schema === 'khung/framework@1', `schema ${json.schema}`);
  assert(json.components.some((c) => c.name === 'Ứng dụng "Lâm Đồng số" <b>&</b>'), 'hostile name not kept as text');

  await page.setInputFiles('.file-button input[type=file]', first);
  await page.waitForSelector('.notice.info');
  const [again] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  const second = join(dir, 'second.json');
  await again.saveAs(second);
  assert(readFileSync(first, 'utf8') === readFileSync(second, 'utf8'), 'the re-exported JSON differs');
});

test('a broken file gets a message naming the place, and the framework stays intact', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const before = await nodes(page);
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const bad = join(dir, 'hong.json');
  writeFileSync(bad, '{\n  "schema": "khung/framework@1",\n  "title": "X",\n  "kind": "province",\n  "components": [\n    {"id": "a", "name": "A", "layer": 7}\n  ]\n}\n');
  await page.setInputFiles('.file-button input[type=file]', bad);
  await page.waitForSelector('.notice.error');
  const msg = await page.textContent('.notice.error');
  assert(msg.includes('hong.json') && msg.includes('components[0].layer') && msg.includes('7'), `message: ${msg}`);
  const after = await nodes(page);
  assert(JSON.stringify(after) === JSON.stringify(before), 'the open framework changed');

  const csv = join(dir, 'kiemke.csv');
  writeFileSync(csv, '\uFEFFname,layer\r\nHệ thống A,2\r\nHệ thống B,9\r\n');
  await page.setInputFiles('.file-button input[type=file]', csv);
  await page.waitForFunction(() => document.querySelector('.notice.error')?.textContent.includes('kiemke.csv:3'));
  assert(JSON.stringify(await nodes(page)) === JSON.stringify(before), 'the open framework changed after the CSV');
});

test('a change is kept when the tab closes at once, before the autosave delay', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  // The toolbar says when the work was last kept.
  await page.waitForFunction(() => /Đã lưu trong trình duyệt lúc \d\d:\d\d/.test(document.querySelector('.save-status').textContent));
  await page.fill('.component-form input[name=name]', 'Hệ thống thêm ngay trước khi đóng');
  // Close the tab right after the edit, well within the autosave delay: closing (pagehide)
  // writes it.
  await page.click('.component-form button[type=submit]');
  const context = page.context();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(origin + '/#/editor');
  await again.waitForSelector('.diagram-content svg');
  assert((await nodes(again)).includes('Hệ thống thêm ngay trước khi đóng'), 'the change made just before closing was lost');
});

test('a full localStorage gets a message and the open work stays', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  await page.waitForTimeout(400); // let the first autosave land
  // Fill the rest of localStorage.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; i < 10000; i++) {
      try { localStorage.setItem('filler-' + i, chunk); } catch { break; }
    }
    for (let size = 16 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; i < 64; i++) {
        try { localStorage.setItem(`filler-s${size}-${i}`, 'y'.repeat(size)); } catch { break; }
      }
    }
  });
  const before = (await nodes(page)).length;
  await page.fill('.component-form input[name=name]', 'Hệ thống thêm khi bộ nhớ đầy');
  await page.click('.component-form button[type=submit]');
  await page.waitForSelector('.notice.error', { timeout: 5000 });
  const msg = await page.textContent('.notice.error');
  assert(msg.includes('đầy') && msg.includes('Ctrl+S'), `message: ${msg}`);
  assert((await page.textContent('.save-status')) === 'Chưa lưu được', 'the toolbar does not say the change is unsaved');
  assert((await nodes(page)).length === before + 1, 'the edit was lost');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
});

test('every export downloads; the SVG and CSV import back', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const dir = mkdtempSync(join(tmpdir(), 'khung-'));
  const grab = (kind) => downloadExport(page, kind, dir);
  const json = readFileSync(await grab('json'), 'utf8');
  const svgPath = await grab('svg');
  const svg = readFileSync(svgPath, 'utf8');
  assert(svg.includes('<metadata>') && svg.includes('khung/framework@1'), 'the SVG does not carry its framework');
  const png = readFileSync(await grab('png2'));
  assert(png.subarray(1, 4).toString() === 'PNG' && png.length > 5000, 'not a PNG');
  const w2 = png.readUInt32BE(16);
  const png1 = readFileSync(await grab('png'));
  assert(w2 === 2 * png1.readUInt32BE(16) || Math.abs(w2 - 2 * png1.readUInt32BE(16)) <= 1, 'PNG 2× is not twice as wide');
  const csvPath = await grab('csv');
  const csv = readFileSync(csvPath);
  assert(csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf, 'the CSV has no BOM');
  const archimate = readFileSync(await grab('archimate'), 'utf8');
  assert(archimate.includes('http://www.opengroup.org/xsd/archimate/3.0/'), 'not ArchiMate exchange format');
  const dot = readFileSync(await grab('dot'), 'utf8');
  assert(dot.startsWith('digraph'), 'not DOT');

  // The SVG imports back to the same framework.
  await page.setInputFiles('.file-button input[type=file]', svgPath);
  await page.waitForSelector('.notice.info');
  const again = readFileSync(await grab('json'), 'utf8');
  assert(again === json, 'the framework read back from the SVG differs');
  // The CSV inventory imports too, with every component.
  const count = JSON.parse(json).components.length;
  await page.setInputFiles('.file-button input[type=file]', csvPath);
  await page.waitForFunction((n) => document.querySelectorAll('.diagram-content svg g.node').length === n, count);
});

test('dragging a node moves it as one undo step, and the move is saved', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const node = '.diagram-content g.node[data-id]';
  const id = await page.$eval(node, (e) => e.getAttribute('data-id'));
  const sel = `.diagram-content g.node[data-id="${id}"]`;
  const before = await page.getAttribute(sel, 'transform');
  const box = await page.locator(sel).boundingBox();
  // Four columns to the right, where the band has free slots (a box snaps to one).
  const column = (box.width / 200) * 214;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 0.4 * column, box.y + 10 + i * 2);
  await page.mouse.up();
  const after = await page.getAttribute(sel, 'transform');
  assert(after !== before, `transform unchanged: ${after}`);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(([s, t]) => document.querySelector(s).getAttribute('transform') === t, [sel, before]);
  await page.keyboard.press('Control+y');
  await page.waitForFunction(([s, t]) => document.querySelector(s).getAttribute('transform') === t, [sel, after]);
  await page.reload();
  await page.click('.tab[data-view="#/editor"]');
  await page.waitForSelector(sel);
  assert(await page.getAttribute(sel, 'transform') === after, 'the move was not saved');
});
