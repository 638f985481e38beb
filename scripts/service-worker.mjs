// Trunk post-build hook: writes sw.js into the staging dir with every built file to
// precache, the files kept only once used (the xlsx worker: a cadre who never opens an
// Excel file never downloads it), and a version that changes whenever any file changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('service-worker.mjs: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(staging)
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((file) => file !== 'sw.js')
  .sort();
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file);
  hash.update(readFileSync(join(staging, file)));
}
const version = hash.digest('hex').slice(0, 12);
const onDemand = files.filter((file) => file.startsWith('xlsx_worker-'));
const precache = ['./', ...files.filter((file) => !onDemand.includes(file))];
const template = readFileSync(new URL('../public/sw.template.js', import.meta.url), 'utf8');
writeFileSync(
  join(staging, 'sw.js'),
  template
    .replace('__VERSION__', version)
    .replace('__FILES__', JSON.stringify(precache))
    .replace('__ON_DEMAND__', JSON.stringify(onDemand))
);
console.log(`service worker ${version}: ${precache.length} files, ${onDemand.length} on demand`);
