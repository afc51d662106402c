import { parseArgs } from 'node:util';
import { autoPlay, createGame, type GameEvent, type GameState, readMeter, type Scenario, textOf, turnDate } from '../headless';
import { influenceId, playRecord, type TurnRecord } from '../sim';
import { type CliIo, loadOrSay, runWhenMain } from './cliIo';

/**
 * `npm run sim -- --scenario ID|FILE --seed N [--turns N] [--json]`: plays a whole
 * game headless, every actor on the baseline policy, and prints each turn's actions
 * and main meters, then the scores. Same arguments, same output, byte for byte.
 */

function usage(): string {
  return 'usage: npm run sim -- --scenario ID|FILE --seed N [--turns N] [--preset ID] [--json]\n';
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

type SimArgs = { scenario?: string; seed?: string; turns?: string; preset?: string; json?: boolean; help?: boolean };

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
  const start = createGame(sc, {
    seed,
    ...(turns !== undefined ? { turns } : {}),
    ...(args.preset !== undefined ? { preset: args.preset } : {}),
  });
  const { final, records } = playRecord(start, (s) => autoPlay(s, sc));
  if (args.json) {
    const out = {
      scenario: sc.id,
      scenarioHash: loaded.hash,
      seed,
      turns: final.setup.turns,
      perTurn: records.map((r: TurnRecord) => ({
        turn: r.turn,
        date: turnDate(sc, r.turn).label,
        actions: r.events.map((e) => describe(sc, e)).filter(Boolean),
        meters: r.national,
      })),
      end: final.over,
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${textOf(sc.title)} — seed ${seed}, ${final.setup.turns} turns (scenario hash ${loaded.hash})\n`);
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
  return 0;
}

runWhenMain(import.meta.url, simCli);
