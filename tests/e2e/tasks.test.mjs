// The six tasks of issue 14, done as a user does them at 1400×900, counting clicks, key presses
// and drags (typing a name is counted apart: any editor needs it). Each count is held to what
// the editor needs today, so a change that adds a step fails here; the figures are printed.
import { test, assert, openApp } from './harness.mjs';

/** Wraps `page` so that every click, key press and drag is counted. */
function counted(page) {
  const n = { clicks: 0, keys: 0, drags: 0, typed: 0 };
  return {
    n,
    click: async (s, o) => { n.clicks++; await page.click(s, o); },
    dblclick: async (s) => { n.clicks += 2; await page.dblclick(s); },
    press: async (k) => { n.keys++; await page.keyboard.press(k); },
    type: async (t) => { n.typed += t.length; await page.keyboard.type(t); },
    drag: async (from, to) => {
      n.drags++;
      const a = await page.locator(from).boundingBox();
      const b = await page.locator(to).boundingBox();
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
      await page.mouse.up();
    },
  };
}

const inView = (page, sel) => page.evaluate((s) => {
  const r = document.querySelector(s)?.getBoundingClientRect();
  return !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
}, sel);

test('the six tasks of issue 14 take a click or two each', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  const rows = [];
  const task = async (name, most, fn) => {
    const c = counted(page);
    await fn(c);
    rows.push(`${name}: ${c.n.clicks} clicks, ${c.n.keys} keys, ${c.n.drags} drags, ${c.n.typed} characters typed`);
    const steps = c.n.clicks + c.n.keys + c.n.drags;
    assert(steps <= most, `${name} took ${steps} steps (at most ${most}): ${JSON.stringify(c.n)}`);
  };
  const nodes = () => page.$$eval('.diagram-content g.node', (e) => e.length);

  await task('1 start a provincial framework', 2, async (c) => {
    await c.click('.first-visit .step-start');
    await page.waitForSelector('.new-framework input[name=agency]');
    await c.type('Lâm Đồng');
    await c.press('Enter');
    await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Lâm Đồng'));
  });
  await task('2 add a platform', 2, async (c) => {
    const n = await nodes();
    await c.click('.catalogue-search');
    await c.type('mang dau thau');
    await c.click('.platform-item[data-platform="B-28"] button.add');
    await page.waitForFunction((k) => document.querySelectorAll('.diagram-content g.node').length === k + 1, n);
  });
  let own;
  await task('3 add an own component', 2, async (c) => {
    await c.click('.palette button.new-own');
    await page.waitForFunction(() => document.activeElement?.classList.contains('rename-box'));
    await c.type('Hệ thống đấu thầu qua mạng của Sở Tài chính');
    await c.press('Enter');
    await page.waitForSelector('.diagram-content g.node.selected[aria-label="Hệ thống đấu thầu qua mạng của Sở Tài chính"]');
    own = await page.$eval('.diagram-content g.node.selected', (e) => e.dataset.id);
  });
  const other = await page.$eval('.diagram-content g.node[aria-label="Hệ thống mạng đấu thầu quốc gia"]', (e) => e.dataset.id);
  await task('4 connect two components', 2, async (c) => {
    await c.click(`.diagram-content g.node[data-id="${own}"]`);
    await c.drag('.connect-handle', `.diagram-content g.node[data-id="${other}"] rect`);
    await page.waitForSelector(`.diagram-content g.edge[data-from="${own}"][data-to="${other}"]`);
  });
  await task('5 rename a component', 3, async (c) => {
    await c.dblclick(`.diagram-content g.node[data-id="${own}"]`);
    await page.waitForFunction(() => document.activeElement?.classList.contains('rename-box'));
    await c.type('Phần mềm đấu thầu Sở Tài chính');
    await c.press('Enter');
    await page.waitForSelector(`.diagram-content g.node[data-id="${own}"][aria-label="Phần mềm đấu thầu Sở Tài chính"]`);
  });
  await task('6 find out why a box is flagged', 1, async (c) => {
    await page.click('.diagram', { position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await c.click(`.diagram-content g.node[data-id="${own}"]`);
    const why = `.inspector .finding[data-component="${own}"] .explanation`;
    await page.waitForSelector(why);
    assert(await inView(page, why), 'the explanation is not on screen without scrolling');
  });
  console.log(rows.map((r) => `     ${r}`).join('\n'));
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});
