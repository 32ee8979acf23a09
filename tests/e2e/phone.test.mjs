// The editor on a 390 × 844 phone: nothing overflows sideways, the main editing actions (undo,
// redo, delete) sit in one row with the rest one tap away under "⋯", a new framework can be
// started from the empty editor in one tap, and axe-core stays clean with the row unfolded.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, assert } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Elements wider than the screen or sticking out of it, and the page's own sideways scroll. */
const overflow = (page) => page.evaluate(() => {
  const w = document.documentElement.clientWidth;
  const out = [...document.querySelectorAll('body *')].filter((e) => {
    if (e.closest('.skip, .diagram-content, .badge-layer, .minimap')) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (r.right > w + 1 || r.left < -1);
  }).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
  return { page: document.documentElement.scrollWidth - w, out: out.slice(0, 8) };
});

/** Whether `sel` is on screen and not covered, so one tap reaches it. */
const tappable = (page, sel) => page.evaluate((s) => {
  const e = document.querySelector(s);
  if (!e) return false;
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.right > innerWidth || r.bottom > innerHeight || r.left < 0 || r.top < 0) return false;
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && (hit === e || e.contains(hit));
}, sel);

test('on a 390 px phone the toolbar fits, its main actions are one tap away and nothing overflows', async ({ browser, origin }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + '/#/editor');
  await page.waitForSelector('.diagram-content svg');
  await page.evaluate(() => document.querySelector('.first-visit .dismiss')?.click());
  // The empty editor: "new framework" is in the row.
  assert(await tappable(page, '.editor-tools .new-framework-button'), '"Khung mới…" is not one tap away in the empty editor');
  await page.tap('.editor-tools .new-framework-button');
  await page.fill('.new-framework input[name=agency]', 'Lâm Đồng');
  await page.tap('.new-framework button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Lâm Đồng'));
  await page.waitForTimeout(300);

  let o = await overflow(page);
  assert(o.page <= 0 && o.out.length === 0, `overflow: ${JSON.stringify(o)}`);
  for (const s of ['.editor-tools .undo', '.editor-tools .redo', '.editor-tools .delete', '.editor-tools .tools-more', '.view-head .outline-button', '.view-head .export-menu > button']) {
    assert(await tappable(page, s), `${s} is not one tap away`);
  }
  const bar = await page.locator('.editor-tools').boundingBox();
  assert(bar.height < 60, `the toolbar takes ${bar.height} px folded`);
  const dia = await page.locator('.diagram').boundingBox();
  assert(dia.height / 844 > 0.6, `the diagram has ${Math.round(dia.height / 844 * 100)}% of the screen`);
  await page.screenshot({ path: 'target/phone-editor.png' });

  // "⋯" unfolds the rest, still inside the screen; undo works from the row.
  await page.tap('.editor-tools .tools-more');
  assert(await page.getAttribute('.editor-tools .tools-more', 'aria-expanded') === 'true', 'aria-expanded not set');
  for (const s of ['.editor-tools .versions-button', '.editor-tools .file-button', '.editor-tools .new-framework-button']) {
    assert(await tappable(page, s), `${s} is not reachable after "⋯"`);
  }
  o = await overflow(page);
  assert(o.page <= 0 && o.out.length === 0, `overflow unfolded: ${JSON.stringify(o)}`);
  await page.screenshot({ path: 'target/phone-editor-more.png' });
  await page.evaluate(AXE);
  const problems = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
    .violations.filter((x) => x.impact === 'serious' || x.impact === 'critical').map((x) => `${x.id}: ${x.nodes[0].target}`));
  assert(problems.length === 0, problems.join('\n'));
  await page.tap('.editor-tools .tools-more');
  assert(!(await tappable(page, '.editor-tools .versions-button')), 'the secondary actions stayed unfolded');
  assert(errors.length === 0, errors.join(' | '));
  await context.close();
});
