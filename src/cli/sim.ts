import { parseArgs } from 'node:util';
import {
  type AiLevel,
  autoPlay,
  createGame,
  type GameEvent,
  type GameState,
  readMeter,
  type Scenario,
  textOf,
  turnDate,
} from '../headless';
import { baselineMove, influenceId, type Policy, passiveMove, playRecord, setupPolicy, type TurnRecord } from '../sim';
import { type CliIo, loadOrSay, runWhenMain } from './cliIo';

/**
 * `npm run sim -- --scenario ID|FILE --seed N [--turns N] [--side ACTOR] [--policy ACTOR=LEVEL ...] [--json]`:
 * plays a whole game headless and prints each turn's actions and main meters, then the scores.
 * Every actor plays the baseline policy unless `--policy` gives it an AI level (easy, normal,
 * hard) or `passive`; `--side` names the side the run is about (a playable actor), whose result
 * is printed last as the run's verdict. Same arguments, same output, byte for byte.
 */

function usage(): string {
  return 'usage: npm run sim -- --scenario ID|FILE --seed N [--turns N] [--preset ID] [--side ACTOR] [--policy ACTOR=LEVEL ...] [--json]\n  LEVEL: baseline, passive, easy, normal or hard\n';
}

/** What `--policy` can ask for: the AI's levels, the baseline heuristic, or passing every phase. */
export const POLICIES = ['baseline', 'passive', 'easy', 'normal', 'hard'] as const;
export type PolicyName = (typeof POLICIES)[number];
const AI_LEVELS: readonly string[] = ['easy', 'normal', 'hard'];

/** Reads `--policy ACTOR=LEVEL` values against the scenario; a message on the first bad one. */
export function parsePolicies(
  values: readonly string[],
  sc: Scenario,
): { ok: true; policies: Record<string, PolicyName> } | { ok: false; message: string } {
  const policies: Record<string, PolicyName> = {};
  for (const v of values) {
    const [actor, level, ...rest] = v.split('=');
    if (!actor || !level || rest.length > 0) return { ok: false, message: `--policy must be ACTOR=LEVEL, not "${v}"` };
    if (!sc.actors.some((a) => a.id === actor))
      return { ok: false, message: `--policy: unknown actor "${actor}" (${sc.id} has: ${sc.actors.map((a) => a.id).join(', ')})` };
    if (!(POLICIES as readonly string[]).includes(level))
      return { ok: false, message: `--policy: unknown level "${level}" for ${actor} (use ${POLICIES.join(', ')})` };
    if (policies[actor] !== undefined) return { ok: false, message: `--policy: ${actor} is given twice` };
    policies[actor] = level as PolicyName;
  }
  return { ok: true, policies };
}

/** The policy of a run: AI levels go through the setup (so the state records them); passive and baseline are played here. */
function runPolicy(policies: Record<string, PolicyName>): Policy {
  return (s, sc, actor) => {
    const p = policies[actor];
    if (p === 'passive') return passiveMove(s, sc, actor) ?? { type: 'endPhase', actor };
    if (p === 'baseline') return baselineMove(s, sc, actor);
    return setupPolicy(s, sc, actor);
  };
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

function meterLine(s: GameState, sc: Scenario): string {
  const parts = [
    `GDP $${fmt(readMeter(s, 'gdp'), 2)}bn`,
    `growth ${fmt(readMeter(s, 'growth'), 2)}%`,
    `stability ${fmt(readMeter(s, 'stability'))}`,
  ];
  for (const a of sc.actors) if (a.kind === 'power') parts.push(`${influenceId(a.id)} ${fmt(readMeter(s, influenceId(a.id)))}`);
  for (const m of sc.meters ?? []) parts.push(`${m.id} ${fmt(readMeter(s, m.id))}`);
  return parts.join(' | ');
}

function describe(sc: Scenario, ev: GameEvent): string | null {
  switch (ev.type) {
    case 'ActionTaken': {
      const def = sc.actions.find((a) => a.id === ev.action);
      return `${ev.actor}: ${textOf(def?.name)}${ev.target ? ` @ ${ev.target}` : ''}`;
    }
    case 'DealProposed':
      return `${ev.from} offers ${ev.to} deal #${ev.deal} (${ev.terms.map((t) => `${t.term}=${t.amount}`).join(', ')})`;
    case 'DealSigned':
      return `deal #${ev.deal} signed by ${ev.from} and ${ev.to}`;
    case 'DealRejected':
      return `deal #${ev.deal} rejected by ${ev.by}`;
    case 'DealUnwound':
      return `deal #${ev.deal} (${ev.from}–${ev.to}) unwound: ${ev.term} (${ev.cause.id})`;
    case 'EventFired':
      return `event: ${textOf(ev.title)}`;
    case 'OptionChosen':
      return `${ev.actor} answers ${ev.event}: ${ev.option}`;
    case 'ProjectCompleted':
      return `project built: ${ev.action}${ev.department ? ` in ${ev.department}` : ''}`;
    default:
      return null;
  }
}

type SimArgs = {
  scenario?: string;
  seed?: string;
  turns?: string;
  preset?: string;
  side?: string;
  policy?: string[];
  json?: boolean;
  help?: boolean;
};

/** `npm run sim`: the arguments after the script name in, the output to `io`, the exit code back. */
export function simCli(argv: string[], io: CliIo): number {
  try {
    return play(argv, io);
  } catch (e) {
    io.stderr(`sim: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function play(argv: string[], io: CliIo): number {
  let args: SimArgs;
  try {
    args = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        turns: { type: 'string' },
        preset: { type: 'string' },
        side: { type: 'string' },
        policy: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (e) {
    io.stderr(`${e instanceof Error ? e.message : String(e)}\n${usage()}`);
    return 2;
  }
  if (args.help) {
    io.stdout(usage());
    return 0;
  }
  if (!args.scenario || args.seed === undefined) {
    io.stderr(usage());
    return 2;
  }
  const seed = Number(args.seed);
  const turns = args.turns === undefined ? undefined : Number(args.turns);
  if (!Number.isInteger(seed)) {
    io.stderr(`--seed must be an integer, not "${args.seed}"\n`);
    return 2;
  }
  if (turns !== undefined && (!Number.isInteger(turns) || turns < 1)) {
    io.stderr(`--turns must be a positive integer, not "${args.turns}"\n`);
    return 2;
  }
  const loaded = loadOrSay(io, args.scenario);
  if (!loaded) return 1;
  const sc = loaded.scenario;
  if (args.preset !== undefined && !sc.presets?.some((p) => p.id === args.preset)) {
    io.stderr(`unknown preset "${args.preset}" (${sc.id} has: ${(sc.presets ?? []).map((p) => p.id).join(', ') || 'none'})\n`);
    return 2;
  }
  const side = args.side;
  if (side !== undefined && !sc.actors.some((a) => a.id === side && a.playable)) {
    const playable = sc.actors.filter((a) => a.playable).map((a) => a.id);
    io.stderr(`--side: "${side}" is not a playable side of ${sc.id} (playable: ${playable.join(', ')})\n`);
    return 2;
  }
  const chosen = parsePolicies(args.policy ?? [], sc);
  if (!chosen.ok) {
    io.stderr(`${chosen.message}\n${usage()}`);
    return 2;
  }
  const levels = Object.fromEntries(Object.entries(chosen.policies).filter(([, p]) => AI_LEVELS.includes(p))) as Record<string, AiLevel>;
  const start = createGame(sc, {
    seed,
    ...(turns !== undefined ? { turns } : {}),
    ...(args.preset !== undefined ? { preset: args.preset } : {}),
    ...(Object.keys(levels).length > 0 ? { levels } : {}),
  });
  const policy = runPolicy(chosen.policies);
  const { final, records } = playRecord(start, (s) => autoPlay(s, sc, policy));
  const policyOf = (actor: string): PolicyName => chosen.policies[actor] ?? 'baseline';
  const sideCard = side !== undefined ? final.over?.scores[side] : undefined;
  if (args.json) {
    const out = {
      scenario: sc.id,
      scenarioHash: loaded.hash,
      seed,
      turns: final.setup.turns,
      ...(side !== undefined ? { side } : {}),
      policies: Object.fromEntries(sc.actors.map((a) => [a.id, policyOf(a.id)])),
      perTurn: records.map((r: TurnRecord) => ({
        turn: r.turn,
        date: turnDate(sc, r.turn).label,
        actions: r.events.map((e) => describe(sc, e)).filter(Boolean),
        meters: r.national,
      })),
      end: final.over,
      ...(sideCard ? { sideWon: sideCard.won } : {}),
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${textOf(sc.title)} — seed ${seed}, ${final.setup.turns} turns (scenario hash ${loaded.hash})\n`);
  // The default run prints what it always printed; a chosen side or policy says so in one line.
  if (side !== undefined || Object.keys(chosen.policies).length > 0)
    io.stdout(`${side !== undefined ? `side ${side}; ` : ''}policies: ${sc.actors.map((a) => `${a.id}=${policyOf(a.id)}`).join(', ')}\n`);
  io.stdout(`start: ${meterLine(start, sc)}\n`);
  for (const r of records) {
    io.stdout(`\nturn ${r.turn} (${turnDate(sc, r.turn).label})\n`);
    for (const e of r.events) {
      const line = describe(sc, e);
      if (line) io.stdout(`  ${line}\n`);
    }
    io.stdout(`  = ${meterLine(r.state, sc)}\n`);
  }
  io.stdout(`\nend: ${final.over?.reason === 'collapse' ? 'collapse' : 'full length'}\n`);
  for (const card of Object.values(final.over?.scores ?? {})) {
    io.stdout(`  ${card.actor}: ${fmt(card.score)} / ${card.max} (wins at ${card.winAt}) ${card.won ? 'WON' : 'lost'}\n`);
  }
  if (side !== undefined && sideCard) io.stdout(`side ${side} (${policyOf(side)}): ${sideCard.won ? 'WON' : 'lost'}\n`);
  return 0;
}

runWhenMain(import.meta.url, simCli);
