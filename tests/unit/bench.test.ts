import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstLoadJs, htmlScripts, staticImports } from '../../bench/firstLoad';
import { median, percentile } from '../../bench/stats';
import { markdownTable, met, type Row, TARGETS, textTable } from '../../bench/summary';

describe('bench stats', () => {
  it('median: middle sample, or the mean of the two middle ones; NaN for none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('percentile is nearest-rank: p95 of 1..20 is 19, of 1..100 is 95; p100 is the max, p0 the min', () => {
    const to = (n: number) => Array.from({ length: n }, (_, i) => n - i);
    expect(percentile(to(20), 95)).toBe(19);
    expect(percentile(to(100), 95)).toBe(95);
    expect(percentile(to(10), 100)).toBe(10);
    expect(percentile(to(10), 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('first-load JS', () => {
  it('reads module scripts and modulepreloads from HTML, not stylesheets, icons or other origins', () => {
    const html = `<link rel="icon" href="./favicon.svg" />
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/phaser-B.js">
      <link rel="stylesheet" href="./assets/index-C.css">
      <link rel=modulepreload href=./assets/vendor-D.js>
      <script src="https://cdn.example/x.js"></script>
      <script type="module" src="./assets/index-A.js"></script>`;
    expect(htmlScripts(html)).toEqual(['./assets/index-A.js', './assets/phaser-B.js', './assets/vendor-D.js']);
  });

  it('finds static imports and re-exports in minified code, not dynamic import() or strings that only look alike', () => {
    const code = [
      'import{a as b,c}from"./phaser-B.js";',
      'import"./side-C.js";',
      'import d from"./default-D.js";',
      'import*as ns from"../up-E.js";',
      'export{x}from"./re-F.js";',
      'export*from"./star-G.js";',
      'const w=()=>import("./workshop-H.js");',
      'const t={from:"./not-I.js"};',
      'import{q}from"phaser";',
    ].join('');
    expect(staticImports(code).sort()).toEqual([
      '../up-E.js',
      './default-D.js',
      './phaser-B.js',
      './re-F.js',
      './side-C.js',
      './star-G.js',
    ]);
  });

  it('follows static imports transitively from the page, counts each file once and leaves lazy chunks out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-first-load-'));
    mkdirSync(join(dir, 'assets'));
    const files: Record<string, string> = {
      'assets/index-A.js': 'import{p}from"./phaser-B.js";import"./shared-C.js";const w=()=>import("./lazy-D.js");p(w);',
      'assets/phaser-B.js': 'export const p=(x)=>x;',
      'assets/shared-C.js': 'import{p}from"./phaser-B.js";p(1);',
      'assets/lazy-D.js': 'import{p}from"./phaser-B.js";export default p(2);',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    writeFileSync(
      join(dir, 'index.html'),
      '<script type="module" src="./assets/index-A.js"></script><link rel="modulepreload" href="./assets/phaser-B.js">',
    );
    const r = firstLoadJs(dir);
    expect(r.files.sort()).toEqual(['assets/index-A.js', 'assets/phaser-B.js', 'assets/shared-C.js']);
    const loaded = ['assets/index-A.js', 'assets/phaser-B.js', 'assets/shared-C.js'].map((f) => files[f] ?? '');
    expect(r.raw).toBe(loaded.reduce((a, t) => a + Buffer.byteLength(t), 0));
    expect(r.gzip).toBe(loaded.reduce((a, t) => a + gzipSync(t).length, 0));
  });
});

describe('bench summary', () => {
  const row = (over: Partial<Row>): Row => ({ measure: 'm', game: 'g', floor: 'f', ratio: null, ...over });

  it('judges ratio targets on the ratio and value targets on the value; no target or no figure is neither', () => {
    expect(met(row({ ratio: 1.1, target: TARGETS.firstLoadJs }))).toBe(true);
    expect(met(row({ ratio: 1.33, target: TARGETS.firstLoadJs }))).toBe(false);
    expect(met(row({ ratio: 9, value: 0.97, target: TARGETS.desktopPerf }))).toBe(true);
    expect(met(row({ value: 0.96, target: TARGETS.desktopPerf }))).toBe(false);
    expect(met(row({ value: 25, target: TARGETS.balance1000 }))).toBe(true);
    expect(met(row({ ratio: 2 }))).toBeNull();
    expect(met(row({ value: Number.NaN, target: TARGETS.perfect }))).toBeNull();
  });

  it('prints the same cells as text and as markdown, escaping pipes', () => {
    const rows = [
      row({ measure: 'first-load JS', game: '404 KiB', floor: '348 KiB', ratio: 404 / 348, target: TARGETS.firstLoadJs }),
      row({ measure: 'all JS', game: '401 KiB', floor: '348 KiB', ratio: 401 / 348, target: TARGETS.firstLoadJs }),
      row({ measure: 'a | b', game: '1', floor: '–' }),
    ];
    const md = markdownTable(rows).split('\n');
    expect(md[0]).toBe('| measure | game | floor | ratio | target | met? |');
    expect(md[2]).toBe('| first-load JS | 404 KiB | 348 KiB | 1.16× | ≤ 1.15× | no |');
    // 1.152 is printed 1.15×, and judged as printed.
    expect(md[3]).toBe('| all JS | 401 KiB | 348 KiB | 1.15× | ≤ 1.15× | yes |');
    expect(md[4]).toBe('| a \\| b | 1 | – | – | – | – |');
    const text = textTable(rows).split('\n');
    expect(text).toHaveLength(5);
    expect(text[2]).toMatch(/^first-load JS\s+404 KiB\s+348 KiB\s+1\.16×\s+≤ 1\.15×\s+no$/);
  });
});
