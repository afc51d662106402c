import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a page's first load fetches as JavaScript: the module scripts and modulepreloads named
 * in its HTML, and every module they import statically (`import … from`, `import "…"`,
 * `export … from`), transitively. Dynamic `import()` is left out: it loads on demand.
 */

/** Local script and modulepreload URLs in an HTML page, in document order (no duplicates). */
export function htmlScripts(html: string): string[] {
  const out: string[] = [];
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attr = (name: string): string | undefined =>
      new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((x) => x !== undefined);
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : /\bmodulepreload\b/i.test(attr('rel') ?? '') ? attr('href') : undefined;
    if (url && !/^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith('data:') && !out.includes(url)) out.push(url);
  }
  return out;
}

/** Relative specifiers a built module imports statically (not `import()`). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  // `import x from"./a.js"`, `import{a as b}from"./a.js"`, `import*as x from"./a.js"`, `export{a}from"./a.js"`, `export*from"./a.js"`.
  const from =
    /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*["'](\.{1,2}\/[^"']+)["']/g;
  // Side-effect imports: `import"./a.js"`.
  const bare = /(?:^|[^\w$.])import\s*["'](\.{1,2}\/[^"']+)["']/g;
  for (const re of [from, bare]) for (const m of code.matchAll(re)) if (m[1]) out.add(m[1]);
  return [...out];
}

export type FirstLoad = { files: string[]; raw: number; gzip: number };

/** The JS files (relative to `dir`) the page `html` (in `dir`) loads first, with their sizes. */
export function firstLoadJs(dir: string, html = 'index.html'): FirstLoad {
  const seen: string[] = [];
  const visit = (file: string): void => {
    const rel = relative(dir, file);
    if (seen.includes(rel) || !existsSync(file)) return;
    seen.push(rel);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(normalize(join(dirname(file), spec)));
  };
  const page = readFileSync(join(dir, html), 'utf8');
  for (const url of htmlScripts(page)) visit(normalize(join(dir, url.split(/[?#]/)[0] ?? url)));
  return sizeOf(dir, seen);
}

/** The size of some of a build's files (paths relative to `dir`), raw and each gzipped (default level). */
export function sizeOf(dir: string, files: readonly string[]): FirstLoad {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(join(dir, f));
    raw += b.length;
    gzip += gzipSync(b).length;
  }
  return { files: [...files], raw, gzip };
}
