// Profiles the edit that scripts/bench-browser.mjs times (alternating undo/redo of one added
// component in a 300-component framework) with Chromium's sampling profiler, and prints where
// the time goes: self time per function, and the time spent in style, layout and paint.
// scripts/profile-browser.sh builds a bundle that keeps function names and runs this on it.
// Usage: node scripts/profile-browser.mjs DIST FRAMEWORK.json [EDITS]
import { openEditSession, connectFarthest, traceTimeline } from './edit-session.mjs';

const [dist, file, edits = '40'] = process.argv.slice(2);
const { server, browser, page } = await openEditSession(dist, file);
// EDIT=connect profiles undoing and redoing a connection instead of an added component.
if (process.env.EDIT === 'connect') await connectFarthest(page);
const timeline = await traceTimeline(page);
const { cdp } = timeline;
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(async (n) => {
  for (let i = 0; i < n; i++) {
    const key = i % 2 === 0 ? 'z' : 'y';
    console.timeStamp('khung-edit');
    window.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await new Promise((r) => setTimeout(r, 30));
  }
}, Number(edits));
const { profile } = await cdp.send('Profiler.stop');
const events = await timeline.stop();

// Self time per function from the samples.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dts = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const name = n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop()})`;
  if (name === '(idle)' || name === '(program)') return;
  self.set(name, (self.get(name) ?? 0) + (dts[i] ?? 0) / 1000);
});
const per = Number(edits);

// Inclusive time in the steps of one edit: each sample counts for every step on its stack.
const STEPS = ['Analysis::new', 'rules::check_with', 'kpi_scores_with', 'scene_with_badges',
  'layout::layered', 'Parts::of', 'diagram::patch', 'editor_state::autosave', 'History::undo',
  'History::redo', '(garbage collector)'];
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur).callFrame.functionName;
    for (const step of STEPS) if (name.includes(step)) seen.add(step);
  }
  for (const step of seen) inclusive.set(step, (inclusive.get(step) ?? 0) + (dts[i] ?? 0) / 1000);
});
if (process.env.ALL) {
  const all = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) seen.add(byId.get(cur).callFrame.functionName);
    for (const n of seen) all.set(n, (all.get(n) ?? 0) + (dts[i] ?? 0) / 1000);
  });
  for (const [n, ms] of [...all.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ALL))) console.log(`${(ms / per).toFixed(2).padStart(7)}  ${n.slice(0, 150)}`);
}
console.log(`inclusive time per edit (ms):`);
for (const step of STEPS) console.log(`${((inclusive.get(step) ?? 0) / per).toFixed(2).padStart(7)}  ${step}`);

const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 25));
console.log(`self time per edit (ms), ${per} edits:`);
for (const [name, ms] of top) console.log(`${(ms / per).toFixed(2).padStart(7)}  ${name.slice(0, 110)}`);

// Rendering phases from the timeline.
const phases = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  if (['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'FunctionCall', 'EventDispatch', 'RunMicrotasks', 'Commit', 'HitTest'].includes(e.name)) {
    phases.set(e.name, (phases.get(e.name) ?? 0) + e.dur / 1000);
  }
}
console.log('\ntimeline per edit (ms):');
for (const [name, ms] of [...phases.entries()].sort((a, b) => b[1] - a[1])) {
  console.log(`${(ms / per).toFixed(2).padStart(7)}  ${name}`);
}
// Per edit: from the keydown to the end of the first frame that paints its result.
const main = events.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts);
const keys = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'khung-edit');
const frames = [];
for (const k of keys) {
  const paint = main.find((e) => e.ts > k.ts && e.name === 'Paint' && e.tid === k.tid);
  const commit = paint && main.find((e) => e.ts >= paint.ts && e.name === 'Commit' && e.tid === k.tid);
  const end = commit ?? paint;
  if (end) frames.push((end.ts + end.dur - k.ts) / 1000);
}
if (process.env.SEQ) {
  const k = keys[5];
  for (const e of main.filter((e) => e.ts >= k.ts && e.ts < k.ts + 40000 && e.tid === k.tid && e.dur > 100)) {
    console.log(((e.ts - k.ts) / 1000).toFixed(2).padStart(7), (e.dur / 1000).toFixed(2).padStart(6), e.name);
  }
}
frames.sort((a, b) => a - b);
console.log(`\nkeydown → its frame painted: median ${frames[Math.floor(frames.length / 2)]?.toFixed(1)} ms over ${frames.length} edits`);
await browser.close();
server.close();
