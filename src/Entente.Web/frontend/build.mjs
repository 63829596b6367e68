// Bundles the page into ../wwwroot: esbuild for the JS modules (cytoscape and the article check in chunks of
// their own, loaded only when the network view or the check tab opens), the static files copied, world-atlas's
// 110m countries beside them, and a Brotli and a gzip copy of every file so the server sends them precompressed.
// No CDN, no network.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const out = new URL('../wwwroot/', import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const result = await build({
  entryPoints: ['src/main.js'],
  outdir: out,
  entryNames: 'app',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});
cpSync('static', out, { recursive: true });

// The chunks app.js imports statically (modules it shares with a lazy chunk) are preloaded beside it, so
// they do not wait for app.js to arrive and be parsed.
const shared = result.metafile.outputs[relative(process.cwd(), join(out, 'app.js'))].imports
  .filter((i) => i.kind === 'import-statement').map((i) => basename(i.path));
const index = join(out, 'index.html');
const html = readFileSync(index, 'utf8');
const script = '<script type="module" src="app.js"></script>';
if (!html.includes(script)) throw new Error(`static/index.html has no ${script} to preload the shared chunks beside`);
writeFileSync(index, html.replace(script, [...shared.map((name) => `<link rel="modulepreload" href="${name}">`), script].join('\n  ')));
cpSync('node_modules/world-atlas/countries-110m.json', join(out, 'countries-110m.json'));

const files = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? files(path) : [path];
});
let total = 0;
for (const file of files(out)) {
  const bytes = readFileSync(file);
  writeFileSync(file + '.br', brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(file + '.gz', gzipSync(bytes, { level: 9 }));
  total += bytes.length;
}
console.log(`entente-web: bundled ${(total / 1024).toFixed(0)} KB into ${out}`);
