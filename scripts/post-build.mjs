// Trunk post-build hook, in order: Trunk's inline loader moves into boot.js (the
// Content-Security-Policy of index.html allows no inline script), then sw.js is
// written over the final files.
import { readFileSync, writeFileSync } from 'node:fs';
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

await import('./service-worker.mjs');
