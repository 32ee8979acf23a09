// A possible overlap, as an architect settles it in the inspector: a weak match (a platform's
// function named only in the description) is shown as information with two buttons; confirming
// it makes it an overlap, undo takes that back, dismissing it removes it, and the decision is
// saved in the framework: it survives a reload, a JSON export and its import.
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp, createProvince } from './harness.mjs';

const NAME = 'Trang tin tổng hợp của Sở';
// "dữ liệu mở" is a capability term of A-07 (Cổng dữ liệu quốc gia); met only in the description
// it is a weak match.
const DESCRIPTION = 'Đăng tin tức, văn bản và dữ liệu mở';

test('a possible overlap is confirmed, undone, dismissed, and the decision survives reload and export', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await createProvince(page);
  await page.fill('.component-form input[name=name]', NAME);
  await page.fill('.component-form textarea[name=description]', DESCRIPTION);
  await page.click('.component-form button[type=submit]');
  await page.waitForSelector(`.diagram-content g.node.selected[aria-label="${NAME}"]`);
  const id = await page.$eval('.diagram-content g.node.selected', (e) => e.getAttribute('data-id'));

  const inInspector = (kind) => `#panel-selection .inspector-findings .finding.${kind}[data-component="${id}"][data-platform="A-07"]`;
  const possible = inInspector('possible_overlap');
  const overlap = inInspector('overlap');
  await page.waitForSelector(possible);
  assert((await page.getAttribute(possible, 'class')).includes('info'), 'a possible overlap is not information');
  assert(await page.$(overlap) === null, 'a weak match already counts as an overlap');
  const text = await page.textContent(possible);
  assert(text.includes('dữ liệu mở') && text.includes('1132/QĐ-TTg'), `no evidence or citation: ${text}`);

  // Confirm: it becomes an overlap (a warning or violation, never information), said to be the user's.
  await page.click(`${possible} button.confirm`);
  await page.waitForSelector(overlap);
  assert(await page.$(possible) === null, 'the possible overlap stayed beside the confirmed one');
  const confirmed = await page.getAttribute(overlap, 'class');
  assert(!confirmed.includes(' info'), `a confirmed overlap is only information: ${confirmed}`);
  assert((await page.textContent(overlap)).includes('người dùng đã xác nhận'), 'the confirmation is not shown');

  // Undo takes the decision back.
  await page.click('.diagram', { position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await page.click(`.diagram-content g.node[data-id="${id}"]`);
  await page.waitForSelector(possible);
  assert(await page.$(overlap) === null, 'undo left the confirmed overlap');

  // Dismiss: no finding on A-07 is left for the component, anywhere.
  await page.click(`${possible} button.dismiss`);
  await page.waitForSelector(possible, { state: 'detached' });
  const anyA07 = `.finding[data-component="${id}"][data-platform="A-07"]`;
  assert(await page.$(anyA07) === null, 'a dismissed possible overlap is still listed');

  // Reload: the decision was saved with the framework.
  await page.reload();
  await page.waitForSelector('.diagram-content svg');
  await page.click('.tab[data-view="#/editor"]');
  await page.click(`.diagram-content g.node[data-id="${id}"]`);
  await page.waitForSelector('#panel-selection .inspector-findings');
  assert(await page.$(anyA07) === null, 'the dismissal was lost on reload');

  // Export JSON: the decision is in the file; importing it keeps the possible overlap dismissed.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Xuất JSON')]);
  const file = join(mkdtempSync(join(tmpdir(), 'khung-review-')), 'review.json');
  await download.saveAs(file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const saved = (json.reviews || []).find((r) => r.component === id && r.platform === 'A-07');
  assert(saved && saved.decision === 'dismissed', `the export holds no dismissal: ${JSON.stringify(json.reviews)}`);
  await page.setInputFiles('.file-button input[type=file]', file);
  await page.waitForSelector('.notice.info');
  await page.click(`.diagram-content g.node[data-id="${id}"]`);
  await page.waitForSelector('#panel-selection .inspector-findings');
  assert(await page.$(anyA07) === null, 'the dismissal was lost on import');
  assert(page.errors.length === 0, page.errors.join(' | '));
});
