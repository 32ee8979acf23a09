// index.html and embed.html leave unicode-normalization's tables out and fold text with the
// browser's own normalizer (app/src/unicode.rs, issue 15): search must still read composed and
// decomposed Vietnamese, upper and lower case, with and without diacritics, alike.
import { test, assert, openApp } from './harness.mjs';

const decomposed = (s) => s.normalize('NFD');

test('search reads decomposed, upper-case and unaccented queries alike', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  for (const query of [decomposed('CỔNG DỊCH VỤ CÔNG'), 'cổng dịch vụ công', 'cong dich vu cong', decomposed('Cổng dịch vụ công')]) {
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.classList.contains('palette-input'));
    await page.fill('.palette-input', query);
    await page.waitForSelector('.hit.active[data-id="A-01"]', { timeout: 5000 }).catch(() => {
      throw new Error(`"${query}" (${[...query].length} code points) did not find A-01 first`);
    });
    await page.keyboard.press('Escape');
  }
  assert(page.errors.length === 0, page.errors.join(' | '));
});

test('the glossary filter folds decomposed input with the browser', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/#/glossary');
  await page.waitForSelector('.glossary-table tbody tr');
  await page.fill('.glossary-search', decomposed('TÍCH HỢP CHIA SẺ DỮ LIỆU QUỐC GIA'));
  await page.waitForFunction(() => [...document.querySelectorAll('.glossary-table:not(.agencies) tbody th')].some((e) => e.textContent === 'NDXP'));
  const rows = await page.$$eval('.glossary-table:not(.agencies) tbody tr', (els) => els.length);
  assert(rows >= 1 && rows < 10, `${rows} acronyms for the decomposed query`);
  assert(page.errors.length === 0, page.errors.join(' | '));
});
