// Times one edit of a 300-component framework in the browser, from the keystroke to the
// redrawn SVG in the DOM and to the next frame, over alternating undo/redo steps, and writes
// the figures to bench/browser.txt. Usage: node scripts/bench-browser.mjs DIST FRAMEWORK.json
import { writeFileSync, mkdirSync } from 'node:fs';
import { serve, launch } from '../tests/e2e/harness.mjs';

const [dist, file] = process.argv.slice(2);
const server = await serve(dist);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(server.origin + '/#/editor');
await page.waitForSelector('.diagram-content svg');
await page.setInputFiles('.file-button input[type=file]', file);
await page.waitForSelector('.notice.info');
const n = await page.$$eval('.diagram-content g.node', (els) => els.length);
// One edit to undo: move the first component.
await page.click('text=Tự sắp xếp');
const first = await page.$eval('.diagram-content g.node', (e) => e.getAttribute('data-id'));
await page.click(`.diagram-content g.node[data-id="${first}"]`);
await page.click('text=Thêm mới…');
await page.fill('.component-form input[name=name]', 'Thành phần đo thời gian');
await page.click('.component-form button[type=submit]');
await page.click('.diagram');

const samples = await page.evaluate(async () => {
  const out = [];
  const content = document.querySelector('.diagram-content');
  for (let i = 0; i < 40; i++) {
    const key = i % 2 === 0 ? 'z' : 'y';
    const done = new Promise((resolve) => {
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
      obs.observe(content, { childList: true, subtree: true });
    });
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }));
    const t1 = await done;
    const t2 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    out.push([t1 - t0, t2 - t0]);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
});
// Dragging a node: each pointer move is a MoveComponents command inside one transaction.
const drag = await page.evaluate(async () => {
  const out = [];
  const content = document.querySelector('.diagram-content');
  const diagram = document.querySelector('.diagram');
  const node = content.querySelector('g.node[data-id] > rect');
  const r = node.getBoundingClientRect();
  const opts = (x, y, buttons) => ({ bubbles: true, clientX: x, clientY: y, button: 0, buttons, pointerId: 1 });
  node.dispatchEvent(new PointerEvent('pointerdown', opts(r.x + 5, r.y + 5, 1)));
  for (let i = 1; i <= 30; i++) {
    const done = new Promise((resolve) => {
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
      obs.observe(content, { childList: true, subtree: true, attributes: true });
    });
    const t0 = performance.now();
    diagram.dispatchEvent(new PointerEvent('pointermove', opts(r.x + 5 + i * 7, r.y + 5 + i * 2, 1)));
    const t1 = await done;
    const t2 = await new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    out.push([t1 - t0, t2 - t0]);
  }
  diagram.dispatchEvent(new PointerEvent('pointerup', opts(r.x + 215, r.y + 65, 0)));
  return out;
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.9)]; };
const dom = samples.map((s) => s[0]), frame = samples.map((s) => s[1]);
const text = [
  `date: ${new Date().toISOString()}`,
  `diagram: ${n} components (khung sample), headless Chromium, ${samples.length} alternating undo/redo edits`,
  `edit → SVG in the DOM: median ${median(dom).toFixed(1)} ms, p90 ${p90(dom).toFixed(1)} ms`,
  `edit → next animation frame: median ${median(frame).toFixed(1)} ms, p90 ${p90(frame).toFixed(1)} ms`,
  `drag step (move command) → DOM: median ${median(drag.map((d) => d[0])).toFixed(1)} ms, p90 ${p90(drag.map((d) => d[0])).toFixed(1)} ms; → next frame: median ${median(drag.map((d) => d[1])).toFixed(1)} ms`,
].join('\n');
console.log(text);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/browser.txt', text + '\n');
await browser.close();
server.close();
