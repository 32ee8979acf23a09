// The English toggle covers the editor: its chrome (toolbar, palette, inspector, findings and
// KPI tab), the diagram's layer titles and legend, the finding headings and the rules' texts;
// the documents' citations stay verbatim Vietnamese with an English gloss beside them, and the
// users' own names stay as written. Vietnamese comes back with the toggle.
import { test, assert, openApp } from './harness.mjs';
import { addOwn } from './steps.mjs';

const OWN = 'Hệ thống đấu thầu qua mạng của Sở Tài chính';
// A letter or mark only Vietnamese uses (checked after NFD, so tone marks are combining marks).
const VIETNAMESE = /[đĐ\u0300-\u0323\u031b\u0306\u0302]/;

/** The text of the editor's chrome, element by element, leaving out the user's and the
 *  documents' data (box names, platform names, citations). */
const chrome = (page) => page.evaluate(() => {
  const sel = [
    '.editor-tools button', '.editor-tools label', '.editor-tools input[placeholder]',
    '.diagram-tools button', '.view-head button',
    '.palette h3', '.palette label', '.palette option', '.palette button.new-own', '.palette input[placeholder]',
    '.inspector-tab', '.inspector h4', '.inspector label', '.inspector option', '.inspector button:not(.link)',
    '.inspector .finding .sev', '.inspector .finding-head',
    '#panel-framework .kpi td:first-child',
    '.diagram-content .band-title', '.diagram-content .legend text',
  ];
  const out = [];
  for (const s of sel) {
    for (const e of document.querySelectorAll(s)) {
      if (e.closest('[hidden]')) continue;
      // A finding's heading may name the box (data, in <strong>) and the platform by id.
      const el = e.cloneNode(true);
      el.querySelectorAll?.('strong').forEach((x) => x.remove());
      let text = (e.getAttribute('placeholder') ?? el.textContent).replace(/ ↔ .*/, '').trim();
      // Document numbers (3090/QĐ-BKHCN) are names, not words.
      text = text.replace(/\d+\/[A-ZĐ]+(-[A-ZĐ]+)*/g, '');
      if (text) out.push([s, text]);
    }
  }
  return out;
});

test('in English the editor chrome, diagram words and rule texts are English; data and citations stay', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('.tab[data-view="#/editor"]');
  await page.click('.editor-tools .new-framework-button');
  await page.fill('.new-framework input[name=agency]', 'Lâm Đồng');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#view-title').textContent.includes('Lâm Đồng'));
  const own = await addOwn(page, OWN);
  await page.waitForSelector(`.inspector .finding[data-component="${own}"]`);

  // Expected English, pane by pane.
  const expect = {
    '.editor-tools': ['New framework…', 'Undo', 'Redo', 'Delete', 'Import file…', 'Export JSON'],
    '.palette': ['+ New component', 'Shared platform catalogue'],
    '.inspector': ['Component', 'Findings and KPIs', 'Findings (', 'Connections', 'Name', 'Layer', 'Status'],
    '.diagram-content': ['Layer 1: Shared digital infrastructure', 'Layer 4: ', 'Duplicates a national shared platform'],
  };
  for (const [pane, words] of Object.entries(expect)) {
    const text = await page.textContent(pane);
    for (const w of words) assert(text.includes(w), `${pane} lacks "${w}"`);
  }
  // The rule's text in English, the citation verbatim with its gloss, the name as written.
  const finding = `.inspector .finding[data-component="${own}"]`;
  const explanation = await page.textContent(`${finding} .explanation`);
  assert(explanation.startsWith(`«${OWN}» does what B-28`), `explanation: ${explanation}`);
  assert((await page.textContent(`${finding} cite`)).includes('Điều 2, khoản'), 'the citation was translated');
  assert(/Article 2, clause \d/.test(await page.textContent(`${finding} .gloss`)), 'no English gloss of the citation');
  assert((await page.textContent(`${finding} .finding-head`)).includes('Overlaps'), 'the finding heading is not English');
  assert(await page.$(`.diagram-content g.node[aria-label="${OWN}"]`), 'the box name changed');
  const described = await page.getAttribute(`.diagram-content g.node[data-id="${own}"]`, 'aria-description');
  assert(described.startsWith('Duplicates a national shared platform'), `screen readers hear: ${described}`);
  // The badge's tooltip.
  await page.hover(`.badge-hit[data-id="${own}"]`);
  await page.waitForFunction(() => !document.querySelector('#badge-tip').hidden);
  const tip = await page.textContent('#badge-tip');
  assert(tip.includes('Duplicates a national shared platform') && tip.includes('does what B-28'), `tooltip: ${tip}`);
  await page.mouse.move(5, 5);
  // The framework tab: KPI names.
  await page.click('#tab-framework');
  await page.waitForSelector('#panel-framework .kpi');
  assert((await page.textContent('#panel-framework .kpi')).includes('Architecture compliance'), 'KPI names not in English');

  // Nothing in the chrome is left in Vietnamese.
  const left = [];
  for (const tab of ['#tab-selection', '#tab-framework']) {
    await page.click(tab);
    if (tab === '#tab-selection') await page.click(`.diagram-content g.node[data-id="${own}"]`);
    for (const [s, text] of await chrome(page)) if (VIETNAMESE.test(text.normalize('NFD'))) left.push(`${s}: ${text}`);
  }
  assert(left.length === 0, `Vietnamese left in the English UI:\n${[...new Set(left)].join('\n')}`);

  // Back to Vietnamese.
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  await page.click('#tab-selection');
  await page.waitForFunction((s) => document.querySelector(s)?.textContent.includes('có chức năng tương tự'), `${finding} .explanation`);
  assert((await page.textContent('.diagram-content')).includes('Lớp 1: '), 'the layer titles stayed English');
  assert((await page.getAttribute(`.diagram-content g.node[data-id="${own}"]`, 'aria-description')).startsWith('Trùng'), 'the box is still described in English');
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});

test('in English the national model, a reference architecture and the catalogue map title their layers in English', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const titles = () => page.$$eval('.diagram-content .band-title', (ts) => ts.map((t) => t.textContent));
  for (const hash of ['#/national', '#/catalogue']) {
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction(() => [...document.querySelectorAll('.diagram-content .band-title')].some((t) => t.textContent.startsWith('Layer')));
    const ts = await titles();
    assert(ts.length > 0 && ts.every((t) => t.startsWith('Layer ') && !VIETNAMESE.test(t.normalize('NFD'))), `${hash}: ${ts}`);
    const legend = await page.textContent('.diagram-content .legend');
    assert(!VIETNAMESE.test(legend.normalize('NFD')), `${hash} legend: ${legend}`);
  }
  // A reference architecture: its elements keep the document's Vietnamese names.
  await page.evaluate(() => { location.hash = '#/ref/province'; });
  await page.waitForFunction(() => document.querySelector('.diagram-content .band-title')?.textContent.startsWith('Layer'));
  assert((await titles()).every((t) => t.startsWith('Layer ')), `reference: ${await titles()}`);
  const names = await page.$$eval('.diagram-content g.node', (ns) => ns.map((n) => n.getAttribute('aria-label')).join(' '));
  assert(VIETNAMESE.test(names.normalize('NFD')), 'the elements lost their Vietnamese names');
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.querySelector('.diagram-content .band-title')?.textContent.startsWith('Lớp'));
  assert(page.errors.length === 0, `page errors: ${page.errors.join(' | ')}`);
});
