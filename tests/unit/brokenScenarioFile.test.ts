import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { brokenFilesRule, scenarioCatalogue } from '../../tools/scenarioCatalogue';
import { scenariosPlugin } from '../../tools/scenariosPlugin';

/**
 * Issue 15 part 5: a broken scenario file never blocks the game. The dev server and `npm start`
 * list its problems and serve the others; the production build (CI) still fails on it.
 */
const ROOT = resolve(__dirname, '..', '..');

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'altiplano-broken-'));
  copyFileSync(join(ROOT, 'scenarios', 'dev-sandbox.yaml'), join(dir, 'dev-sandbox.yaml'));
  copyFileSync(join(ROOT, 'tests', 'fixtures', 'bad-three-errors.yaml'), join(dir, 'broken.yaml'));
  return dir;
}

type Hooks = {
  configResolved: (c: { command: 'build' | 'serve' }) => void;
  load: (this: unknown, id: string) => string | null;
};

/** Runs the plugin's own hooks as Vite would: resolve the config, then load the catalogue module. */
function loadCatalogue(dir: string, command: 'build' | 'serve'): { code: string | null; thrown?: string; watched: string[] } {
  const p = scenariosPlugin(dir) as unknown as Hooks;
  p.configResolved({ command });
  const watched: string[] = [];
  const ctx = {
    addWatchFile: (f: string) => watched.push(f),
    error: (m: string) => {
      throw new Error(m);
    },
  };
  try {
    return { code: p.load.call(ctx, '\0virtual:scenarios'), watched };
  } catch (e) {
    return { code: null, thrown: (e as Error).message, watched };
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a broken scenario file', () => {
  it('the dev server prints its problems as FILE:LINE:COLUMN, no stack, and serves the other scenarios', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const r = loadCatalogue(folder(), 'serve');
    expect(r.thrown).toBeUndefined();
    const cards = JSON.parse((r.code ?? '').replace(/^export default /, '').replace(/;$/, '')) as { id: string }[];
    expect(cards.map((c) => c.id)).toEqual(['dev-sandbox']);
    // Both files are watched, so fixing the broken one brings it in without a restart.
    expect(r.watched.map((f) => f.split('/').at(-1)).sort()).toEqual(['broken.yaml', 'dev-sandbox.yaml']);
    const printed = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toContain('1 scenario file(s) have problems and were left out; the game is served with the others (dev-sandbox)');
    expect(printed).toContain('scenarios/broken.yaml:5:8: turns:');
    expect(printed).toContain('scenarios/broken.yaml:12:5: actors[us]: unknown key "playabel"; did you mean "playable"?');
    expect(printed).not.toMatch(/\n\s+at /);
  });

  it('the production build fails on it, its problems printed first', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = loadCatalogue(folder(), 'build');
    expect(r.thrown).toBe('scenario files have problems (listed above)');
    expect(String(err.mock.calls[0]?.[0])).toContain('scenarios/broken.yaml:5:8:');
  });

  it('npm start builds with ALTIPLANO_START=1, which leaves the file out like the dev server', () => {
    expect(brokenFilesRule('serve', {})).toBe('skip');
    expect(brokenFilesRule('build', {})).toBe('fail');
    expect(brokenFilesRule('build', { ALTIPLANO_START: '1' })).toBe('skip');
    expect(brokenFilesRule('build', { ALTIPLANO_LENIENT: '1' })).toBe('skip');
  });

  it('a folder of valid files says nothing; a folder of only broken files serves none and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'altiplano-broken-'));
    copyFileSync(join(ROOT, 'scenarios', 'dev-sandbox.yaml'), join(dir, 'a.yaml'));
    expect(scenarioCatalogue(dir, 'fail')).toEqual({ assets: expect.any(Array) });
    const bad = mkdtempSync(join(tmpdir(), 'altiplano-broken-'));
    writeFileSync(join(bad, 'x.yaml'), 'id: [unclosed\n');
    const r = scenarioCatalogue(bad, 'skip');
    expect(r.assets).toEqual([]);
    expect(r.warning).toMatch(/served with the others \(none\):\nscenarios\/x\.yaml:\d+:\d+: /);
  });
});
