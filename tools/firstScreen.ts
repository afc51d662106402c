import type { Plugin } from 'vite';
import { en } from '../src/i18n/catalogue';

/** Where index.html takes the first screen's head. */
export const FIRST_SCREEN_MARK = '<!-- first-screen -->';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The start screen's title and lead as plain HTML, in the elements and classes the start screen
 * renders them in (src/ui/layout.ts, src/ui/startScreen.ts), so the page's largest text paints
 * with the stylesheet, before any script has run: on a slow laptop the script takes seconds to
 * arrive and run. src/main.ts clears it and mounts the real screen in its place, at the same
 * size and position (no layout shift, and not a later, larger paint). The words are the English
 * catalogue's; a page set to another language shows them until its script runs.
 */
export function firstScreenHtml(): string {
  return [
    '<div class="board" data-screen="start" data-first-screen>',
    '<section class="screen start-screen"><div class="start-setup"><div class="start-inner"><header class="start-head">',
    `<h1>${escapeHtml(en['start.title'])}</h1>`,
    `<p class="lead">${escapeHtml(en['start.lead'])}</p>`,
    '</header></div></div></section></div>',
  ].join('');
}

/** Fills index.html's mark with the first screen's head (dev server and builds alike). */
export function firstScreenPlugin(): Plugin {
  return {
    name: 'altiplano-first-screen',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => (html.includes(FIRST_SCREEN_MARK) ? html.replace(FIRST_SCREEN_MARK, firstScreenHtml()) : html),
    },
  };
}
