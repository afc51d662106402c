import type { AiLevel, DealState, GameState, Scenario } from '../sim';
import { textOf } from '../sim';

/**
 * The figures the balance report checks a scenario against (issue 11's targets for
 * normal-against-normal play): how often each deal term is signed, how much each side's score
 * varies, whether the AI levels still separate, and how many of the events that can fire never do.
 * Pure functions of the final states of played games.
 */

/** The targets: no term in more than 80% of games, a score sd of at least 6 per side, at most a fifth of the events never firing. */
export const TARGETS = { maxTermShare: 0.8, minScoreSd: 6, maxDeadEventShare: 0.2 } as const;

/** A match-up: the level of each playable side. */
export type Matchup = { levels: Record<string, AiLevel>; label: string };
export type MatchupResult = { matchup: Matchup; finals: GameState[]; msPerGame: number[] };

export const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
/** Standard deviation of the games played (the population's: these games are the whole sample reported). */
export const sd = (xs: number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/** Wilson 95% interval for a share of games (a win rate, the share of games a term was signed in). */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** Was the deal ever signed (whatever became of it: running, completed, broken or unwound)? */
export function wasSigned(d: DealState): boolean {
  return d.signedTurn !== undefined || ['signed', 'completed', 'broken', 'unwound'].includes(d.status);
}

/** Was the deal unwound by an event (its remaining obligations stopped)? */
export function isUnwound(d: DealState): boolean {
  return d.status === 'unwound';
}

/** Does the deal still stand (signed, or completed once its obligations ran out; neither broken nor unwound)? The `deal: signed` condition counts the same deals. */
export function stands(d: DealState): boolean {
  return d.status === 'signed' || d.status === 'completed';
}

const has = (d: DealState, term: string): boolean => d.terms.some((t) => t.term === term);

export type TermStats = {
  term: string;
  name: string;
  /** Games played. */
  games: number;
  /** Games in which a deal containing the term was signed at least once. */
  signedIn: number;
  /** Wilson 95% interval of `signedIn / games`. */
  ci: [number, number];
  /** Games that end with a standing deal containing the term. */
  standingIn: number;
  /** For a term with obligations over turns (a `duration`): games that end with them still running in a signed deal; undefined for a one-off term. */
  runningIn: number | undefined;
  /** Signed deals containing the term, over all games. */
  deals: number;
  /** Of those, deals unwound by an event, and deals broken. */
  unwound: number;
  broken: number;
};

/** Per deal term of the scenario, over the games: how often it was signed, still stood at the end, was unwound or broken. */
export function termStats(sc: Scenario, finals: GameState[]): TermStats[] {
  return (sc.terms ?? []).map((t) => {
    const signedIn = finals.filter((s) => s.deals.some((d) => wasSigned(d) && has(d, t.id))).length;
    const standingIn = finals.filter((s) => s.deals.some((d) => stands(d) && has(d, t.id))).length;
    const running = (d: DealState): boolean => d.status === 'signed' && (d.obligations?.[t.id] ?? 0) > 0;
    const runningIn = t.duration === undefined ? undefined : finals.filter((s) => s.deals.some(running)).length;
    const deals = finals.flatMap((s) => s.deals.filter((d) => wasSigned(d) && has(d, t.id)));
    return {
      term: t.id,
      name: textOf(t.name),
      games: finals.length,
      signedIn,
      ci: wilson(signedIn, finals.length),
      standingIn,
      runningIn,
      deals: deals.length,
      unwound: deals.filter(isUnwound).length,
      broken: deals.filter((d) => d.status === 'broken').length,
    };
  });
}

/** The term signed in the most games (the first in the scenario's order on a tie), or none when the scenario has no terms. */
export function mostSigned(stats: TermStats[]): TermStats | undefined {
  return stats.reduce<TermStats | undefined>((best, t) => (!best || t.signedIn > best.signedIn ? t : best), undefined);
}

/** The preset a game length names: by id, else the first preset of that many turns (shorter than the scenario), as `createGame` picks it. */
export function findPreset(sc: Scenario, length: { preset?: string; turns?: number }) {
  if (length.preset !== undefined) return sc.presets?.find((p) => p.id === length.preset);
  if (length.turns !== undefined && length.turns < sc.turns) return sc.presets?.find((p) => p.turns === length.turns);
  return undefined;
}

export type EventStats = {
  /** The events that can fire in this length of game (the preset's `events` list when it has one, else all), with the games each fired in. */
  possible: { id: string; title: string; games: number }[];
  /** Events of the scenario outside the preset's list: they cannot fire, and are not counted. */
  excluded: string[];
  /** The possible events that never fired, and their share of the possible events. */
  never: string[];
  neverShare: number;
  games: number;
};

export function eventStats(sc: Scenario, finals: GameState[], presetId?: string): EventStats {
  const list = presetId === undefined ? undefined : sc.presets?.find((p) => p.id === presetId)?.events;
  const all = sc.events ?? [];
  const allowed = list ? all.filter((e) => list.includes(e.id)) : all;
  const possible = allowed.map((e) => ({
    id: e.id,
    title: textOf(e.title),
    games: finals.filter((s) => s.fired[e.id] !== undefined).length,
  }));
  const never = possible.filter((e) => e.games === 0).map((e) => e.id);
  return {
    possible,
    excluded: all.filter((e) => !allowed.includes(e)).map((e) => e.id),
    never,
    neverShare: possible.length ? never.length / possible.length : 0,
    games: finals.length,
  };
}

export const scoresOf = (r: MatchupResult, actor: string): number[] => r.finals.map((s) => s.over?.scores[actor]?.score ?? 0);

/**
 * A step up one level for a side (both against the other side at normal): the gain in mean score
 * over the seeds played in both match-ups, its 95% interval, and how many seeds were paired.
 */
export type LevelStep = { side: string; from: AiLevel; to: AiLevel; gain: number; lo: number; hi: number; pairs: number };

/**
 * The step from one match-up to another for a side, paired by seed: each seed played in both
 * gives one difference of the side's score, and the step is their mean, with a 95% interval from
 * their spread (normal approximation). A seed is the same game up to the first choice the levels
 * make differently (the same start, the same luck until then), so the pairs share what the seed
 * decides and the interval is never wider than needed; games whose seed was played in only one of
 * the match-ups are left out.
 */
export function pairedStep(a: MatchupResult, b: MatchupResult, side: string): { gain: number; lo: number; hi: number; pairs: number } {
  const before = new Map(a.finals.map((s) => [s.setup.seed, s.over?.scores[side]?.score ?? 0]));
  const diffs: number[] = [];
  for (const s of b.finals) {
    const x = before.get(s.setup.seed);
    if (x !== undefined) diffs.push((s.over?.scores[side]?.score ?? 0) - x);
  }
  const n = diffs.length;
  const gain = mean(diffs);
  // The sample's standard deviation (n − 1): the seeds are a sample of all the games there could be.
  const se = n > 1 ? (sd(diffs) * Math.sqrt(n / (n - 1))) / Math.sqrt(n) : Infinity;
  return { gain, lo: gain - 1.96 * se, hi: gain + 1.96 * se, pairs: n };
}

/**
 * How far the levels separate for a side: the gain of each step up (easy → normal, normal →
 * hard), each level against the other side at normal, paired by seed (see `pairedStep`). Only
 * the steps whose match-ups were played.
 */
export function levelSteps(sc: Scenario, results: MatchupResult[], side: string): LevelStep[] {
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const other = sides.find((x) => x !== side);
  if (!other) return [];
  const at = (l: AiLevel) => results.find((r) => r.matchup.levels[side] === l && r.matchup.levels[other] === 'normal');
  const steps: LevelStep[] = [];
  for (const [from, to] of [
    ['easy', 'normal'],
    ['normal', 'hard'],
  ] as const) {
    const a = at(from);
    const b = at(to);
    if (!a || !b) continue;
    steps.push({ side, from, to, ...pairedStep(a, b, side) });
  }
  return steps;
}

/** The reference match-up the targets are read from: normal against normal, else the first played. */
export function referenceResult(sc: Scenario, results: MatchupResult[]): MatchupResult | undefined {
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  return results.find((r) => sides.every((x) => r.matchup.levels[x] === 'normal')) ?? results[0];
}

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
const mark = (ok: boolean): string => (ok ? 'met' : '**not met**');

/**
 * The short "targets" block at the top of the report: the most-signed term and its share, any
 * term capped by `caps` (a share of games), each side's score spread, the least separation
 * between levels, and the share of the events that can fire that never did; each against its target.
 */
export function targetsBlock(sc: Scenario, results: MatchupResult[], presetId?: string, caps: Record<string, number> = {}): string[] {
  const ref = referenceResult(sc, results);
  if (!ref) return [];
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const out = ['## Targets', ''];
  out.push(
    `Read from ${ref.matchup.label} (${ref.finals.length} games) unless said otherwise; the targets are issue 11's for normal-against-normal play over 200 seeds.`,
    '',
  );
  const terms = termStats(sc, ref.finals);
  const top = mostSigned(terms);
  if (top) {
    const share = top.signedIn / Math.max(1, top.games);
    const over = terms.filter((t) => t.signedIn / Math.max(1, t.games) > TARGETS.maxTermShare);
    out.push(
      `- Most-signed term: \`${top.term}\` in ${pct(share)} of games (${pct(top.ci[0])}–${pct(top.ci[1])}); target at most ${pct(TARGETS.maxTermShare)}: ${mark(share <= TARGETS.maxTermShare)}${over.length ? ` (${over.length} term${over.length === 1 ? '' : 's'} above the target: ${over.map((t) => `\`${t.term}\` ${pct(t.signedIn / t.games)}`).join(', ')})` : ''}.`,
    );
  }
  // A scenario's own caps (issue 11: in the Arce era the DEA returns in at most a third of games).
  for (const [term, cap] of Object.entries(caps)) {
    const t = terms.find((x) => x.term === term);
    if (!t) continue;
    const share = t.signedIn / Math.max(1, t.games);
    out.push(
      `- \`${term}\` signed in ${pct(share)} of games (${pct(t.ci[0])}–${pct(t.ci[1])}); target at most ${pct(cap)}: ${mark(share <= cap)}.`,
    );
  }
  for (const side of sides) {
    const xs = scoresOf(ref, side);
    const v = sd(xs);
    out.push(
      `- ${side} score: ${mean(xs).toFixed(1)} ± ${v.toFixed(1)} (sd); target sd at least ${TARGETS.minScoreSd}: ${mark(v >= TARGETS.minScoreSd)}.`,
    );
  }
  const steps = sides.flatMap((side) => levelSteps(sc, results, side));
  if (steps.length) {
    const least = steps.reduce((a, b) => (b.gain < a.gain ? b : a));
    out.push(
      `- Least separation between levels: ${least.side} ${least.from} → ${least.to} gains ${least.gain >= 0 ? '+' : ''}${least.gain.toFixed(1)} points (95% ${least.lo.toFixed(1)} to ${least.hi.toFixed(1)}, ${least.pairs} seeds paired), against a normal opponent; every step: ${steps.map((s) => `${s.side} ${s.from} → ${s.to} ${s.gain >= 0 ? '+' : ''}${s.gain.toFixed(1)} (${s.lo.toFixed(1)} to ${s.hi.toFixed(1)})`).join(', ')}; target every step above zero beyond chance: ${mark(steps.every((s) => s.lo > 0))}.`,
    );
  } else {
    out.push('- Least separation between levels: not measured (play the easy and hard match-ups against a normal opponent).');
  }
  const ev = eventStats(
    sc,
    results.flatMap((r) => r.finals),
    presetId,
  );
  out.push(
    `- Events (all match-ups): ${ev.never.length} of ${ev.possible.length} never fired (${pct(ev.neverShare)}); target at most ${pct(TARGETS.maxDeadEventShare)}: ${mark(ev.neverShare <= TARGETS.maxDeadEventShare)}.`,
  );
  return out;
}

/** One piece of advice: what to change, and the figure behind it. */
export type Advice = {
  kind: 'objectiveMaxed' | 'alwaysWins' | 'neverWins' | 'levelsAlike' | 'heavyPreferred' | 'eventNeverFires';
  text: string;
};

/** Shares at or past which the advice speaks: an objective reached this fully by every side, a win rate this high or low. */
export const ADVICE = { maxedShare: 0.95, alwaysWins: 0.9, neverWins: 0.1, heavyGames: 0.5 } as const;

/**
 * What the author could change, each with the number behind it: objectives every side maxes out
 * in every match-up (they separate nothing), a side that wins (or loses) nearly every game at
 * normal against normal (its `winAt` against its median score), levels whose step up gains
 * nothing beyond chance, heavy-handed actions the AI takes in most games (the backlash is not
 * felt), and events that never fire (against how often their chance alone would fire them).
 */
export function adviceOf(sc: Scenario, results: MatchupResult[], presetId?: string): Advice[] {
  const out: Advice[] = [];
  const ref = referenceResult(sc, results);
  if (!ref) return out;
  const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const all = results.flatMap((r) => r.finals);

  for (const o of sc.objectives)
    for (const item of o.items) {
      const shares = results.map((r) => {
        const xs = r.finals.flatMap((s) => {
          const line = s.over?.scores[o.actor]?.lines.find((l) => l.objective === item.id);
          return line && line.max > 0 ? [line.points / line.max] : [];
        });
        return xs.length ? mean(xs) : NaN;
      });
      if (shares.some(Number.isNaN) || !shares.every((x) => x >= ADVICE.maxedShare)) continue;
      out.push({
        kind: 'objectiveMaxed',
        text: `\`${o.actor}\` reaches objective \`${item.id}\` (${item.points} points) almost fully in every match-up (at least ${pct(Math.min(...shares))} of its points on average): it separates no level and no strategy. Make it harder (a further \`to\`, a stricter \`when\`) or give its points to an objective that is contested.`,
      });
    }

  for (const side of sides) {
    const wins = ref.finals.filter((s) => s.over?.scores[side]?.won).length / Math.max(1, ref.finals.length);
    const scores = ref.finals.map((s) => s.over?.scores[side]?.score ?? 0);
    const sorted = [...scores].sort((x, y) => x - y);
    const median = sorted.length ? ((sorted[(sorted.length - 1) >> 1] ?? 0) + (sorted[sorted.length >> 1] ?? 0)) / 2 : 0;
    const winAt = ref.finals[0]?.over?.scores[side]?.winAt;
    const bar = winAt === undefined ? '' : ` against a \`winAt\` of ${winAt}`;
    if (wins >= ADVICE.alwaysWins)
      out.push({
        kind: 'alwaysWins',
        text: `\`${side}\` wins ${pct(wins)} of ${ref.matchup.label} games (median score ${median.toFixed(1)}${bar}): raise its \`winAt\` toward ${median.toFixed(1)} for about half, or make its objectives harder.`,
      });
    else if (wins <= ADVICE.neverWins)
      out.push({
        kind: 'neverWins',
        text: `\`${side}\` wins ${pct(wins)} of ${ref.matchup.label} games (median score ${median.toFixed(1)}${bar}): lower its \`winAt\` toward ${median.toFixed(1)} for about half, or give it more to gain.`,
      });
  }

  for (const step of sides.flatMap((side) => levelSteps(sc, results, side)))
    if (step.lo <= 0)
      out.push({
        kind: 'levelsAlike',
        text: `\`${step.side}\` ${step.from} → ${step.to} gains ${step.gain >= 0 ? '+' : ''}${step.gain.toFixed(1)} points (95% ${step.lo.toFixed(1)} to ${step.hi.toFixed(1)}, ${step.pairs} seeds): the levels play alike for this side. Usually its choices matter too little: give it actions whose worth depends on the situation (a cost that bites, a \`requires\`, a trade-off between meters), or objectives the better play reaches and the worse does not.`,
      });

  const games = Math.max(1, all.length);
  for (const a of sc.actions.filter((x) => x.heavyHanded)) {
    const inGames = all.filter((s) => (s.actors[a.actor]?.usedInGame[a.id] ?? 0) > 0).length;
    if (inGames / games < ADVICE.heavyGames) continue;
    const uses = all.reduce((t, s) => t + (s.actors[a.actor]?.usedInGame[a.id] ?? 0), 0);
    out.push({
      kind: 'heavyPreferred',
      text: `The AI takes the heavy-handed \`${a.id}\` (${a.actor}) in ${pct(inGames / games)} of games (${(uses / games).toFixed(1)} times a game): its backlash does not outweigh its gain. Make the backlash bigger or surer (its effects, a lasting cost), or its gain smaller.`,
    });
  }

  const ev = eventStats(sc, all, presetId);
  const turns = mean(all.map((s) => s.setup.turns));
  for (const id of ev.never) {
    const e = sc.events?.find((x) => x.id === id);
    if (!e) continue;
    const open = Math.max(0, turns - Math.max(0, (e.fromTurn ?? 1) - 1));
    const expected = 1 - (1 - e.chance) ** open;
    const why = e.trigger
      ? `its chance (${e.chance} a turn over about ${open.toFixed(0)} turns) alone would fire it in ${pct(expected)} of games, so its trigger almost never holds: loosen the trigger`
      : `its chance (${e.chance} a turn over about ${open.toFixed(0)} turns) fires it in ${pct(expected)} of games: raise the chance`;
    out.push({
      kind: 'eventNeverFires',
      text: `Event \`${id}\` never fired in ${all.length} games: ${why}${e.fromTurn !== undefined ? ` (or move its fromTurn, ${e.fromTurn}, earlier)` : ''}.`,
    });
  }
  return out;
}

/** The advice as a Markdown section. */
export function adviceBlock(sc: Scenario, results: MatchupResult[], presetId?: string): string[] {
  const advice = adviceOf(sc, results, presetId);
  return [
    '## Advice',
    '',
    ...(advice.length
      ? advice.map((a) => `- ${a.text}`)
      : [
          'Nothing stands out: no objective every side maxes out, no side that always wins or always loses, levels that separate, no heavy-handed action the AI favours, no event that never fires.',
        ]),
  ];
}
