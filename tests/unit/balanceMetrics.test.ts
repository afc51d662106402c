import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balanceCli, parseBalanceArgs, reportName } from '../../src/cli/balance';
import { type BalanceGame, type BalanceJob, playJob } from '../../src/cli/balanceGames';
import {
  eventStats,
  findPreset,
  levelSteps,
  type MatchupResult,
  mostSigned,
  pairedStep,
  referenceResult,
  TARGETS,
  targetsBlock,
  termStats,
  wasSigned,
  wilson,
} from '../../src/cli/balanceMetrics';
import { balanceMarkdown } from '../../src/cli/balanceReport';
import { runInProcess } from '../../src/cli/cliIo';
import { type AiLevel, type GameState, loadScenario, type Scenario, turnDate } from '../../src/headless';

// Real games of the development sandbox, played headless by the balance tool's own loop.
const sandbox = loadScenario('dev-sandbox').scenario;
const normal = (sc: Scenario, patch: Record<string, AiLevel> = {}): Record<string, AiLevel> =>
  Object.fromEntries(sc.actors.map((a) => [a.id, patch[a.id] ?? 'normal']));

function play(job: BalanceJob): GameState[] {
  const games: BalanceGame[] = [];
  playJob(loadScenario(job.scenario).scenario, job, (g) => games.push(g));
  return games.map((g) => g.final);
}

const finals = play({ scenario: 'dev-sandbox', levels: normal(sandbox), seeds: [1, 2, 3, 4] });
const copy = (s: GameState): GameState => structuredClone(s);
const result = (label: string, levels: Record<string, AiLevel>, games: GameState[]): MatchupResult => ({
  matchup: { label, levels },
  finals: games,
  msPerGame: games.map(() => 1),
});

describe('term statistics of real sandbox games', () => {
  it('counts games a term was signed in, games it still stands at the end, and deals signed', () => {
    const stats = termStats(sandbox, finals);
    expect(stats.map((t) => t.term)).toEqual((sandbox.terms ?? []).map((t) => t.id));
    // The sandbox's AIs do sign deals: the counts below are not all zeros.
    expect(stats.some((t) => t.signedIn > 0)).toBe(true);
    for (const t of stats) {
      const gamesWith = finals.filter((s) => s.deals.some((d) => d.signedTurn !== undefined && d.terms.some((x) => x.term === t.term)));
      expect(t.games).toBe(4);
      expect(t.signedIn).toBe(gamesWith.length);
      expect(t.standingIn).toBeLessThanOrEqual(t.signedIn);
      // A term counts once per game, however many deals carried it.
      expect(t.deals).toBeGreaterThanOrEqual(t.signedIn);
      expect(t.ci).toEqual(wilson(t.signedIn, 4));
    }
  });

  it('a deal broken or unwound no longer stands, and is counted as such; a second deal counts once per game', () => {
    const i = finals.findIndex((s) => s.deals.some(wasSigned));
    expect(i).toBeGreaterThanOrEqual(0);
    const game = copy(finals[i] as GameState);
    const deal = game.deals.find(wasSigned);
    if (!deal) throw new Error('no signed deal');
    const term = deal.terms[0]?.term ?? '';
    // Only this deal carries the term in this game, so its fate decides whether the term stands.
    game.deals = game.deals.filter((d) => d === deal || !d.terms.some((t) => t.term === term));
    const before = termStats(sandbox, [game]).find((t) => t.term === term);
    expect(before).toMatchObject({ signedIn: 1, standingIn: 1, deals: 1, broken: 0, unwound: 0 });

    const broken = copy(game);
    const b = broken.deals.find((d) => d.id === deal.id);
    if (b) b.status = 'broken';
    expect(termStats(sandbox, [broken]).find((t) => t.term === term)).toMatchObject({ signedIn: 1, standingIn: 0, broken: 1, unwound: 0 });

    const unwound = copy(game);
    const u = unwound.deals.find((d) => d.id === deal.id);
    if (u) u.status = 'unwound';
    expect(termStats(sandbox, [unwound]).find((t) => t.term === term)).toMatchObject({ signedIn: 1, standingIn: 0, broken: 0, unwound: 1 });

    const twice = copy(game);
    twice.deals.push({ ...deal, id: 999 });
    expect(termStats(sandbox, [twice]).find((t) => t.term === term)).toMatchObject({ signedIn: 1, deals: 2 });

    const refused = copy(game);
    const r = refused.deals.find((d) => d.id === deal.id);
    if (r) {
      r.status = 'rejected';
      delete r.signedTurn;
    }
    expect(termStats(sandbox, [refused]).find((t) => t.term === term)).toMatchObject({ signedIn: 0, standingIn: 0, deals: 0 });
  });

  it('a term with obligations over turns is running at the end only while they run; a one-off term has no such figure', () => {
    const withTerm = (s: GameState) => s.deals.some((d) => wasSigned(d) && d.terms.some((t) => t.term === 'royalty'));
    // A short game ends before the royalty's four turns have run out.
    const short = play({ scenario: 'dev-sandbox', levels: normal(sandbox), seeds: [1, 2, 3, 4, 5, 6], turns: 3 }).filter(withTerm);
    const games = [...finals.filter(withTerm), ...short];
    expect(games.length).toBeGreaterThan(0);
    const stats = termStats(sandbox, games);
    expect(stats.find((t) => t.term === 'local_processing')?.runningIn).toBeUndefined();
    const running = (ss: GameState[]) => termStats(sandbox, ss).find((t) => t.term === 'royalty')?.runningIn;
    const expected = games.filter((s) =>
      s.deals.some((d) => d.status === 'signed' && d.terms.some((t) => t.term === 'royalty') && (d.obligations?.royalty ?? 0) > 0),
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(running(games)).toBe(expected);
    // Run every royalty obligation out: none is running, and the deals still stand.
    const ended = games.map(copy);
    for (const s of ended) for (const d of s.deals) if (d.obligations?.royalty !== undefined) d.obligations.royalty = 0;
    expect(running(ended)).toBe(0);
    expect(termStats(sandbox, ended).find((t) => t.term === 'royalty')?.standingIn).toBe(
      stats.find((t) => t.term === 'royalty')?.standingIn,
    );
  });

  it('the most-signed term is the one signed in the most games', () => {
    const stats = termStats(sandbox, finals);
    const top = mostSigned(stats);
    expect(top).toBeDefined();
    for (const t of stats) expect(t.signedIn).toBeLessThanOrEqual(top?.signedIn ?? -1);
    expect(mostSigned([])).toBeUndefined();
  });
});

describe('the targets block', () => {
  it('flags a term signed in more than 80% of games, and passes one below', () => {
    const signedEverywhere = finals.filter((s) => s.deals.some(wasSigned)).map(copy);
    expect(signedEverywhere.length).toBeGreaterThan(0);
    const term = signedEverywhere[0]?.deals.find(wasSigned)?.terms[0]?.term ?? '';
    // Keep only games with that term signed: it is then signed in 100% of them.
    const all = signedEverywhere.filter((s) => s.deals.some((d) => wasSigned(d) && d.terms.some((t) => t.term === term)));
    const block = targetsBlock(sandbox, [result('us normal vs bolivia normal', { us: 'normal', bolivia: 'normal' }, all)]).join('\n');
    expect(block).toContain(`Most-signed term: \`${term}\` in 100% of games`);
    expect(block).toMatch(/target at most 80%: \*\*not met\*\*/);
    // Remove every signed deal: nothing is signed, the target is met.
    const none = all.map((s) => ({ ...copy(s), deals: [] }));
    const quiet = targetsBlock(sandbox, [result('us normal vs bolivia normal', { us: 'normal', bolivia: 'normal' }, none)]).join('\n');
    expect(quiet).toMatch(/in 0% of games .*target at most 80%: met/);
  });

  it('checks a term against a cap of its own (--cap), as a share of games', () => {
    const ref = result('us normal vs bolivia normal', { us: 'normal', bolivia: 'normal' }, finals);
    const t = termStats(sandbox, finals).find((x) => x.signedIn > 0);
    if (!t) throw new Error('no term signed');
    const share = t.signedIn / t.games;
    const line = (cap: number) =>
      targetsBlock(sandbox, [ref], undefined, { [t.term]: cap }).find((l) => l.startsWith(`- \`${t.term}\` signed in`));
    expect(line(share)).toMatch(/: met\.$/);
    expect(line(share - 0.01)).toMatch(/\*\*not met\*\*\.$/);
    expect(line(share)).toContain(`signed in ${(100 * share).toFixed(0)}% of games`);
    expect(targetsBlock(sandbox, [ref]).some((l) => l.includes('signed in') && !l.includes('Most-signed'))).toBe(false);
  });

  it("states each side's score spread against the target, read from normal against normal", () => {
    const ref = result('us normal vs bolivia normal', { us: 'normal', bolivia: 'normal' }, finals);
    // Head to head (not against a normal opponent): it is no step between levels.
    const other = result('us hard vs bolivia easy', { us: 'hard', bolivia: 'easy' }, finals.slice(0, 1));
    expect(referenceResult(sandbox, [other, ref])).toBe(ref);
    const block = targetsBlock(sandbox, [other, ref]).join('\n');
    expect(block).toContain('Read from us normal vs bolivia normal (4 games)');
    for (const side of ['us', 'bolivia']) {
      const xs = finals.map((s) => s.over?.scores[side]?.score ?? 0);
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      const v = Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
      expect(block).toContain(
        `- ${side} score: ${m.toFixed(1)} ± ${v.toFixed(1)} (sd); target sd at least 6: ${v >= TARGETS.minScoreSd ? 'met' : '**not met**'}.`,
      );
    }
    expect(block).toContain('Least separation between levels: not measured');
  });

  it('measures the step between levels from real games at each level against a normal opponent', () => {
    const seeds = [1, 2];
    const at = (l: AiLevel) =>
      result(
        `us ${l} vs bolivia normal`,
        { us: l, bolivia: 'normal' },
        play({ scenario: 'dev-sandbox', levels: normal(sandbox, { us: l }), seeds }),
      );
    const results = [at('normal'), at('easy'), at('hard')];
    const steps = levelSteps(sandbox, results, 'us');
    expect(steps.map((s) => `${s.from}>${s.to}`)).toEqual(['easy>normal', 'normal>hard']);
    const meanUs = (r: MatchupResult) => r.finals.reduce((a, s) => a + (s.over?.scores.us?.score ?? 0), 0) / r.finals.length;
    const [n, e, h] = results as [MatchupResult, MatchupResult, MatchupResult];
    expect(steps[0]?.gain).toBeCloseTo(meanUs(n) - meanUs(e), 9);
    expect(steps[1]?.gain).toBeCloseTo(meanUs(h) - meanUs(n), 9);
    for (const s of steps) expect(s.lo).toBeLessThanOrEqual(s.gain);
    // Bolivia was played only at normal: no step for it.
    expect(levelSteps(sandbox, results, 'bolivia')).toEqual([]);
    const least = steps.reduce((a, b) => (b.gain < a.gain ? b : a));
    expect(targetsBlock(sandbox, results).join('\n')).toContain(`Least separation between levels: us ${least.from} → ${least.to}`);
  });
});

describe('a level step is paired by seed', () => {
  // Real final states of the sandbox (seeds 1–4), with the US's score set by hand.
  const scored = (seed: number, score: number): GameState => {
    const s = copy(finals[(seed - 1) % finals.length] as GameState);
    s.setup = { ...s.setup, seed };
    const card = s.over?.scores.us;
    if (!s.over || !card) throw new Error('a sandbox game without a US score');
    s.over = { ...s.over, scores: { ...s.over.scores, us: { ...card, score } } };
    return s;
  };
  // The seed decides most of the score (10 to 90); the better level adds about 2 points to every seed.
  const base = [10, 90, 30, 70, 50, 20, 80, 60];
  const lift = [2, 2.5, 1.5, 2, 2.2, 1.8, 2.4, 1.6];
  const a = result(
    'us normal vs bolivia normal',
    { us: 'normal', bolivia: 'normal' },
    base.map((x, i) => scored(i + 1, x)),
  );
  const b = result(
    'us hard vs bolivia normal',
    { us: 'hard', bolivia: 'normal' },
    base.map((x, i) => scored(i + 1, x + (lift[i] ?? 0))),
  );

  it('takes the mean of per-seed differences, with an interval from their spread', () => {
    const step = pairedStep(a, b, 'us');
    expect(step.pairs).toBe(8);
    expect(step.gain).toBeCloseTo(2, 9);
    const m = 2;
    const sampleSd = Math.sqrt(lift.reduce((t, x) => t + (x - m) ** 2, 0) / 7);
    expect(step.lo).toBeCloseTo(m - (1.96 * sampleSd) / Math.sqrt(8), 9);
    expect(step.hi).toBeCloseTo(m + (1.96 * sampleSd) / Math.sqrt(8), 9);
    // Paired, a 2-point step shows beyond chance; taken as independent sets (scores spread 10 to 90) it would not.
    expect(step.lo).toBeGreaterThan(0);
    const spread = (xs: number[]) => xs.reduce((t, x) => t + (x - xs.reduce((u, y) => u + y, 0) / xs.length) ** 2, 0) / (xs.length - 1);
    const independent = 1.96 * Math.sqrt(spread(base) / 8 + spread(base.map((x, i) => x + (lift[i] ?? 0))) / 8);
    expect(step.gain - independent).toBeLessThan(0);
  });

  it('pairs games by their seed, not by their place in the list, and leaves out seeds played in one match-up only', () => {
    const shuffled = { ...b, finals: [...b.finals].reverse() };
    expect(pairedStep(a, shuffled, 'us')).toEqual(pairedStep(a, b, 'us'));
    const extra = { ...b, finals: [...b.finals, scored(99, 1000)] };
    expect(pairedStep(a, extra, 'us')).toEqual(pairedStep(a, b, 'us'));
    // Paired by position instead, the reversed list would give differences of up to 80 points.
    const byPosition = a.finals.map((s, i) => (shuffled.finals[i]?.over?.scores.us?.score ?? 0) - (s.over?.scores.us?.score ?? 0));
    expect(Math.max(...byPosition.map(Math.abs))).toBeGreaterThan(50);
  });

  it('levelSteps reports the paired step of each level against a normal opponent', () => {
    const [step] = levelSteps(sandbox, [a, b], 'us');
    expect(step).toMatchObject({ side: 'us', from: 'normal', to: 'hard', pairs: 8 });
    expect(step?.gain).toBeCloseTo(2, 9);
    expect(targetsBlock(sandbox, [a, b]).join('\n')).toMatch(
      /us normal → hard gains \+2\.0 points \(95% [\d.]+ to [\d.]+, 8 seeds paired\).*: met\./,
    );
  });
});

describe('events that can fire in a preset', () => {
  // The sandbox with a second preset that lets only two of its events fire.
  const dir = mkdtempSync(join(tmpdir(), 'altiplano-balance-metrics-'));
  const file = join(dir, 'dev-sandbox-quiet.yaml');
  const text = readFileSync(loadScenario('dev-sandbox').file, 'utf8');
  const withPreset = text.replace(
    '  - { id: short, name: Short test, turns: 3 }',
    '  - { id: short, name: Short test, turns: 3 }\n  - { id: quiet, name: Quiet test, turns: 4, startTurn: 3, events: [road_blockade, price_slump] }',
  );
  expect(withPreset).not.toBe(text);
  writeFileSync(file, withPreset);
  const sc = loadScenario(file).scenario;

  it('counts only the preset’s events, and says how many never fired of them', () => {
    const games = play({ scenario: file, levels: normal(sc), seeds: [1, 2, 3], preset: 'quiet' });
    expect(games.every((s) => s.setup.preset === 'quiet')).toBe(true);
    const ev = eventStats(sc, games, 'quiet');
    expect(ev.possible.map((e) => e.id)).toEqual(['road_blockade', 'price_slump']);
    expect(ev.excluded).toEqual((sc.events ?? []).map((e) => e.id).filter((id) => id !== 'road_blockade' && id !== 'price_slump'));
    // No event outside the list fired in these games.
    for (const s of games) for (const id of Object.keys(s.fired)) expect(['road_blockade', 'price_slump']).toContain(id);
    const never = ev.possible.filter((e) => games.every((s) => s.fired[e.id] === undefined)).map((e) => e.id);
    expect(ev.never).toEqual(never);
    expect(ev.neverShare).toBe(never.length / 2);
    // The full game counts every event of the scenario.
    expect(eventStats(sc, games).possible).toHaveLength((sc.events ?? []).length);

    const md = balanceMarkdown(sc, [result('us normal vs bolivia normal', { us: 'normal', bolivia: 'normal' }, games)], 3, {
      preset: 'quiet',
    });
    // A preset that starts on turn 3 plays turns 3 to 6: four turns.
    expect(games.every((s) => s.setup.startTurn === 3 && s.history[s.history.length - 1]?.turn === 6)).toBe(true);
    expect(md).toContain(`preset \`quiet\` (Quiet test): 4 turns of 8 from scenario turn 3 (${turnDate(sc, 3).label})`);
    expect(md).toMatch(/\| us normal vs bolivia normal \| .* \| 4\.0 \| \d+ \|/);
    expect(md).toContain('only the 2 events of its list can fire');
    expect(md).toContain(`**${never.length} of 2 never fired (${((100 * never.length) / 2).toFixed(0)}%)**`);
    expect(md).toContain(`Events (all match-ups): ${never.length} of 2 never fired`);
    expect(md).toContain(`The other ${ev.excluded.length} cannot fire and are not counted`);
  });

  it('finds a preset by id or by its length, as createGame does', () => {
    expect(findPreset(sc, { preset: 'quiet' })?.id).toBe('quiet');
    expect(findPreset(sc, { turns: 3 })?.id).toBe('short');
    expect(findPreset(sc, { turns: 5 })).toBeUndefined();
    expect(findPreset(sc, {})).toBeUndefined();
    expect(reportName(sc, 'quiet', 4)).toBe('balance-dev-sandbox-quiet');
    expect(reportName(sc, undefined, 5)).toBe('balance-dev-sandbox-5-turns');
    expect(reportName(sc, undefined, undefined)).toBe('balance-dev-sandbox');
  });
});

describe('deals unwound by an event, in real games', () => {
  // The sandbox with an event that unwinds every deal holding local processing, once one is signed.
  const dir = mkdtempSync(join(tmpdir(), 'altiplano-balance-unwind-'));
  const file = join(dir, 'dev-sandbox-unwind.yaml');
  const text = readFileSync(loadScenario('dev-sandbox').file, 'utf8');
  const withEvent = text.replace(
    /^events:\n/m,
    'events:\n  - id: test_annul\n    title: A court annuls the processing deal\n    text: The court rules the contract void.\n    trigger: { deal: signed, term: local_processing }\n    chance: 1\n    once: true\n    effects:\n      - { unwind: local_processing, label: the court annuls it }\n',
  );
  expect(withEvent).not.toBe(text);
  writeFileSync(file, withEvent);
  const sc = loadScenario(file).scenario;

  it('counts the unwound deals, and the term no longer stands where every deal holding it was unwound', () => {
    const games = play({ scenario: file, levels: normal(sc), seeds: [1, 2, 3, 4] });
    const unwound = games.flatMap((s) => s.deals.filter((d) => d.status === 'unwound'));
    expect(unwound.length).toBeGreaterThan(0);
    const t = termStats(sc, games).find((x) => x.term === 'local_processing');
    expect(t?.unwound).toBe(unwound.filter((d) => d.terms.some((x) => x.term === 'local_processing')).length);
    // An unwound deal was signed: it counts toward the games the term was signed in.
    expect(t?.signedIn).toBe(
      games.filter((s) => s.deals.some((d) => wasSigned(d) && d.terms.some((x) => x.term === 'local_processing'))).length,
    );
    const standing = games.filter((s) =>
      s.deals.some((d) => (d.status === 'signed' || d.status === 'completed') && d.terms.some((x) => x.term === 'local_processing')),
    );
    expect(t?.standingIn).toBe(standing.length);
    // The AI may sign the term again after the court: keep only a game's unwound deals, and the term was signed there but no longer stands.
    const only = games
      .filter((g) => g.deals.some((d) => d.status === 'unwound'))
      .map((g) => ({ ...copy(g), deals: g.deals.filter((d) => d.status === 'unwound') }));
    expect(termStats(sc, only).find((x) => x.term === 'local_processing')).toMatchObject({
      signedIn: only.length,
      standingIn: 0,
      runningIn: undefined,
    });
    const md = balanceMarkdown(sc, [result('us normal vs bolivia normal', { us: 'normal', bolivia: 'normal' }, games)], 4);
    expect(md).toMatch(new RegExp(`of the signed, broken: \\d+, unwound: ${unwound.length}\\.`));
  });
});

describe('balance --preset', () => {
  it('plays the named preset and names the report after it', async () => {
    const out = mkdtempSync(join(tmpdir(), 'altiplano-balance-'));
    const r = await runInProcess(balanceCli, [
      '--scenario',
      'dev-sandbox',
      '--preset',
      'short',
      '--games',
      '2',
      '--matchups',
      'normal:normal',
      '--workers',
      '1',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, 'balance-dev-sandbox-short.md'), 'utf8');
    expect(md).toContain('## Targets');
    const html = readFileSync(join(out, 'balance-dev-sandbox-short.html'), 'utf8');
    expect(html).toContain('Games each term was signed in, us normal vs bolivia normal');
    // One bar per term of the scenario in that chart.
    for (const t of sandbox.terms ?? []) expect(html).toContain(`<title>${t.id}: `);
    expect(md).toMatch(/\| us normal vs bolivia normal \| .* \| 3\.0 \| \d+ \|/);
    expect(md).toMatch(
      /### us normal vs bolivia normal\n\n\| term \| signed in \| standing at the end \| running at the end \| deals signed \| unwound \| broken \|/,
    );
  });

  it('an unknown preset exits 1 naming the presets there are; --preset with --turns exits 2', async () => {
    const r = await runInProcess(balanceCli, ['--scenario', 'dev-sandbox', '--preset', 'nope', '--games', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no preset "nope" in dev-sandbox \(it has: short(, \w+)*\)/);
    const cap = await runInProcess(balanceCli, ['--scenario', 'dev-sandbox', '--cap', 'nope=0.3', '--games', '1']);
    expect(cap.code).toBe(1);
    expect(cap.stderr).toContain('--cap names no term of dev-sandbox: nope');
    expect(parseBalanceArgs(['--scenario', 'dev-sandbox', '--cap', 'royalty=2'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('--cap takes'),
    });
    expect(parseBalanceArgs(['--scenario', 'dev-sandbox', '--cap', 'royalty=0.5,offtake=0.25'])).toMatchObject({
      ok: true,
      args: { caps: { royalty: 0.5, offtake: 0.25 } },
    });
    expect(parseBalanceArgs(['--scenario', 'dev-sandbox', '--preset', 'short', '--turns', '3'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('give one of them'),
    });
  });
});
