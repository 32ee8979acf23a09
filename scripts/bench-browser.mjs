// Times edits of a 300-component framework in the browser and writes the figures to OUT
// (target/browser.txt by default; `scripts/bench.sh browser` writes bench/browser.txt): for each
// kind of edit, alternating undo/redo steps from the key press to the redrawn SVG in the DOM, to
// the end of the script, and to the end of the frame that paints it (the browser's own trace:
// script, style, layout, paint), and a drag step.
// Usage: node scripts/bench-browser.mjs DIST FRAMEWORK.json [OUT]
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openEditSession, connectFarthest, traceTimeline } from './edit-session.mjs';

const [dist, file, out = 'target/browser.txt'] = process.argv.slice(2);
const { server, browser, page, nodes: n } = await openEditSession(dist, file);
const EDITS = 40;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const p90 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length * 0.9)]; };
const ms = (xs) => `median ${median(xs).toFixed(1)} ms, p90 ${p90(xs).toFixed(1)} ms`;

/** Undoes and redoes the last edit EDITS times; returns the figures as lines of text. */
async function undoRedo(what) {
  const timeline = await traceTimeline(page);
  const samples = await page.evaluate(async (edits) => {
    const out = [];
    const content = document.querySelector('.diagram-content');
    for (let i = 0; i < edits; i++) {
      const key = i % 2 === 0 ? 'z' : 'y';
      const done = new Promise((resolve) => {
        const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
        obs.observe(content, { childList: true, subtree: true });
      });
      console.timeStamp('khung-edit');
      const t0 = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }));
      out.push((await done) - t0);
      await new Promise((r) => requestAnimationFrame(r));
      // Spread the key presses over the frame, so that the wall-clock figure is not one phase
      // of vsync.
      await new Promise((r) => setTimeout(r, 30 + (i * 7) % 17));
    }
    return out;
  }, EDITS);
  // Per edit, on the page's main thread: from the key press to the end of the first paint (and
  // its commit to the compositor) after it.
  const events = await timeline.stop();
  const timed = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
  const frames = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'khung-edit')
    .map((mark) => {
      const mine = timed.filter((e) => e.tid === mark.tid && e.ts >= mark.ts);
      const paint = mine.find((e) => e.name === 'Paint');
      const commit = paint && mine.find((e) => e.ts >= paint.ts && e.name === 'Commit');
      const end = commit ?? paint;
      if (!end) return null;
      const stop = end.ts + end.dur;
      // Busy time: the union of the main thread's work in between, without the wait for vsync.
      let busy = 0, reach = mark.ts;
      for (const e of mine) {
        if (e.ts >= stop) break;
        if (e.ts + e.dur <= reach) continue;
        const from = Math.max(e.ts, reach), to = Math.min(e.ts + e.dur, stop);
        if (to > from) { busy += to - from; reach = to; }
      }
      // The script: the task that ran the key press, its effects included.
      const script = mine
        .filter((e) => e.ts < mark.ts + 2000 && e.name === 'FunctionCall')
        .reduce((a, e) => Math.max(a, e.dur), 0);
      return { shown: (stop - mark.ts) / 1000, busy: busy / 1000, script: script / 1000 };
    })
    .filter(Boolean);
  return [
    `${what} (${samples.length} alternating undo/redo steps):`,
    `  key press → SVG patched in the DOM: ${ms(samples)}`,
    `  key press → script done (every effect it runs): ${ms(frames.map((f) => f.script))}`,
    `  key press → its frame painted, main-thread work (script, style, layout, paint, commit): ${ms(frames.map((f) => f.busy))}`,
    `  key press → its frame painted, wall clock (with the wait for the next vsync): ${ms(frames.map((f) => f.shown))}`,
  ];
}

// 1. The component openEditSession added, with no connection: the layout keeps every other box.
const added = await undoRedo('add a component with no connection');

// 2. A connection from it to a box in another layer: the boxes it touches are reordered.
await connectFarthest(page);
const connected = await undoRedo('connect two components in different layers');

// 3. Dragging a node: each pointer move is a MoveComponents command inside one transaction.
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

const text = [
  `date: ${new Date().toISOString()}`,
  `diagram: ${n} components (khung sample), headless Chromium (software rendering), 1400×900`,
  ...added,
  ...connected,
  `drag step (a move command per pointer move): → DOM ${ms(drag.map((d) => d[0]))}; → next animation frame ${ms(drag.map((d) => d[1]))}`,
].join('\n');
console.log(text);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text + '\n');
await browser.close();
server.close();
