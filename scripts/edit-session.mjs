// What scripts/bench-browser.mjs and scripts/profile-browser.mjs share: a page with a
// framework open in the editor and one component added (the edit they undo and redo), and the
// browser's timeline.
import { serve, launch } from '../tests/e2e/harness.mjs';

/** Serves `dist`, opens `file` (a framework JSON) in the editor, adds one component and
 *  resolves to { server, browser, page, nodes } with the diagram focused for shortcuts. */
export async function openEditSession(dist, file) {
  const server = await serve(dist);
  const browser = await launch();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.origin + '/#/editor');
  await page.waitForSelector('.diagram-content svg');
  await page.setInputFiles('.file-button input[type=file]', file);
  await page.waitForSelector('.notice.info');
  const nodes = await page.$$eval('.diagram-content g.node', (els) => els.length);
  await page.click('text=Tự sắp xếp');
  const first = await page.$eval('.diagram-content g.node', (e) => e.getAttribute('data-id'));
  await page.click(`.diagram-content g.node[data-id="${first}"]`);
  await page.click('text=Thêm mới…');
  await page.fill('.component-form input[name=name]', 'Thành phần đo thời gian');
  await page.click('.component-form button[type=submit]');
  await page.click('.diagram');
  return { server, browser, page, nodes };
}

/** Connects the component openEditSession added to the box farthest from it vertically (in
 *  another layer), which reorders the boxes around both ends. */
export async function connectFarthest(page) {
  const added = await page.$eval('.diagram-content g.node[aria-label="Thành phần đo thời gian"]', (e) => e.getAttribute('data-id'));
  await page.click(`.diagram-content g.node[data-id="${added}"]`);
  const other = await page.$$eval('.diagram-content g.node', (els, id) => {
    const mine = els.find((e) => e.getAttribute('data-id') === id);
    const y = (e) => e.getBoundingClientRect().y;
    return els.reduce((a, e) => (Math.abs(y(e) - y(mine)) > Math.abs(y(a) - y(mine)) ? e : a)).getAttribute('data-id');
  }, added);
  await page.click(`.diagram-content g.node[data-id="${other}"]`, { modifiers: ['Shift'] });
  const before = await page.$$eval('.diagram-content g.edge', (els) => els.length);
  await page.click('.editor-tools button:has-text("Kết nối")');
  await page.waitForFunction((b) => document.querySelectorAll('.diagram-content g.edge').length === b + 1, before);
  await page.click('.diagram');
}

/** Starts recording the page's main-thread timeline; the result's `stop()` resolves to its
 *  events. Marks made with console.timeStamp(name) come out as `TimeStamp` events. */
export async function traceTimeline(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReturnAsStream' });
  return {
    cdp,
    async stop() {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      let text = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream });
        text += chunk.data;
        if (chunk.eof) break;
      }
      return JSON.parse(text).traceEvents;
    },
  };
}
