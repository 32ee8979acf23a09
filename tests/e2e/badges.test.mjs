// The finding badges on the editor's diagram: hovering or keyboard-focusing one shows the
// finding's first line in a tooltip outside the diagram's clip, named for screen readers;
// Escape or moving away dismisses it, a click selects the box; axe-core stays clean.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, assert, openApp } from './harness.mjs';
import { newProvince, addOwn } from './steps.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const OWN = 'Hệ thống đấu thầu qua mạng của Sở Tài chính';

const tipShown = (page) => page.evaluate(() => {
  const t = document.querySelector('#badge-tip');
  return !!t && !t.hidden && t.getBoundingClientRect().height > 0;
});

test('a badge shows its finding on hover and on keyboard focus, unclipped, and Escape dismisses it', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await newProvince(page);
  const own = await addOwn(page, OWN);
  const badge = `.badge-hit[data-id="${own}"]`;
  await page.waitForSelector(badge);
  // The button sits over the badge the model drew.
  const [hit, drawn] = await Promise.all([
    page.locator(badge).boundingBox(),
    page.locator(`.diagram-content g.node[data-id="${own}"] g.badge`).boundingBox(),
  ]);
  const cx = drawn.x + drawn.width / 2, cy = drawn.y + drawn.height / 2;
  assert(hit.x <= cx && cx <= hit.x + hit.width && hit.y <= cy && cy <= hit.y + hit.height, `button ${JSON.stringify(hit)} not over badge ${JSON.stringify(drawn)}`);

  // Hover: the first line of the overlap finding, naming the platform it duplicates.
  await page.hover(badge);
  await page.waitForFunction(() => !document.querySelector('#badge-tip').hidden);
  const text = await page.textContent('#badge-tip');
  assert(text.includes(OWN) && text.includes('B-28') && text.includes('Trùng nền tảng'), `tooltip: ${text}`);
  const tip = await page.evaluate(() => {
    const t = document.querySelector('#badge-tip');
    const r = t.getBoundingClientRect();
    return { r: { l: r.left, t: r.top, rr: r.right, b: r.bottom }, size: parseFloat(getComputedStyle(t).fontSize),
      inDiagram: !!t.closest('.diagram'), w: innerWidth, h: innerHeight };
  });
  assert(!tip.inDiagram, 'the tooltip is inside the clipped diagram');
  assert(tip.r.l >= 0 && tip.r.t >= 0 && tip.r.rr <= tip.w && tip.r.b <= tip.h, `tooltip off screen: ${JSON.stringify(tip)}`);
  assert(tip.size >= 12, `tooltip text ${tip.size}px`);
  // The line is the explanation's first sentence, not the whole explanation.
  await page.click(`.diagram-content g.node[data-id="${own}"]`);
  const explanation = await page.textContent(`.inspector .finding[data-component="${own}"] .explanation`);
  assert(explanation.length > text.length - 40, 'the tooltip is longer than the explanation');

  // Moving away dismisses it.
  await page.hover(badge);
  await page.waitForFunction(() => !document.querySelector('#badge-tip').hidden);
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => document.querySelector('#badge-tip').hidden, null, { timeout: 2000 });

  // Keyboard: Tab from the last box reaches the badges; focus shows the tooltip, announced.
  await page.evaluate(() => { const n = [...document.querySelectorAll('.diagram-content g.node')]; n[n.length - 1].focus(); });
  let on = null;
  for (let i = 0; i < 40 && !on; i++) {
    await page.keyboard.press('Tab');
    on = await page.evaluate((id) => document.activeElement?.matches(`.badge-hit[data-id="${id}"]`) ? document.activeElement.getAttribute('aria-label') : null, own);
  }
  assert(on && on.includes(OWN) && on.includes('B-28'), `the badge is not reached by Tab, or not named: ${on}`);
  assert(await tipShown(page), 'focus does not show the tooltip');
  assert(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')) === 'badge-tip', 'the tooltip does not describe the badge');
  const selected = await page.$$eval('.diagram-content g.node.selected', (e) => e.map((x) => x.dataset.id));
  await page.keyboard.press('Escape');
  assert(!(await tipShown(page)), 'Escape left the tooltip');
  assert(JSON.stringify(await page.$$eval('.diagram-content g.node.selected', (e) => e.map((x) => x.dataset.id))) === JSON.stringify(selected), 'Escape on the badge changed the selection');

  // axe-core, with the tooltip showing.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert(await tipShown(page), 'focus again does not show the tooltip');
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE);
  const problems = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')
      .map((x) => `${x.id}: ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert(problems.length === 0, problems.join('\n'));

  // A click on the badge selects its box, and the inspector explains it.
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.click(badge);
  await page.waitForSelector(`.diagram-content g.node.selected[data-id="${own}"]`);
  await page.waitForSelector(`.inspector .finding[data-component="${own}"]`);
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});

test('near the window edge the tooltip opens inward', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1000, height: 700 });
  await newProvince(page);
  const own = await addOwn(page, OWN);
  const badge = `.badge-hit[data-id="${own}"]`;
  // Pan so that the badge sits in the diagram's bottom-right corner.
  const dia = await page.locator('.diagram').boundingBox();
  for (let i = 0; i < 30; i++) {
    const b = await page.locator(badge).boundingBox();
    const dx = dia.x + dia.width - 30 - (b.x + b.width), dy = dia.y + dia.height - 30 - (b.y + b.height);
    if (Math.abs(dx) < 20 && Math.abs(dy) < 20) break;
    await page.mouse.move(dia.x + 10, dia.y + dia.height / 2);
    await page.mouse.down();
    await page.mouse.move(dia.x + 10 + Math.max(-300, Math.min(300, dx)), dia.y + dia.height / 2 + Math.max(-300, Math.min(300, dy)), { steps: 4 });
    await page.mouse.up();
  }
  await page.hover(badge);
  await page.waitForFunction(() => !document.querySelector('#badge-tip').hidden);
  const r = await page.evaluate(() => { const r = document.querySelector('#badge-tip').getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, innerWidth, innerHeight]; });
  assert(r[0] >= 0 && r[1] >= 0 && r[2] <= r[4] && r[3] <= r[5], `tooltip outside the window: ${r}`);
});
