// Time to the first diagram: from navigation to the national model drawn (its boxes in the
// DOM, at the next animation frame), in headless Chromium with an empty cache each run, for the
// app (/), the editor page (/editor.html) and the embed (/embed.html; and the embed opening a
// framework's share link, which its worker draws), on loopback and on a throttled link like a
// provincial network's. Files are served as scripts/serve.sh serves them (their brotli copies, written by
// scripts/post-build.mjs). Writes the figures to OUT (target/first-diagram.txt by default).
// Usage: node scripts/bench-first-diagram.mjs DIST [OUT] [RUNS]
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { launch } from '../tests/e2e/harness.mjs';
import { serveDist } from './serve.mjs';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'target/first-diagram.txt';
const runs = Number(process.argv[4] ?? 7);
// 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip: Chromium's "Fast 3G" preset.
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const server = await serveDist(dist);
const browser = await launch();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** Milliseconds from navigation start to the first frame with the national model's boxes. */
async function once(path, network) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  await page.goto(server.origin + path, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => document.querySelectorAll('.diagram-content svg g.node[data-id]').length >= 10 && performance.now(),
    null, { polling: 'raf', timeout: 60000 });
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

const lines = [`date: ${new Date().toISOString()}`,
  `time from navigation to the first diagram drawn: the national model, or the shared framework (median of ${runs}, empty cache, headless Chromium, 1400×900):`];
// A framework shared by link (12 components, raw-deflated JSON in base64url, as the app's
// share links carry it): the embed draws it in its framework worker, started with the page.
const shared = deflateRawSync(Buffer.from(JSON.stringify({
  schema: 'khung/framework@1', title: 'Khung tỉnh mẫu', kind: 'province',
  components: Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, name: `Hệ thống ${i + 1}`, layer: 1 + (i % 4) })),
}))).toString('base64url');
const pages = [['app', '/#/national', 'index.html'], ['editor page', '/editor.html#/national', 'editor.html'], ['embed', '/embed.html#/national', 'embed.html'],
  ['embed, a framework shared by link (drawn by its worker)', `/embed.html#/fw/${shared}`, 'embed.html']];
for (const [what, path, file] of pages) {
  if (!existsSync(join(dist, file))) continue;
  for (const [net, cond] of [['loopback', null], ['Fast 3G (1.6 Mbit/s, 150 ms RTT)', SLOW]]) {
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(await once(path, cond));
    lines.push(`  ${what}, ${net}: ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`);
  }
}
await browser.close();
server.close();
const text = lines.join('\n');
console.log(text);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text + '\n');
