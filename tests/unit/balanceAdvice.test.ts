import { describe, expect, it } from 'vitest';
import { type BalanceGame, type BalanceJob, playJob } from '../../src/cli/balanceGames';
import { ADVICE, adviceBlock, adviceOf, type MatchupResult } from '../../src/cli/balanceMetrics';
import { balanceMarkdown } from '../../src/cli/balanceReport';
import { type AiLevel, type GameState, loadScenario, type Scenario } from '../../src/headless';

/** Issue 15 part 4: the balance report says what to change, each with the number behind it. Real games of the sandbox. */
const sandbox = loadScenario('dev-sandbox').scenario;
const levels = (us: AiLevel, bolivia: AiLevel): Record<string, AiLevel> => ({ us, bolivia, china: 'normal' });

function play(sc: Scenario, lv: Record<string, AiLevel>, seeds: number[]): GameState[] {
  const games: BalanceGame[] = [];
  const job: BalanceJob = { scenario: sc.id, levels: lv, seeds };
  playJob(sc, job, (g) => games.push(g));
  return games.map((g) => g.final);
}
const seeds = [1, 2, 3, 4, 5, 6];
const matchup = (us: AiLevel, bolivia: AiLevel): MatchupResult => ({
  matchup: { label: `us ${us} vs bolivia ${bolivia}`, levels: levels(us, bolivia) },
  finals: play(sandbox, levels(us, bolivia), seeds),
  msPerGame: [],
});
const results = [matchup('normal', 'normal'), matchup('easy', 'normal'), matchup('hard', 'normal')];
const advice = adviceOf(sandbox, results);
const of = (kind: string) => advice.filter((a) => a.kind === kind).map((a) => a.text);

describe('balance advice', () => {
  it('objectives every side maxes out, with the share reached', () => {
    // In the sandbox the United States reach their lithium objective in every game at every level.
    const lines = of('objectiveMaxed');
    expect(lines.some((t) => t.startsWith('`us` reaches objective `lithium` (30 points) almost fully in every match-up (at least'))).toBe(
      true,
    );
    for (const t of lines) {
      const share = Number(/at least (\d+)%/.exec(t)?.[1]);
      expect(share).toBeGreaterThanOrEqual(100 * ADVICE.maxedShare);
    }
  });

  it('a side that wins nearly every game: its win rate, median score and winAt, and where to move it', () => {
    const lines = of('alwaysWins');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      /^`(us|bolivia)` wins \d+% of us normal vs bolivia normal games \(median score [\d.]+ against a `winAt` of \d+\): raise its `winAt` toward [\d.]+/,
    );
  });

  it('levels that do not separate, with the paired gain and its interval', () => {
    const lines = of('levelsAlike');
    expect(lines.length).toBeGreaterThan(0);
    for (const t of lines) expect(t).toMatch(/gains [+-][\d.]+ points \(95% -?[\d.]+ to -?[\d.]+, 6 seeds\): the levels play alike/);
  });

  it('a heavy-handed action the AI takes in most games, with the share of games and uses per game', () => {
    // Mark the action the AI takes most as heavy-handed: the advice reads the definition against the games.
    const all = results.flatMap((r) => r.finals);
    const used = sandbox.actions.map((a) => ({ a, games: all.filter((s) => (s.actors[a.actor]?.usedInGame[a.id] ?? 0) > 0).length }));
    const top = used.sort((x, y) => y.games - x.games)[0]!;
    expect(top.games / all.length).toBeGreaterThanOrEqual(ADVICE.heavyGames);
    const marked: Scenario = { ...sandbox, actions: sandbox.actions.map((a) => (a.id === top.a.id ? { ...a, heavyHanded: true } : a)) };
    const lines = adviceOf(marked, results)
      .filter((x) => x.kind === 'heavyPreferred')
      .map((x) => x.text);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^The AI takes the heavy-handed \`${top.a.id}\` \\(${top.a.actor}\\) in \\d+% of games \\([\\d.]+ times a game\\)`),
      ),
    );
  });

  it('events that never fire, with the games played and what the chance alone would give', () => {
    const lines = of('eventNeverFires');
    expect(lines.length).toBeGreaterThan(0);
    for (const t of lines) expect(t).toMatch(/^Event `[\w.-]+` never fired in 18 games: its chance \([\d.]+ a turn over about \d+ turns\)/);
  });

  it('is a section of the report, after the targets', () => {
    const md = balanceMarkdown(sandbox, results, seeds.length);
    expect(md.indexOf('## Advice')).toBeGreaterThan(md.indexOf('## Targets'));
    expect(md.indexOf('## Advice')).toBeLessThan(md.indexOf('## Match-ups'));
    expect(adviceBlock(sandbox, [])).toEqual(['## Advice', '', expect.stringMatching(/^Nothing stands out/)]);
  });
});
