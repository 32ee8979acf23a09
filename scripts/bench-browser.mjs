// Times one edit of a 300-component framework in the browser, from the keystroke to the
// redrawn SVG in the DOM and to the end of the frame that paints it, over alternating undo/redo
// steps, and writes the figures to bench/browser.txt. Usage: node scripts/bench-browser.mjs DIST FRAMEWORK.json
import { writeFileSync, mkdirSync } from 'node:fs';
import { openEditSession, traceTimeline } from './edit-session.mjs';

const [dist, file] = process.argv.slice(2);
const { server, browser, page, nodes: n } = await openEditSession(dist, file);

// The browser's own timeline gives the whole frame: script, style, layout and paint.
const timeline = await traceTimeline(page);
const samples = await page.evaluate(async () => {
  const out = [];
  const content = document.querySelector('.diagram-content');
  for (let i = 0; i < 40; i++) {
    const key = i % 2 === 0 ? 'z' : 'y';
    const done = new Promise((resolve) => {
      const obs = new MutationObserver(() => { obs.disconnect(); resolve(performance.now()); });
      obs.observe(content, { childList: true, subtree: true });
    });
    console.timeStamp('khung-edit');
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }));
    const t1 = await done;
    const t2 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    out.push([t1 - t0, t2 - t0]);
    await new Promise((r) => setTimeout(r, 30));
  }
  return out;
});
// Per edit: from the key press to the end of the first paint (and its commit to the
// compositor) after it, on the page's main thread.
const events = await timeline.stop();
const timed = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
const painted = events
  .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'khung-edit')
  .map((mark) => {
    const paint = timed.find((e) => e.ts > mark.ts && e.tid === mark.tid && e.name === 'Paint');
    const commit = paint && timed.find((e) => e.ts >= paint.ts && e.tid === mark.tid && e.name === 'Commit');
    const end = commit ?? paint;
    if (!end) return null;
    const stop = end.ts + end.dur;
    // Busy time: the union of the main thread's work in between, without the wait for vsync.
    let busy = 0, reach = mark.ts;
    for (const e of timed) {
      if (e.tid !== mark.tid || e.ts + e.dur <= reach || e.ts >= stop) continue;
      const from = Math.max(e.ts, reach), to = Math.min(e.ts + e.dur, stop);
      if (to > from) { busy += to - from; reach = to; }
    }
    // The script: the task that ran the key press, its effects included.
    const script = timed
      .filter((e) => e.ts >= mark.ts && e.ts < mark.ts + 2000 && e.tid === mark.tid && e.name === 'FunctionCall')
      .reduce((a, e) => Math.max(a, e.dur), 0);
    return { shown: (stop - mark.ts) / 1000, busy: busy / 1000, script: script / 1000 };
  })
  .filter(Boolean);
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
  `edit → script done (the key press with every effect it runs, from the trace): median ${median(painted.map((p) => p.script)).toFixed(1)} ms, p90 ${p90(painted.map((p) => p.script)).toFixed(1)} ms`,
  `edit → its frame painted, main-thread work (script, style, layout, paint, commit; from the trace, ${painted.length} edits): median ${median(painted.map((p) => p.busy)).toFixed(1)} ms, p90 ${p90(painted.map((p) => p.busy)).toFixed(1)} ms`,
  `edit → its frame painted, wall clock (includes the wait for the next vsync): median ${median(painted.map((p) => p.shown)).toFixed(1)} ms, p90 ${p90(painted.map((p) => p.shown)).toFixed(1)} ms`,
  `edit → next animation frame callback: median ${median(frame).toFixed(1)} ms, p90 ${p90(frame).toFixed(1)} ms`,
  `drag step (move command) → DOM: median ${median(drag.map((d) => d[0])).toFixed(1)} ms, p90 ${p90(drag.map((d) => d[0])).toFixed(1)} ms; → next frame: median ${median(drag.map((d) => d[1])).toFixed(1)} ms`,
].join('\n');
console.log(text);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/browser.txt', text + '\n');
await browser.close();
server.close();
