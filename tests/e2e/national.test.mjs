// The first screen: the national four-layer model, read from seeds/.
import { test, assert, openApp } from './harness.mjs';

const LAYERS = [
  'Hạ tầng số và an ninh mạng dùng chung',
  'Dữ liệu và nền tảng lõi',
  'Ứng dụng và nghiệp vụ dùng chung',
  'Kênh tương tác và đo lường hiệu quả',
];

test('national model shows the four layer titles in full, layer 1 at the bottom', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.waitForSelector('.diagram-content svg .band-title');
  const titles = await page.$$eval('.diagram-content svg .band-title', (els) =>
    els.map((e) => ({ text: e.textContent, y: e.getBoundingClientRect().top })));
  for (const [i, name] of LAYERS.entries()) {
    const t = titles.find((x) => x.text.includes(name));
    assert(t, `layer title "${name}" missing; saw ${JSON.stringify(titles.map((x) => x.text))}`);
    assert(t.text.includes(`Lớp ${i + 1}`), `"${t.text}" is not numbered ${i + 1}`);
  }
  const y = (n) => titles.find((x) => x.text.includes(LAYERS[n - 1])).y;
  assert(y(1) > y(2) && y(2) > y(3) && y(3) > y(4), 'layers are not stacked 1 (bottom) to 4 (top)');
  assert(page.errors.length === 0, `console errors: ${page.errors.join(' | ')}`);
});

test('national model draws the national shared components of every layer', async ({ browser, origin }) => {
  const page = await openApp(browser, origin + '/');
  await page.click('.outline summary');
  await page.waitForSelector('.outline-layer');
  const perLayer = await page.$$eval('.outline-layer', (els) => els.map((e) => e.querySelectorAll('li').length));
  assert(perLayer.length === 4, `expected 4 layers in the outline, saw ${perLayer.length}`);
  assert(perLayer.every((n) => n > 0), `a layer has no components: ${perLayer}`);
  const nodes = await page.$$eval('.diagram-content svg g.node[data-id]', (els) => els.length);
  assert(nodes === perLayer.reduce((a, b) => a + b, 0), `diagram has ${nodes} nodes, outline ${perLayer}`);
});
