// The portfolio, as a ministry's reviewer uses it: open three provinces' frameworks (and one
// broken file) at once, read the matrix, filter the overlaps, find a shared-platform candidate
// and open an agency's framework at its component.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert, openApp } from './harness.mjs';

const BIDDING = { id: 'bid', name: 'Hệ thống đấu thầu qua mạng của tỉnh', layer: 3, status: 'planned' };

function framework(agency, capability, extra = []) {
  return JSON.stringify({
    schema: 'khung/framework@1',
    title: `Khung kiến trúc số ${agency}`,
    kind: 'province',
    agency,
    components: [
      { id: 'ndxp', name: 'Nền tảng NDXP', layer: 2, platform: 'A-06' },
      { id: 'trees', name: `Phần mềm cây xanh ${agency}`, layer: 3, capabilities: [capability] },
      ...extra,
    ],
  }, null, 2);
}

test('open three frameworks as a portfolio and find a shared-platform candidate', async ({ browser, origin }) => {
  const dir = mkdtempSync(join(tmpdir(), 'khung-portfolio-'));
  const files = [
    ['lam-dong.json', framework('Tỉnh Lâm Đồng', 'Quản lý cây xanh đô thị', [BIDDING])],
    ['hue.json', framework('Thành phố Huế', 'cây xanh đô thị và công viên', [{ ...BIDDING, exemption: { ground: 'security', justification: 'Theo yêu cầu bảo mật' } }])],
    ['can-tho.json', framework('Thành phố Cần Thơ', 'Cây xanh đô thị')],
    ['hong.json', framework('Tỉnh Hỏng', 'x').replace('"layer": 3', '"layer": 7')],
  ].map(([name, text]) => { writeFileSync(join(dir, name), text); return join(dir, name); });

  const page = await openApp(browser, origin + '/');
  await page.click('.tab[data-view="#/editor"]');
  await page.click('.portfolio-button');
  await page.setInputFiles('.portfolio-dialog input[type=file]', files);
  await page.waitForSelector('.portfolio-matrix');

  // The unreadable file is named; the three others are all there.
  const errors = await page.$$eval('.portfolio-errors li', (els) => els.map((e) => e.textContent));
  assert(errors.length === 1 && errors[0].includes('hong.json') && errors[0].includes('layer'), `errors ${errors}`);
  const rows = await page.$$eval('.portfolio-matrix tbody th', (els) => els.map((e) => e.textContent));
  assert(JSON.stringify(rows) === JSON.stringify(['Tỉnh Lâm Đồng', 'Thành phố Huế', 'Thành phố Cần Thơ']), `rows ${rows}`);

  // The matrix: everyone reuses A-06; Lâm Đồng duplicates B-28, Huế under an exemption.
  const state = (row, platform) => page.$eval(`.portfolio-matrix tr[data-agency="${row}"] td[data-platform="${platform}"]`, (e) => e.dataset.state).catch(() => null);
  assert(await state(0, 'A-06') === 'reuse' && await state(2, 'A-06') === 'reuse', 'A-06 reuse missing');
  assert(await state(0, 'B-28') === 'overlap', `Lâm Đồng B-28: ${await state(0, 'B-28')}`);
  assert(await state(1, 'B-28') === 'exempted', `Huế B-28: ${await state(1, 'B-28')}`);
  assert(await state(2, 'B-28') === null, 'Cần Thơ has no B-28 cell');

  // Filtering the overlaps by severity keeps only the exempted one (info).
  const overlaps = () => page.$$eval('.overlap-list li', (els) => els.map((e) => e.textContent));
  assert((await overlaps()).length === 2, `overlaps ${await overlaps()}`);
  await page.selectOption('.overlap-filters select[name=severity]', 'info');
  await page.waitForFunction(() => document.querySelectorAll('.overlap-list li').length === 1);
  assert((await overlaps())[0].includes('Thành phố Huế'), `filtered ${await overlaps()}`);
  await page.selectOption('.overlap-filters select[name=severity]', '');
  await page.selectOption('.overlap-filters select[name=kind]', 'commune');
  await page.waitForFunction(() => document.querySelectorAll('.overlap-list li').length === 0);

  // The candidate: the three agencies' components, with 4577's criteria.
  const candidate = await page.$('.candidate[data-key="cay xanh do thi"]');
  assert(candidate, 'no shared-platform candidate for cây xanh đô thị');
  const builders = await candidate.$$eval('li', (els) => els.map((e) => e.textContent));
  assert(builders.length === 3, `builders ${builders}`);
  const cite = await candidate.$eval('.cite', (e) => e.textContent);
  assert(cite.includes('4577/BKHCN-CĐSQG'), `cite ${cite}`);

  // Clicking a component opens that agency's framework, read-only, at that component.
  await candidate.$$eval('li button', (els) => els[2].click());
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Cần Thơ'));
  await page.waitForSelector('g.node.selected[data-id="trees"]');
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});
