import { type ScenarioAsset, scenarioAssets } from './scenarioAssets';

/**
 * What a broken scenario file does to the game being built or served. `fail`: the production
 * build (CI, `vite build`) stops on it, so nothing broken ships. `skip`: the dev server (`vite`)
 * and `npm start` (which builds with ALTIPLANO_START=1) print its problems and serve the game
 * with the other scenarios, so one file being written never keeps an author from playing.
 */
export type BrokenFiles = 'fail' | 'skip';

export function brokenFilesRule(command: 'build' | 'serve', env: Readonly<Record<string, string | undefined>>): BrokenFiles {
  if (command === 'serve') return 'skip';
  return env.ALTIPLANO_START === '1' || env.ALTIPLANO_LENIENT === '1' ? 'skip' : 'fail';
}

/**
 * The catalogue the `virtual:scenarios` module is made from: every valid scenario of `dir` as an
 * asset, and what to say about the broken ones. `error` is set when the rule is `fail` and a file
 * is broken; `warning` when broken files were left out. Both are plain FILE:LINE:COLUMN lines, for
 * a terminal: no stack trace.
 */
export function scenarioCatalogue(
  dir: string,
  rule: BrokenFiles,
  onFile: (file: string) => void = () => undefined,
): { assets: ScenarioAsset[]; error?: string; warning?: string } {
  const r = scenarioAssets(dir, onFile);
  if (r.problems.length === 0) return { assets: r.assets };
  const files = new Set(r.problems.map((p) => p.split(':')[0]));
  const list = r.problems.join('\n');
  if (rule === 'fail')
    return {
      assets: r.assets,
      error: `${files.size} scenario file(s) have problems, so the build stops (npm start and the dev server leave them out instead):\n${list}`,
    };
  const served = r.assets.map((a) => a.card.id).join(', ') || 'none';
  return {
    assets: r.assets,
    warning: `${files.size} scenario file(s) have problems and were left out; the game is served with the others (${served}):\n${list}`,
  };
}
