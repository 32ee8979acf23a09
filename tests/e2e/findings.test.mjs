// Overlap and compliance in the browser: a component that duplicates an operational Group B
// platform is flagged at once, with its rule and source; the user replaces it with the platform
// or records an exemption, and undo takes either back.
import { test, assert, openApp, createProvince } from './harness.mjs';

async function provinceWith(page, name) {
  await createProvince(page);
  await page.fill('.component-form input[name=name]', name);
  await page.selectOption('.component-form select[name=status]', 'planned');
  await page.click('.component-form button[type=submit]');
  return page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));
}

test('a duplicate of the national procurement network is flagged, replaced, undone and exempted', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  const id = await provinceWith(page, 'Hệ thống đấu thầu qua mạng của Sở Tài chính');
  const finding = `.finding.overlap[data-component="${id}"][data-platform="B-28"]`;
  await page.waitForSelector(finding);
  const text = await page.textContent(finding);
  assert(text.includes('1132/QĐ-TTg'), `no citation: ${text}`);
  assert(await page.getAttribute(finding, 'class').then((c) => c.includes('violation')), 'not a violation');
  assert(await page.getAttribute(`.diagram-content g.node[data-id="${id}"]`, 'data-flag') === 'flag-violation', 'node not badged');

  // Replace it with the platform: the finding goes.
  await page.click(`${finding} button.replace`);
  await page.waitForSelector(finding, { state: 'detached' });
  assert(await page.getAttribute(`.diagram-content g.node[data-id="${id}"]`, 'aria-label') === 'Hệ thống mạng đấu thầu quốc gia', 'not replaced');
  // Undo brings the component and its finding back; the inspector shows it on its box.
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.click(`.diagram-content g.node[data-id="${id}"]`);
  await page.waitForSelector(finding);

  // Exempt it, with a justification: shown, not hidden.
  await page.click(`${finding} button.exempt`);
  await page.fill(`${finding} textarea[name=justification]`, 'Hệ thống phục vụ mua sắm mật theo yêu cầu an ninh.');
  await page.click(`${finding} .exemption-form button[type=submit]`);
  await page.waitForFunction((sel) => document.querySelector(sel)?.textContent.includes('đã miễn trừ'), finding);
  assert((await page.getAttribute(finding, 'class')).includes('info'), 'an exempted overlap is not shown as information');
  await page.click('#tab-framework');
  assert(await page.$$eval('#panel-framework .kpi tr', (r) => r.length) === 5, 'KPI scores missing');
});

test('a shared word alone is not an overlap', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  const id = await provinceWith(page, 'Hệ thống quản lý thông tin nội bộ phòng họp');
  await page.waitForTimeout(300);
  assert(await page.$(`.finding.overlap[data-component="${id}"]`) === null, 'flagged on a shared word');
});
