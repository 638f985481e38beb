// Trunk post-build hook, in order: Trunk's inline loader moves into boot.js (the
// Content-Security-Policy of index.html allows no inline script), the xlsx worker's
// file name goes into index.html, then sw.js is written over the final files.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build.mjs: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/g;
const loaders = [...html.matchAll(inline)];
if (loaders.length !== 1) {
  console.error(`post-build.mjs: expected Trunk's one inline loader, found ${loaders.length}`);
  process.exit(1);
}
writeFileSync(join(staging, 'boot.js'), loaders[0][1].trim() + '\n');
writeFileSync(indexPath, html.replace(loaders[0][0], '<script type="module" src="./boot.js"></script>'));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(indexPath, 'utf8'))) {
  console.error('post-build.mjs: index.html still holds an inline script');
  process.exit(1);
}
console.log('loader moved to boot.js');

// Trunk names the xlsx worker's files without a content hash: they get one here (so a
// browser or the service worker never pairs an old worker with a new app), with a
// loader that starts them, and the app finds the loader in a <meta> (src/store/xlsx.rs).
const worker = { js: 'xlsx_worker.js', wasm: 'xlsx_worker_bg.wasm' };
for (const file of Object.values(worker)) {
  if (!existsSync(join(staging, file))) {
    console.error(`post-build.mjs: Trunk did not build ${file}`);
    process.exit(1);
  }
}
const workerHash = createHash('sha256');
for (const file of Object.values(worker)) workerHash.update(readFileSync(join(staging, file)));
const tag = workerHash.digest('hex').slice(0, 16);
const hashed = { js: `xlsx_worker-${tag}.js`, wasm: `xlsx_worker-${tag}_bg.wasm`, loader: `xlsx_worker-${tag}_loader.js` };
renameSync(join(staging, worker.js), join(staging, hashed.js));
renameSync(join(staging, worker.wasm), join(staging, hashed.wasm));
writeFileSync(join(staging, hashed.loader), `importScripts('./${hashed.js}');\nwasm_bindgen('./${hashed.wasm}');\n`);
const meta = `<meta name="bakti-xlsx-worker" content="./${hashed.loader}">`;
writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace('</head>', `  ${meta}\n  </head>`));
console.log(`xlsx worker: ${hashed.loader}`);

await import('./service-worker.mjs');
