import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text the browser fetches; images and sounds are compressed already. */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt', '.xml', '.wasm']);

/** Files smaller than this gain nothing worth a second request header. */
const MIN_BYTES = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...(await filesUnder(p)));
    else if (d.isFile() && COMPRESSIBLE.has(extname(d.name))) out.push(p);
  }
  return out;
}

/** Writes `FILE.br` and `FILE.gz` beside every compressible file of `dir` (the build's output); returns how many. */
export async function precompress(dir: string): Promise<number> {
  const files = await filesUnder(dir);
  let n = 0;
  await Promise.all(
    files.map(async (f) => {
      const data = await readFile(f);
      if (data.length < MIN_BYTES) return;
      const [b, g] = await Promise.all([
        br(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${f}.br`, b), writeFile(`${f}.gz`, g)]);
      n++;
    }),
  );
  return n;
}
