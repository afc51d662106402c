import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * `npm run build:offline` (`vite build --mode offline`, vite.config.ts): the whole game as one
 * HTML file that runs opened from a disk (file://), with no server and no network. Scripts and
 * styles are inlined by vite-plugin-singlefile, every dynamic import with them; the scenarios are
 * data: URLs in the catalogue (vite.config.ts), and the map and the sounds data: URLs too.
 */
export const OFFLINE_DIR = 'dist-offline';
export const OFFLINE_FILE = 'altiplano.html';

const ROOT = resolve(import.meta.dirname, '..');

const CSP = 'http-equiv="Content-Security-Policy"';
// The policy is set aside while vite-plugin-singlefile inlines (it would warn that the policy
// forbids inline code) and put back, with the inline code's hashes, once it has.
const CSP_LATER = 'data-offline-csp="later"';

/**
 * Before the build: the sounds are files of their own on a server (`?no-inline`, so the page's
 * script stays small); offline they go inside.
 */
function inlineSounds(): Plugin {
  return {
    name: 'altiplano-offline-sounds',
    enforce: 'pre',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace(CSP, CSP_LATER) },
    transform(code, id) {
      if (!/[\\/]src[\\/]audio[\\/]/.test(id) || !code.includes('&no-inline')) return null;
      return { code: code.replaceAll('&no-inline', '&inline'), map: null };
    },
  };
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The hashes of the page's inline `<script>` and `<style>` elements' text, looked for outside
 * comments (the page's own comment names `<style>`); a script's text may hold "<style" (not
 * "</script" or "<!--", which the inliner escapes), so styles are looked for outside the scripts.
 */
function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const page = html.replace(COMMENT, '');
  const where = tag === 'script' ? page : page.replace(SCRIPT, '');
  return [...where.matchAll(tag === 'script' ? SCRIPT : STYLE)].map((m) => sha256(m[1] ?? ''));
}

/**
 * The page's Content-Security-Policy, kept as strict for the one file: its inline script and
 * style are allowed by their hashes (not by 'unsafe-inline', so an injected one is still refused),
 * and data: URLs are what the scenarios, the map and the sounds are fetched from.
 */
export function offlinePolicy(html: string): string {
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;
  const m = meta.exec(html);
  if (!m) throw new Error('index.html has no Content-Security-Policy meta tag');
  const directives = (m[2] ?? '').split(';').map((d) => d.trim().split(/\s+/));
  const set = (name: string, sources: string[]): void => {
    const d = directives.find((x) => x[0] === name);
    if (d) d.splice(1, d.length - 1, ...sources);
    else directives.push([name, ...sources]);
  };
  set('script-src', inlineHashes(html, 'script'));
  set('style-src', inlineHashes(html, 'style'));
  set('connect-src', ['data:']);
  set('media-src', ['data:', 'blob:']);
  return html.replace(meta, `$1${directives.map((d) => d.join(' ')).join('; ')}$3`);
}

/** The icon beside the page becomes a data: URL (a file:// page has nothing beside it). */
function inlineIcon(html: string): string {
  const svg = readFileSync(resolve(ROOT, 'public', 'favicon.svg'));
  return html.replace(/href="\.\/favicon\.svg"/, `href="data:image/svg+xml;base64,${svg.toString('base64')}"`);
}

/** Runs after vite-plugin-singlefile has inlined everything: the policy, the icon, and the file's size said. */
function finishPage(): Plugin {
  return {
    name: 'altiplano-offline-page',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[OFFLINE_FILE];
        if (page?.type !== 'asset') return this.error(`${OFFLINE_FILE} was not written`);
        const left = Object.keys(bundle).filter((f) => f !== OFFLINE_FILE);
        if (left.length > 0) this.error(`not inlined in ${OFFLINE_FILE}: ${left.join(', ')}`);
        const html = (typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source)).replace(CSP_LATER, CSP);
        if (/<(script|link)\b[^>]*\s(src|href)="\.\//i.test(inlineIcon(html)))
          this.error(`${OFFLINE_FILE} still refers to a file beside it`);
        page.source = offlinePolicy(inlineIcon(html));
      },
    },
    closeBundle() {
      const file = resolve(ROOT, OFFLINE_DIR, OFFLINE_FILE);
      this.info(`${OFFLINE_DIR}/${OFFLINE_FILE}: ${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`);
    },
  };
}

export const offlinePlugins = { before: inlineSounds, after: finishPage };
