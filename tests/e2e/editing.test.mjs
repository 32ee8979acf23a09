// Editing as in draw.io: a new own component named in place, double-click and F2 to rename
// (Enter commits, Escape cancels), arrow keys nudge (Shift for bigger steps), a handle on the
// selected box connects by dragging, the wheel scrolls and Ctrl+wheel zooms by at most 1.25×,
// zoom to the selection, Ctrl+F finds in the diagram and Ctrl+K finds the user's components.
import { test, assert, openApp } from './harness.mjs';
import { newProvince, addOwn } from './steps.mjs';

const nodeCount = (page) => page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.length);
const edgeCount = (page) => page.$$eval('.diagram-content svg g.edge', (els) => els.length);
const zoomOf = async (page) => parseInt(await page.textContent('.zoom-level'));
const translate = (page, id) => page.getAttribute(`.diagram-content g.node[data-id="${id}"]`, 'transform')
  .then((t) => t.match(/translate\(([-\d.]+)[ ,]+([-\d.]+)\)/).slice(1).map(Number));

test('a new own component is named in place; double-click and F2 rename, Escape cancels', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const n = await nodeCount(page);
  // One click, type the name, Enter.
  await page.click('.palette button.new-own');
  await page.waitForSelector('.rename-box');
  await page.keyboard.type('Hệ thống quản lý hồ sơ đất đai tỉnh');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.diagram-content g.node[aria-label="Hệ thống quản lý hồ sơ đất đai tỉnh"]');
  assert(await nodeCount(page) === n + 1, 'no component added');
  assert(await page.$('.rename-box') === null, 'the name field stayed open');
  const id = await page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));
  const sel = `.diagram-content g.node[data-id="${id}"]`;

  // Double-click, type, Enter.
  await page.dblclick(sel);
  await page.waitForSelector('.rename-box');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Hệ thống đất đai Lâm Đồng');
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-label') === 'Hệ thống đất đai Lâm Đồng', sel);
  // F2, type, Escape: nothing changes.
  await page.keyboard.press('F2');
  await page.waitForSelector('.rename-box');
  await page.keyboard.type(' bị hủy');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.rename-box', { state: 'detached' });
  assert(await page.getAttribute(sel, 'aria-label') === 'Hệ thống đất đai Lâm Đồng', 'Escape did not cancel');
  // The rename is one undo step.
  await page.keyboard.press('Control+z');
  await page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-label') === 'Hệ thống quản lý hồ sơ đất đai tỉnh', sel);
});

test('arrow keys nudge the selection, Shift in bigger steps, each one undo step', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await newProvince(page);
  const id = await addOwn(page, 'Hệ thống đo nhích');
  await page.focus('.diagram');
  const [x0, y0] = await translate(page, id);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(([id, x]) => !document.querySelector(`.diagram-content g.node[data-id="${id}"]`).getAttribute('transform').includes(`(${x},`) , [id, x0]);
  const [x1, y1] = await translate(page, id);
  assert(Math.abs(x1 - x0 - 8) < 0.01 && y1 === y0, `ArrowRight moved ${x1 - x0}, ${y1 - y0}`);
  await page.keyboard.press('Shift+ArrowDown');
  await page.waitForFunction(([id, y]) => document.querySelector(`.diagram-content g.node[data-id="${id}"]`).getAttribute('transform') !== y, [id, `translate(${x1},${y1})`]);
  const [x2, y2] = await translate(page, id);
  assert(x2 === x1 && y2 - y1 >= 40 - 0.01, `Shift+ArrowDown moved ${x2 - x1}, ${y2 - y1}`);
  await page.keyboard.press('Control+z');
  await page.waitForFunction(async ([id, x]) => document.querySelector(`.diagram-content g.node[data-id="${id}"]`).getAttribute('transform').includes(String(x)), [id, x1]);
});

test('dragging the handle of the selected box onto another connects them', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const a = await addOwn(page, 'Hệ thống A kéo nối');
  const b = await addOwn(page, 'Hệ thống B kéo nối');
  await page.click(`.diagram-content g.node[data-id="${a}"]`);
  await page.waitForSelector('.connect-handle');
  await page.waitForTimeout(300); // let the diagram settle after the additions
  const handle = await page.locator('.connect-handle').boundingBox();
  const target = await page.locator(`.diagram-content g.node[data-id="${b}"] rect`).first().boundingBox();
  const before = await edgeCount(page);
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(handle.x + (target.x + target.width / 2 - handle.x) * i / 8, handle.y + (target.y + target.height / 2 - handle.y) * i / 8);
  }
  assert(await page.$('.link-preview line') !== null, 'no line follows the pointer');
  await page.mouse.up();
  await page.waitForSelector(`.diagram-content g.edge[data-from="${a}"][data-to="${b}"]`);
  assert(await edgeCount(page) === before + 1, 'not exactly one connection added');
  // The inspector lists it.
  await page.waitForFunction(() => document.querySelector('.inspector .connections')?.textContent.includes('Hệ thống B kéo nối'));
});

test('the wheel scrolls; Ctrl+wheel zooms at most 1.25× a notch; zoom to the selection', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const box = await page.locator('.diagram').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const style = () => page.$eval('.diagram-content', (e) => e.style.transform);
  const z0 = await zoomOf(page);
  const s0 = await style();
  await page.mouse.wheel(0, 300);
  await page.waitForFunction((s) => document.querySelector('.diagram-content').style.transform !== s, s0);
  assert(await zoomOf(page) === z0, 'a plain wheel zoomed');
  // A fast Ctrl+wheel notch: one step of at most 1.25×.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -1000);
  await page.keyboard.up('Control');
  await page.waitForFunction((z) => parseInt(document.querySelector('.zoom-level').textContent) !== z, z0);
  const z1 = await zoomOf(page);
  assert(z1 > z0 && z1 <= Math.ceil(z0 * 1.25) + 1, `one notch went from ${z0}% to ${z1}%`);
  // Zoom to the selection: first a box that is on screen after fitting.
  await page.click('.diagram-tools button:has-text("Vừa màn hình")');
  const id = await page.$eval('.diagram-content g.node[data-id]', (e) => e.getAttribute('data-id'));
  await page.click(`.diagram-content g.node[data-id="${id}"]`);
  await page.click('.zoom-selection');
  await page.waitForFunction(() => parseInt(document.querySelector('.zoom-level').textContent) === 200);
  const r = await page.locator(`.diagram-content g.node[data-id="${id}"]`).boundingBox();
  assert(Math.abs(r.x + r.width / 2 - (box.x + box.width / 2)) < 30, 'the selection is not centred');
});

test('Ctrl+F finds in the diagram; Ctrl+K also finds the user\'s own components', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await newProvince(page);
  const own = await addOwn(page, 'Hệ thống Zeta điều phối Sở Nội vụ');
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+f');
  await page.waitForSelector('.find-input');
  await page.keyboard.type('zeta dieu phoi');
  await page.waitForSelector(`.diagram-content g.node.selected[data-id="${own}"]`);
  assert((await page.textContent('.find-count')).startsWith('1/'), 'no match count');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.find-input', { state: 'detached' });

  // Ctrl+K from another view: the own component is found and opens selected in the editor.
  await page.click('.tab[data-view="#/national"]');
  await page.keyboard.press('Control+k');
  await page.fill('.palette-input', 'zeta so noi vu');
  await page.waitForSelector(`.hit[data-id="${own}"]`);
  assert((await page.textContent(`.hit[data-id="${own}"]`)).includes('Thành phần trong khung của bạn'), 'not shown as the user\'s component');
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.diagram-content g.node.selected[data-id="${own}"]`);
});
