// Pictures for an official document, and boxes placed by hand: a dragged box lands in a free
// slot inside one band; dropped over another band it changes layer (after a hint says so) as
// one undo step; the exported SVG and PNG carry the title block, the legend and the finding
// marks the screen shows; Ctrl+P prints the diagram alone on a landscape page.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, assert, openApp, downloadExport, createProvince } from './harness.mjs';
import { addOwn } from './steps.mjs';

/** Each band's layer and its box on the page. */
const bands = (page) => page.$$eval('.diagram-content g.layer[data-layer]', (gs) => gs.map((g) => {
  const r = g.querySelector('rect.band').getBoundingClientRect();
  return { layer: +g.getAttribute('data-layer'), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
}));

/** The box of the node with `id` on the page. */
const boxOf = (page, id) => page.$eval(`.diagram-content g.node[data-id="${id}"] rect`, (r) => {
  const b = r.getBoundingClientRect();
  return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
});

/** The bands that hold `box` entirely. */
const homes = (bs, box) => bs.filter((b) => box.top >= b.top && box.bottom <= b.bottom && box.left >= b.left && box.right <= b.right);

/** The layer of component `id` in the saved framework (autosaved 0.4 s after a change). */
const savedLayer = (page, id) => page.evaluate((id) => {
  const key = Object.keys(localStorage).find((k) => k.startsWith('khung.fw.'));
  return key ? JSON.parse(localStorage.getItem(key)).components.find((c) => c.id === id)?.layer : null;
}, id);

/** Waits until the saved framework has `id` in `layer`. */
async function waitLayer(page, id, layer, what) {
  try {
    await page.waitForFunction(([id, layer]) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('khung.fw.'));
      return key && JSON.parse(localStorage.getItem(key)).components.find((c) => c.id === id)?.layer === layer;
    }, [id, layer], { timeout: 5000 });
  } catch {
    throw new Error(`${what}: ${id} is in layer ${await savedLayer(page, id)}, not ${layer}`);
  }
}

test('a box dropped across a band border lands inside one band, in another layer, and one Ctrl+Z undoes it', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  // A box of layer 4 (drawn at the top).
  const id = await page.$$eval('.diagram-content g.node[data-id]', (els) => els[0].getAttribute('data-id'));
  const sel = `.diagram-content g.node[data-id="${id}"]`;
  await waitLayer(page, id, 4, 'the first box drawn');
  const before = await page.getAttribute(sel, 'transform');
  const start = await boxOf(page, id);
  const bs = await bands(page);
  const b2 = bs.find((b) => b.layer === 2), b1 = bs.find((b) => b.layer === 1);
  // Drag it so that it straddles the border between layers 2 and 1, mostly over layer 1.
  const grab = { x: start.left + 30, y: start.top + 10 };
  const height = start.bottom - start.top;
  const to = { x: grab.x + 40, y: grab.y + (b2.bottom + 4 - start.top) - height / 3 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(grab.x + (to.x - grab.x) * i / 20, grab.y + (to.y - grab.y) * i / 20);
  // Before the drop, the user sees where it will go.
  await page.waitForFunction(() => /Chuyển sang Lớp 1: /.test(document.querySelector('.drop-hint').textContent));
  // The band is outlined in the drop colour (#c2410c), whatever redraws the bands meanwhile.
  const outline = () => page.$eval('.diagram-content g.layer[data-layer="1"] > rect.band', (r) => getComputedStyle(r).stroke);
  assert(await outline() === 'rgb(194, 65, 12)', `the target band is not highlighted (stroke ${await outline()})`);
  assert(await savedLayer(page, id) === 4, 'the layer changed before the drop');
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('.drop-hint').textContent === '');
  assert(await outline() !== 'rgb(194, 65, 12)', 'a band stays highlighted');
  const after = await boxOf(page, id);
  const now = await bands(page);
  const inside = homes(now, after);
  assert(inside.length === 1 && inside[0].layer === 1, `the box lies in ${JSON.stringify(inside)}: ${JSON.stringify(after)} ${JSON.stringify(now)}`);
  await waitLayer(page, id, 1, 'the drop');
  // No box overlaps another.
  const rects = await page.$$eval('.diagram-content g.node > rect', (rs) => rs.map((r) => r.getBoundingClientRect()).map((b) => [b.left, b.top, b.right, b.bottom]));
  for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) {
    const [a, b] = [rects[i], rects[j]];
    assert(!(a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5), `boxes ${i} and ${j} overlap`);
  }
  // One undo step puts back layer and place.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(([s, t]) => document.querySelector(s).getAttribute('transform') === t, [sel, before]);
  await waitLayer(page, id, 4, 'Ctrl+Z');
});

test('Escape during a drag over another band cancels it', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const id = await page.$$eval('.diagram-content g.node[data-id]', (els) => els[0].getAttribute('data-id'));
  const sel = `.diagram-content g.node[data-id="${id}"]`;
  const before = await page.getAttribute(sel, 'transform');
  const start = await boxOf(page, id);
  const b3 = (await bands(page)).find((b) => b.layer === 3);
  await page.mouse.move(start.left + 30, start.top + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.left + 30, start.top + 10 + (b3.top + 60 - start.top) * i / 10);
  await page.waitForFunction(() => /Chuyển sang Lớp 3/.test(document.querySelector('.drop-hint').textContent));
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await page.waitForFunction(([s, t]) => document.querySelector(s).getAttribute('transform') === t, [sel, before]);
  assert(await page.textContent('.drop-hint') === '', 'the hint stays after Escape');
});

test('the exported SVG and PNG have the title block, the legend and the finding marks of the screen', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const dir = mkdtempSync(join(tmpdir(), 'khung-doc-'));
  const grab = (kind) => downloadExport(page, kind, dir);
  const onScreen = await page.$$eval('.diagram-content g.node[data-flag]', (els) => els.map((e) => `${e.getAttribute('data-id')} ${e.getAttribute('data-flag')} ${e.getAttribute('data-mark')}`).sort());
  assert(onScreen.length > 0, 'the provincial framework shows no finding mark');
  const svg = readFileSync(await grab('svg'), 'utf8');
  const doc = await page.evaluate((text) => {
    const d = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: d.querySelector('parsererror')?.textContent ?? null,
      marks: [...d.querySelectorAll('g.node[data-flag]')].map((e) => `${e.getAttribute('data-id')} ${e.getAttribute('data-flag')} ${e.getAttribute('data-mark')}`).sort(),
      badges: d.querySelectorAll('g.node g.badge').length,
      block: d.querySelector('g.title-block')?.textContent ?? '',
      legend: d.querySelector('g.sheet g.legend')?.textContent ?? '',
      height: +d.documentElement.getAttribute('height'),
    };
  }, svg);
  assert(doc.error === null, `the SVG is not well-formed: ${doc.error}`);
  assert(JSON.stringify(doc.marks) === JSON.stringify(onScreen), `marks differ: ${doc.marks} vs ${onScreen}`);
  assert(doc.badges === onScreen.length, 'a flagged box lost its badge');
  for (const text of ['Khung kiến trúc số', 'Cơ quan: Lâm Đồng', '1132/QĐ-TTg ngày 24/6/2026', 'Khung 0.', 'Ngày lập']) {
    assert(doc.block.includes(text), `the title block lacks "${text}": ${doc.block}`);
  }
  assert(doc.legend.includes('Chưa đáp ứng yêu cầu'), `the legend does not explain the marks: ${doc.legend}`);
  const screenHeight = await page.$eval('.diagram-content svg', (s) => +s.getAttribute('height'));
  assert(doc.height > screenHeight, 'the export has no room for its title block');
  // The PNG is the same picture.
  const png = readFileSync(await grab('png'));
  assert(Math.abs(png.readUInt32BE(20) - doc.height) <= 1, `PNG height ${png.readUInt32BE(20)} is not the SVG's ${doc.height}`);
  // In English, the captions follow; the data stays Vietnamese.
  await page.click('.lang-toggle');
  const en = readFileSync(await grab('svg'), 'utf8');
  for (const text of ['Legend', 'Platform catalogue', '1132/QĐ-TTg of 24/6/2026', 'Agency: Lâm Đồng']) {
    assert(en.includes(text), `the English export lacks "${text}"`);
  }
});

test('Ctrl+P prints the diagram alone, with its title block, on one landscape page', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.focus('.diagram');
  await page.keyboard.press('Control+p');
  await page.waitForFunction(() => window.printed === 1);
  assert(await page.$eval('.print-sheet', (s) => s.querySelector('svg g.title-block') !== null), 'the print sheet has no title block');
  assert(await page.$eval('.print-sheet', (s) => s.querySelectorAll('svg g.node').length) === await page.$$eval('.diagram-content g.node', (n) => n.length), 'the print sheet is not the diagram');
  assert(!(await page.isVisible('.print-sheet')), 'the print sheet shows on screen');
  await page.emulateMedia({ media: 'print' });
  assert(await page.isVisible('.print-sheet svg'), 'print does not show the diagram');
  for (const other of ['header.topbar', 'main', '.tabs']) {
    assert(!(await page.isVisible(other)), `print shows ${other}`);
  }
  // Printed for real: one page, landscape (wider than tall).
  const printed = await page.pdf({ preferCSSPageSize: true });
  if (process.env.KHUNG_SHOTS) (await import('node:fs')).writeFileSync(join(process.env.KHUNG_SHOTS, 'print.pdf'), printed);
  const pdf = printed.toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert(pages.length === 1, `printed on ${pages.length} pages`);
  const [, , , w, h] = pdf.match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/) ?? [];
  assert(+w > +h, `the page is not landscape: ${w} × ${h}`);
});

/** Where each box stands, by id, as the diagram draws it. */
const placesOf = (page) => page.$$eval('.diagram-content g.node[data-id]', (gs) =>
  Object.fromEntries(gs.map((g) => [g.getAttribute('data-id'), g.getAttribute('transform')])));

test('adding a component to the connected provincial framework leaves every other box where it was, after a reload too; deleting one moves none sideways; Tự sắp xếp re-flows', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  const csv = fileURLToPath(new URL('../../model/tests/data/provincial_connected.csv', import.meta.url));
  await page.setInputFiles('.file-button input[type=file]', csv);
  await page.waitForFunction(() => document.querySelector('#view-title').textContent === 'provincial_connected');
  const before = await placesOf(page);
  assert(Object.keys(before).length === 39, `${Object.keys(before).length} boxes imported`);
  const edges = await page.$$eval('.diagram-content g.edge', (es) => es.length);
  assert(edges >= 60, `only ${edges} connections drawn`);
  const id = await addOwn(page, 'Hệ thống quản lý hồ sơ công việc');
  const after = await placesOf(page);
  const moved = Object.keys(before).filter((k) => after[k] !== before[k]);
  assert(moved.length === 0, `adding ${id} moved ${moved.length} boxes: ${moved.slice(0, 5).map((k) => `${k} ${before[k]} → ${after[k]}`)}`);
  // The kept grid is saved with the framework: a reload draws the same picture.
  await page.waitForTimeout(600);
  await page.reload();
  await page.waitForSelector(`.diagram-content g.node[data-id="${id}"]`);
  const reloaded = await placesOf(page);
  const drift = Object.keys(after).filter((k) => reloaded[k] !== after[k]);
  assert(drift.length === 0, `after a reload ${drift.length} boxes stand elsewhere: ${drift.slice(0, 5)}`);
  // Deleting a box leaves a hole: no other box changes column.
  const victim = Object.keys(after).filter((k) => k !== id).sort((a, b) => after[a].localeCompare(after[b]))[3];
  await page.click(`.diagram-content g.node[data-id="${victim}"]`);
  await page.keyboard.press('Delete');
  await page.waitForSelector(`.diagram-content g.node[data-id="${victim}"]`, { state: 'detached' });
  const xOf = (t) => t.match(/translate\(([-\d.]+)/)[1];
  const gone = await placesOf(page);
  const shifted = Object.keys(gone).filter((k) => xOf(gone[k]) !== xOf(after[k]));
  assert(shifted.length === 0, `deleting ${victim} moved ${shifted.length} boxes sideways: ${shifted.slice(0, 5)}`);
  await page.keyboard.press('Control+z');
  await page.waitForSelector(`.diagram-content g.node[data-id="${victim}"]`);
  // "Tự sắp xếp" may re-flow everything, and is one undo step.
  await page.click('text=Tự sắp xếp');
  await page.keyboard.press('Control+z');
  const undone = await placesOf(page);
  assert(Object.keys(after).every((k) => undone[k] === after[k]), 'Ctrl+Z did not undo Tự sắp xếp');
});
