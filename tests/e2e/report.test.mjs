// The framework report from the app: "Báo cáo (Word)" downloads a .docx written by the on-demand
// extras worker (fetched only then, not on first load), and "In báo cáo" opens the print page
// in a new tab. A hostile component name stays text in both.
import { readFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp, createProvince } from './harness.mjs';

const HOSTILE = 'Hệ thống <img src=x onerror=alert(1)> & "lạ"';

test('Báo cáo: a Word file and a print page, with the report code loaded on demand', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await createProvince(page);
  await page.fill('.component-form input[name=name]', HOSTILE);
  await page.click('.component-form button[type=submit]');
  await page.waitForFunction((n) => [...document.querySelectorAll('.diagram-content svg g.node')].some((g) => g.getAttribute('aria-label') === n), HOSTILE);
  assert(!fetched.some((u) => u.includes('extras')), 'the report worker was fetched before anyone asked for a report');

  // The Word file.
  await page.click('.view-head .export-menu > button');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60000 }),
    page.click('[data-export="report-docx"]'),
  ]);
  assert(fetched.some((u) => u.includes('extras_bg.wasm')), 'the report worker was not loaded');
  const dir = mkdtempSync(join(tmpdir(), 'khung-report-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  assert(path.endsWith('.docx'), `file name ${path}`);
  const bytes = readFileSync(path);
  assert(bytes.subarray(0, 2).toString() === 'PK', 'not a zip package');
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8');
  assert(xml.includes('Lâm Đồng'), 'the agency is missing from the Word file');
  assert(xml.includes('Hệ thống &lt;img src=x onerror=alert(1)&gt; &amp; &quot;lạ&quot;') || xml.includes('Hệ thống &lt;img src=x onerror=alert(1)&gt; &amp; "lạ"'), 'the hostile name is not text in the Word file');
  const media = execFileSync('unzip', ['-l', path]).toString();
  assert(/word\/media\/\S+/.test(media), 'the diagram picture is missing from the Word file');

  // The print page, in a new tab.
  await page.click('.view-head .export-menu > button');
  const [tab] = await Promise.all([
    page.context().waitForEvent('page', { timeout: 60000 }),
    page.click('[data-export="report-print"]'),
  ]);
  await tab.waitForFunction(() => document.querySelector('h1') !== null, null, { timeout: 60000 });
  const text = await tab.textContent('body');
  for (const want of ['KHUNG KIẾN TRÚC SỐ', 'Lâm Đồng', 'MỤC LỤC', '1132/QĐ-TTg ngày 24/6/2026', 'Văn bản được trích dẫn', HOSTILE]) {
    assert(text.toUpperCase().includes(want.toUpperCase()), `the print page lacks «${want}»`);
  }
  assert(await tab.$$eval('img[onerror], script', (els) => els.length) === 0, 'markup from a name became an element');
  const diagram = await tab.$eval('figure img', (img) => img.naturalWidth);
  assert(diagram > 100, 'the diagram did not draw on the print page');
  const headerRepeats = await tab.$eval('thead', (t) => getComputedStyle(t).display);
  assert(headerRepeats === 'table-header-group', `thead display ${headerRepeats}`);
  assert(page.errors.length === 0, `errors: ${page.errors.join(' | ')}`);
});
