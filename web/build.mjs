// Builds the web UI into dist/: index.html plus content-hashed files under dist/assets/.
//
// Monaco is bundled from the npm package (no CDN: the page works with no internet). Its editor
// worker is a separate entry, built first, because the main bundle must know the worker's hashed
// file name; the page then starts it with `new Worker(url)` on a same-origin URL, so the CSP
// needs `worker-src 'self'` and nothing looser (Monaco's default would be a blob: worker).
//
// Every file under dist/assets/ has its content hash in its name, which is what lets the api
// serve them with a year-long `immutable` cache; index.html names them and is served no-cache.
import { build } from 'esbuild';
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const assets = path.join(dist, 'assets');

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['es2022'],
  outdir: assets,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'linked',
};

/**
 * The file built for `entry` (its CSS bundle when `css`), as a URL path relative to dist/:
 * index.html names it relatively, so the page also works behind a proxy under a sub-path.
 */
function output(metafile, entry, css = false) {
  for (const [file, info] of Object.entries(metafile.outputs)) {
    if (info.entryPoint === entry) {
      const found = css ? info.cssBundle : file;
      if (found) return path.relative(dist, path.resolve(root, found)).split(path.sep).join('/');
    }
  }
  throw new Error(`no ${css ? 'CSS' : 'JS'} output for ${entry}`);
}

await rm(dist, { recursive: true, force: true });
await mkdir(assets, { recursive: true });

// 1. Monaco's editor worker, a classic (non-module) worker script.
const workerEntry = 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js';
const worker = await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { 'editor.worker': workerEntry },
  format: 'iife',
});
const workerUrl = output(worker.metafile, workerEntry);

// 2. The page: our code, the Monaco features it uses, Monaco's CSS and codicon font.
const main = await build({
  ...common,
  absWorkingDir: root,
  entryPoints: { main: 'src/main.js' },
  format: 'esm',
  loader: { '.ttf': 'file' },
  define: { __EDITOR_WORKER_URL__: JSON.stringify(workerUrl) },
});
const mainJs = output(main.metafile, 'src/main.js');
const mainCss = output(main.metafile, 'src/main.js', true);

const template = await readFile(path.join(root, 'src/index.html'), 'utf8');
const html = template.replace('{{main.js}}', mainJs).replace('{{main.css}}', mainCss);
if (html.includes('{{')) throw new Error('src/index.html has a placeholder build.mjs does not fill');
await writeFile(path.join(dist, 'index.html'), html);

// 3. Precompressed siblings (.br, .gz), which the api serves to clients that accept them: the
// editor bundle is several MB, and compressing once here costs the api nothing per request.
for (const name of await readdir(assets)) {
  if (!/\.(js|css|ttf)$/.test(name)) continue;
  const file = path.join(assets, name);
  const data = await readFile(file);
  await writeFile(`${file}.gz`, gzipSync(data, { level: 9 }));
  await writeFile(
    `${file}.br`,
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  );
}
console.log(`built ${path.relative(process.cwd(), dist)}: ${mainJs}, ${mainCss}, ${workerUrl}`);
