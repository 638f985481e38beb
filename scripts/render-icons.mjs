// Renders public/icons/icon.svg to the PNG icons the manifest lists (run by hand after
// changing the SVG; the PNGs are committed). Uses Debian's Chromium.
import { readFileSync } from 'node:fs';
import { browser } from '../tests/e2e/browser.mjs';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const b = await browser();
const page = await b.newPage();
async function render(size, maskable, out) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable: full-bleed background, artwork inside the central 70 % safe zone.
  const art = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#0f766e;display:grid;place-items:center"><div style="width:${size * 0.7}px;height:${size * 0.7}px">${svg}</div></div>`
    : svg;
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:100%;height:100%;display:block}</style><div style="width:${size}px;height:${size}px">${art}</div>`);
  await page.screenshot({ path: new URL(`../public/icons/${out}`, import.meta.url).pathname, omitBackground: true });
}
await render(192, false, 'icon-192.png');
await render(512, false, 'icon-512.png');
await render(512, true, 'icon-maskable-512.png');
await b.close();
