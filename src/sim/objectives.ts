import { holds } from './conditions';
import { firstTurn, presetOf } from './gameLength';
import { influenceId, influencePower, readMeter } from './meters';
import { own } from './own';
import type { ActionDef, Condition, Driver, Effect, MeterId, ObjectiveDef, Scenario, Text } from './scenarioTypes';
import type { GameSetup, GameState } from './stateTypes';

type MeterObjective = Extract<ObjectiveDef, { meter: string }>;

/** The objectives one actor plays for in one length of game, and the score that wins it (never above the points available). */
export type GameObjectives = { actor: string; winAt: number; max: number; items: ObjectiveDef[] };

/**
 * The game a setup plays: the id of its preset (a preset as long as the scenario from its start
 * plays the full game), `full`, or for a setup that names no preset the preset of its length.
 */
export function gameLengthOf(sc: Scenario, setup: Pick<GameSetup, 'turns' | 'preset' | 'startTurn'>): string {
  const named = presetOf(sc, setup);
  if (named) return named.turns >= sc.turns && (named.startTurn ?? 1) <= 1 ? 'full' : named.id;
  if (setup.turns >= sc.turns) return 'full';
  return sc.presets?.find((p) => p.turns === setup.turns)?.id ?? 'full';
}

/** Whether an objective counts in a game of length `game` (`full` or a preset id): absent `games` means every length. */
export function countsIn(item: Pick<ObjectiveDef, 'games'>, game: string): boolean {
  return item.games === undefined || item.games.includes(game);
}

/**
 * The objectives of the game a setup plays, per actor: only the items of its length, and the
 * bar to win for that length (the preset's `winAt` where it sets one, else the actor's). The bar
 * is capped at the points available, so a side that meets every objective of its game wins.
 */
export function objectivesFor(sc: Scenario, setup: Pick<GameSetup, 'turns' | 'preset' | 'startTurn'>): GameObjectives[] {
  const game = gameLengthOf(sc, setup);
  const preset = game === 'full' ? undefined : sc.presets?.find((p) => p.id === game);
  return sc.objectives.map((o) => {
    const items = o.items.filter((i) => countsIn(i, game));
    const max = items.reduce((t, i) => t + i.points, 0);
    return { actor: o.actor, winAt: Math.min(own(preset?.winAt, o.actor) ?? o.winAt, max), max, items };
  });
}

const cache = new WeakMap<Scenario, Map<string, readonly GameObjectives[]>>();

/**
 * `objectivesFor`, remembered per scenario and game length (a scenario is never changed once
 * loaded): scoring asks for it on every look-ahead step. Read only: callers must not change it.
 */
export function objectivesCached(sc: Scenario, setup: Pick<GameSetup, 'turns' | 'preset' | 'startTurn'>): readonly GameObjectives[] {
  // Every copy of a game's state shares its setup object: found by it, without building the key,
  // while the fields the objectives depend on still read the same (a setup is never changed in play).
  const seen = bySetup.get(setup);
  if (seen && seen.sc === sc && seen.turns === setup.turns && seen.preset === setup.preset && seen.startTurn === setup.startTurn)
    return seen.out;
  const out = objectivesByKey(sc, setup);
  bySetup.set(setup, { sc, turns: setup.turns, preset: setup.preset, startTurn: setup.startTurn, out });
  return out;
}

type SetupSeen = {
  sc: Scenario;
  turns: number;
  preset: string | undefined;
  startTurn: number | undefined;
  out: readonly GameObjectives[];
};
const bySetup = new WeakMap<object, SetupSeen>();

function objectivesByKey(sc: Scenario, setup: Pick<GameSetup, 'turns' | 'preset' | 'startTurn'>): readonly GameObjectives[] {
  let byGame = cache.get(sc);
  if (!byGame) {
    byGame = new Map();
    cache.set(sc, byGame);
  }
  const key = `${setup.turns}|${setup.preset ?? ''}|${setup.startTurn ?? ''}`;
  let out = byGame.get(key);
  if (!out) {
    out = objectivesFor(sc, setup);
    byGame.set(key, out);
  }
  return out;
}

/** What a meter objective measures in a state: the meter, less its `minus` meter where it has one. */
export function measureOf(s: Pick<GameState, 'national' | 'departments'>, item: MeterObjective): number {
  const st = s as GameState;
  return readMeter(st, item.meter) - (item.minus !== undefined ? readMeter(st, item.minus) : 0);
}

/** Partial credit for a meter objective at measure `v`: 0 at `from`, full at `to`, clamped. */
export function rangePoints(item: MeterObjective, v: number): number {
  const f = item.to === item.from ? (v >= item.to ? 1 : 0) : (v - item.from) / (item.to - item.from);
  return item.points * Math.min(1, Math.max(0, f));
}

/** Points an objective gives in a state, to the hundredth. */
export function pointsOf(s: GameState, item: ObjectiveDef): number {
  const p = 'when' in item ? (holds(s, item.when) ? item.points : 0) : rangePoints(item, measureOf(s, item));
  return Math.round(p * 100) / 100;
}

/** Something a player can do that moves what an objective reads: an action, or a deal term (given by `actor`). `helps`: it moves it the right way, where that can be told. */
export type ObjectiveMover = { kind: 'action' | 'term'; id: string; actor: string; helps?: boolean };

/** One objective line of a side, as it stands. */
export type ObjectiveProgress = {
  id: string;
  text: Text;
  /** Points now, out of `max`. */
  points: number;
  max: number;
  met: boolean;
  /** Range objectives: the measure at the game's start, now, and the range that scores (0 points at `from`, all at `to`). */
  range?: { meter: MeterId; minus?: MeterId; from: number; to: number; start: number; now: number };
  /** The meters it reads (a condition's meters, or the range's). */
  meters: MeterId[];
  /** The actions and terms whose effects touch those meters (or the meters that drive them), or set the flags, projects and deals it asks for. */
  movers: ObjectiveMover[];
};

/** A side's standing in its game: every objective line, the total, the bar and whether it would win if the game ended now. */
export type SideProgress = { actor: string; score: number; max: number; winAt: number; won: boolean; lines: ObjectiveProgress[] };

/** What a condition asks for: meters (with the direction that helps: +1 up, -1 down, 0 either), flags to set, projects to start, deals. */
type Wants = {
  meters: Map<MeterId, number>;
  flags: Map<string, boolean>;
  projects: Set<string>;
  deals: { between?: string[]; term?: string }[];
};

function want(c: Condition, w: Wants, sign: number): void {
  if ('all' in c) for (const x of c.all) want(x, w, sign);
  else if ('any' in c) for (const x of c.any) want(x, w, sign);
  else if ('not' in c) want(c.not, w, -sign);
  else if ('meter' in c) {
    const up = c.gt !== undefined || c.gte !== undefined ? 1 : c.lt !== undefined || c.lte !== undefined ? -1 : 0;
    w.meters.set(c.meter, up * sign);
  } else if ('flag' in c) w.flags.set(c.flag, (c.is ?? true) === sign > 0);
  else if ('project' in c) w.projects.add(c.project);
  else if ('deal' in c) w.deals.push({ between: c.between, term: c.term });
  else if ('leads' in c) w.meters.set(influenceId(c.leads), sign);
}

/** The drivers that move a meter from other meters (the economy's and the scenario's dynamics). */
function driversOf(sc: Scenario, meter: MeterId): readonly Driver[] {
  if (meter === 'growth') return sc.economy.growth.drivers ?? [];
  if (meter === 'stability') return sc.economy.stability.drivers ?? [];
  const power = influencePower(meter);
  if (power !== null) return own(sc.economy.influence, power)?.drivers ?? [];
  return sc.meters?.find((m) => m.id === meter)?.dynamics?.drivers ?? [];
}

/** What an objective asks for (meters with the direction that helps); given the scenario, also the meters that drive those meters (one step), for what moves it. */
function wantsOf(item: ObjectiveDef, sc?: Scenario): Wants {
  const w: Wants = { meters: new Map(), flags: new Map(), projects: new Set(), deals: [] };
  if ('when' in item) want(item.when, w, 1);
  else {
    const up = Math.sign(item.to - item.from);
    w.meters.set(item.meter, up);
    if (item.minus !== undefined) w.meters.set(item.minus, -up);
  }
  if (sc) {
    // A meter moved by another through the economy (inflation by the fuel subsidy bill) is moved by what moves that one.
    for (const [meter, dir] of [...w.meters]) {
      for (const d of driversOf(sc, meter)) if (!w.meters.has(d.from)) w.meters.set(d.from, dir * Math.sign(d.coef));
    }
  }
  return w;
}

/** Whether effects touch what is wanted: undefined when they do not, else whether they help (undefined inside when it cannot be told). */
function touches(effects: readonly Effect[], w: Wants): { helps?: boolean } | undefined {
  let hit: { helps?: boolean } | undefined;
  for (const e of effects) {
    if ('meter' in e) {
      const dir = w.meters.get(e.meter);
      if (dir === undefined) continue;
      const change = e.add ?? 0;
      const helps = dir === 0 || e.set !== undefined || change === 0 ? undefined : Math.sign(change) === dir;
      if (!hit || helps === true) hit = { helps };
    } else if ('flag' in e) {
      const wanted = w.flags.get(e.flag);
      if (wanted === undefined) continue;
      hit = { helps: (e.value ?? true) === wanted };
    }
  }
  return hit;
}

function actionEffects(a: ActionDef): Effect[] {
  return [...(a.effects ?? []), ...(a.project?.onComplete ?? []), ...(a.project?.perTurn ?? []), ...(a.lasting?.effects ?? [])];
}

/** The actions and terms that move what an objective reads, derived from the scenario's data. */
export function moversOf(sc: Scenario, item: ObjectiveDef): ObjectiveMover[] {
  const w = wantsOf(item, sc);
  const out: ObjectiveMover[] = [];
  for (const a of sc.actions) {
    const t = w.projects.has(a.id) ? { helps: true } : touches(actionEffects(a), w);
    if (t) out.push({ kind: 'action', id: a.id, actor: a.actor, ...(t.helps !== undefined ? { helps: t.helps } : {}) });
  }
  for (const term of sc.terms ?? []) {
    const inDeal = w.deals.some(
      (d) =>
        (d.term === undefined || d.term === term.id) && (!d.between || !term.between || d.between.every((x) => term.between?.includes(x))),
    );
    const t = inDeal ? { helps: true } : touches([...(term.onSign ?? []), ...(term.perTurn ?? [])], w);
    if (t) out.push({ kind: 'term', id: term.id, actor: term.giver, ...(t.helps !== undefined ? { helps: t.helps } : {}) });
  }
  return out;
}

/** The state at the game's start: its first snapshot (before its first turn), or the state itself when it has none. */
function startOf(s: GameState): Pick<GameState, 'national' | 'departments'> {
  const first = s.history.find((h) => h.turn === firstTurn(s.setup) - 1) ?? s.history[0];
  return first ? { national: first.national, departments: first.departments } : s;
}

/**
 * Where one actor stands against the objectives of the game being played: each line's points
 * now, whether it is met, for a range its start (from the game's first snapshot), range and
 * current measure, the meters it reads and what moves them. `won`: the score reaches the bar,
 * or every objective is fully met. Undefined for an actor with no objectives. Pure.
 */
export function objectiveProgress(s: GameState, sc: Scenario, actor: string): SideProgress | undefined {
  const o = objectivesFor(sc, s.setup).find((x) => x.actor === actor);
  if (!o) return undefined;
  const start = startOf(s);
  let score = 0;
  const lines = o.items.map((item): ObjectiveProgress => {
    const points = pointsOf(s, item);
    score += points;
    const w = wantsOf(item);
    return {
      id: item.id,
      text: item.text,
      points,
      max: item.points,
      met: points >= item.points,
      ...('meter' in item
        ? {
            range: {
              meter: item.meter,
              ...(item.minus !== undefined ? { minus: item.minus } : {}),
              from: item.from,
              to: item.to,
              start: measureOf(start, item),
              now: measureOf(s, item),
            },
          }
        : {}),
      meters: [...w.meters.keys()],
      movers: moversOf(sc, item),
    };
  });
  score = Math.round(score * 100) / 100;
  const won = score >= o.winAt || lines.every((l) => l.met);
  return { actor, score, max: o.max, winAt: o.winAt, won, lines };
}

/** How one objective line's points changed between two states. */
export type ObjectiveDelta = { id: string; text: Text; before: number; after: number; delta: number; max: number; met: boolean };

/** How a side's score changed between two states (a turn's start and end), and which objective lines gained or lost points, largest first. */
export type ScoreChange = {
  actor: string;
  before: number;
  after: number;
  delta: number;
  winAt: number;
  max: number;
  lines: ObjectiveDelta[];
};

/** The score change of one actor between two states of the same game, with its reasons (the lines that moved). Pure. */
export function scoreChange(before: GameState, after: GameState, sc: Scenario, actor: string): ScoreChange | undefined {
  const o = objectivesFor(sc, after.setup).find((x) => x.actor === actor);
  if (!o) return undefined;
  const lines: ObjectiveDelta[] = [];
  let b = 0;
  let a = 0;
  for (const item of o.items) {
    const p0 = pointsOf(before, item);
    const p1 = pointsOf(after, item);
    b += p0;
    a += p1;
    if (Math.abs(p1 - p0) >= 0.005)
      lines.push({
        id: item.id,
        text: item.text,
        before: p0,
        after: p1,
        delta: Math.round((p1 - p0) * 100) / 100,
        max: item.points,
        met: p1 >= item.points,
      });
  }
  lines.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta));
  b = Math.round(b * 100) / 100;
  a = Math.round(a * 100) / 100;
  return { actor, before: b, after: a, delta: Math.round((a - b) * 100) / 100, winAt: o.winAt, max: o.max, lines };
}
