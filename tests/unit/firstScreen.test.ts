import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogue';
import { FIRST_SCREEN_MARK, firstScreenHtml } from '../../tools/firstScreen';

const root = resolve(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(resolve(root, path), 'utf8');

describe('the first screen painted from the HTML', () => {
  it('is put where the game mounts, in index.html', () => {
    expect(read('index.html')).toContain(`<div id="app">${FIRST_SCREEN_MARK}</div>`);
  });

  it("says the catalogue's title and lead, as text", () => {
    const html = firstScreenHtml();
    expect(html).toContain(`<h1>${en['start.title']}</h1>`);
    expect(html).toContain(`<p class="lead">${en['start.lead']}</p>`);
    expect(html).not.toMatch(/<script|style=/);
  });

  it('uses the elements and classes the start screen renders, so it paints at the same size and place', () => {
    const html = firstScreenHtml();
    const layout = read('src/ui/layout.ts');
    const start = read('src/ui/startScreen.ts');
    expect(html).toContain('<div class="board" data-screen="start"');
    expect(layout).toContain('<div class="board" data-screen=${s.ui.screen}');
    expect(html).toContain('<section class="screen start-screen"><div class="start-setup">');
    expect(layout).toMatch(/<section class="screen start-screen"[^>]*>\s*<div class="start-setup"/);
    expect(html).toContain('<div class="start-inner"><header class="start-head"><h1>');
    expect(start).toContain('<div class="start-inner">${classLinkRefused(s, m)} ${startHead(');
    expect(start).toMatch(
      /<header class="start-head">\s*<h1 id=\$\{m\.id\('start-title'\)\}>\$\{w0\.t\('start\.title'\)\}<\/h1>\s*<p class="lead">\$\{w0\.t\('start\.lead'\)\}<\/p>/,
    );
  });
});
