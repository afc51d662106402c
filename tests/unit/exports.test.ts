import { describe, expect, it } from 'vitest';
import { type Action, baselineMove, createGame, isDepartmentMeter, loadScenario, meterIds, step } from '../../src/headless';
import { createGameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import {
  CSV_BOM,
  csvCell,
  csvNumber,
  DECISIONS_COLUMNS,
  decisionsCsv,
  exportFileName,
  exportOfGame,
  exportOfSave,
  GAME_EXPORT_FORMAT,
  gameJson,
  METERS_COLUMNS,
  meterSlots,
  metersCsv,
  toCsv,
} from '../../src/state/exports';
import { loadSaveText, saveGame } from '../../src/state/saveFile';
import { play, tinyScenario } from './helpers';

/** The debrief exports (src/state/exports): the CSV writer, and meters, decisions and JSON checked against the game's own history and log. */

/** A strict RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`a bare line break at ${i}`);
    else cell += c;
    i++;
  }
  if (quoted || cell !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

/** Rows as objects by the header's names. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => {
    expect(r.length).toBe(header!.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i] as string]));
  });
}

describe('the CSV writer', () => {
  it('quotes commas, quotes, CR and LF, doubling quotes inside', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell('')).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('guards text a spreadsheet would run as a formula, and never a number', () => {
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '=HYPERLINK("http://x","y")'])
      expect(csvCell(f).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("a","b")')).toBe('"\'=HYPERLINK(""a"",""b"")"');
    expect(csvCell('=a,b')).toBe('"\'=a,b"');
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it("writes numbers with '.' decimals, no exponent, at most 6 decimals", () => {
    expect(csvNumber(1234.5)).toBe('1234.5');
    expect(csvNumber(-0)).toBe('0');
    expect(csvNumber(1e-7)).toBe('0');
    expect(csvNumber(0.0000015)).toBe('0.000002');
    expect(csvNumber(1e21)).toBe('1000000000000000000000');
    expect(csvNumber(2 / 3)).toBe('0.666667');
    expect(csvNumber(Number.NaN)).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('reads back exactly: CRLF after every record, the same fields in the same places', () => {
    const rows = [
      ['a,b', 'say "hi"', 'x\r\ny', 3.25],
      ['', null, '=cmd', -2],
    ];
    const text = toCsv(['one', 'two', 'three', 'four'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.startsWith(CSV_BOM)).toBe(false);
    expect(parseCsv(text)).toEqual([
      ['one', 'two', 'three', 'four'],
      ['a,b', 'say "hi"', 'x\r\ny', '3.25'],
      ['', '', "'=cmd", '-2'],
    ]);
  });
});

const loaded = loadScenario('dev-sandbox');
const entry: ScenarioEntry = { id: loaded.scenario.id, hash: loaded.hash, scenario: loaded.scenario };
const side = entry.scenario.actors.find((a) => a.playable)!.id;

/** A whole game played to its end by a human who plays the baseline policy. */
async function finishedGame(seed = 5) {
  const store = createGameStore([entry]);
  expect(await store.getState().startGame({ scenarioId: entry.id, side, seed })).toBe(true);
  for (let guard = 0; !store.getState().game!.over && guard < 2000; guard++) {
    const s = store.getState().game!;
    const a = baselineMove(s, entry.scenario, side) ?? { type: 'endPhase' as const, actor: side };
    if (!(await store.getState().dispatch(a)).ok) await store.getState().dispatch({ type: 'endPhase', actor: side });
  }
  const { choice, game, log } = store.getState();
  expect(game!.over).toBeDefined();
  return { choice: choice!, game: game!, log };
}

describe('meters.csv, decisions.csv and the JSON of a whole game', async () => {
  const { choice, game, log } = await finishedGame();
  const x = exportOfGame(entry, choice, game, log)!;

  it('meters.csv: one row per turn (the start included) per meter, each the value in the history and its change', () => {
    const rows = records(metersCsv(x));
    const slots = meterSlots(entry.scenario);
    const powers = entry.scenario.actors.filter((a) => a.kind === 'power').length;
    expect(slots.length).toBe(meterIds(entry.scenario).length + entry.scenario.departments.length * (1 + powers));
    expect(game.history.length).toBe(game.setup.turns + 1);
    expect(rows.length).toBe(game.history.length * slots.length);
    expect(Object.keys(rows[0]!)).toEqual([...METERS_COLUMNS]);
    rows.forEach((r, i) => {
      const snap = game.history[Math.floor(i / slots.length)]!;
      const slot = slots[i % slots.length]!;
      expect(r.turn).toBe(String(Math.floor(i / slots.length)));
      expect(r.scenario_turn).toBe(String(snap.turn));
      expect(r.meter).toBe(slot.meter);
      expect(r.department).toBe(slot.department ?? '');
      const value =
        slot.department === undefined
          ? snap.national[slot.meter]!
          : slot.meter === 'stability'
            ? snap.departments[slot.department]!.stability
            : snap.departments[slot.department]!.influence[slot.meter.slice('influence.'.length)]!;
      expect(Number(r.value)).toBeCloseTo(value, 6);
      if (i < slots.length) expect(r.change).toBe('');
      else expect(Number(r.change)).toBeCloseTo(value - Number(rows[i - slots.length]!.value), 5);
      expect(r.scenario).toBe('dev-sandbox');
      expect(r.seed).toBe('5');
      expect(r.actor).toBe(slot.meter.startsWith('influence.') ? slot.meter.slice('influence.'.length) : '');
    });
    expect(rows.find((r) => r.meter === 'gdp')!.date).toBe('2026 Q1');
  });

  it('decisions.csv: one row per move of the log, in order, of the kind the move was', () => {
    const rows = records(decisionsCsv(x));
    expect(rows.length).toBe(log.length);
    expect(Object.keys(rows[0]!)).toEqual([...DECISIONS_COLUMNS, ...meterIds(entry.scenario).map((m) => `change.${m}`)]);
    const kind: Record<Action['type'], string[]> = {
      takeAction: ['action'],
      proposeDeal: ['dealProposed'],
      counterDeal: ['dealCountered'],
      respondDeal: ['dealSigned', 'dealRefused'],
      withdrawDeal: ['dealWithdrawn'],
      breakDeal: ['dealBroken'],
      chooseOption: ['eventChoice'],
      endPhase: ['endTurn'],
      fireEvent: ['eventFired'],
      endGame: ['gameEnded'],
    };
    rows.forEach((r, i) => {
      const a = log[i]!;
      expect(r.n).toBe(String(i + 1));
      expect(r.actor).toBe('actor' in a ? a.actor : '');
      expect(kind[a.type]).toContain(r.kind);
      if (a.type === 'takeAction') {
        const def = entry.scenario.actions.find((d) => d.id === a.action)!;
        expect(r.id).toBe(a.action);
        expect(r.target).toBe(a.target ?? '');
        expect(Number(r.money)).toBe(def.cost.money ?? 0);
        expect(Number(r.capital)).toBe(def.cost.capital ?? 0);
      }
      if (a.type === 'respondDeal') expect(r.kind).toBe(a.response === 'accept' ? 'dealSigned' : 'dealRefused');
    });
    // The game's own record of decisions (which leaves out ends of turn, counters and withdrawals) is a subset, in order.
    const recorded = game.decisions.map((d) => `${d.turn}|${d.actor}`);
    const ours = rows.filter((r) =>
      ['action', 'dealProposed', 'dealSigned', 'dealRefused', 'dealBroken', 'eventChoice', 'dealCountered'].includes(r.kind ?? ''),
    );
    expect(ours.map((r) => `${r.scenario_turn}|${r.actor}`)).toEqual(recorded);
    expect(rows.filter((r) => r.kind === 'action').length).toBeGreaterThan(0);
  });

  it("decisions.csv: every meter change the ledger lays to a move is in that move's row, and nothing else", () => {
    const total = entry.scenario.departments.reduce((t, d) => t + (d.population ?? 1), 0);
    const share = new Map(entry.scenario.departments.map((d) => [d.id, (d.population ?? 1) / total]));
    const owned = new Map<string, number>();
    for (const e of game.ledger) {
      if (e.cause.actor === undefined || !['action', 'project', 'deal', 'event'].includes(e.cause.kind)) continue;
      const d = e.department !== undefined && isDepartmentMeter(e.meter) ? e.delta * share.get(e.department)! : e.delta;
      owned.set(e.meter, (owned.get(e.meter) ?? 0) + d);
    }
    const rows = records(decisionsCsv(x));
    for (const m of meterIds(entry.scenario)) {
      const sum = rows.reduce((t, r) => t + Number(r[`change.${m}`]), 0);
      expect(sum).toBeCloseTo(owned.get(m) ?? 0, 3);
    }
    for (const r of rows.filter((r) => r.kind === 'endTurn' || r.kind === 'dealProposed'))
      for (const m of meterIds(entry.scenario)) expect(r[`change.${m}`]).toBe('0');
  });

  it('the JSON: its format, the setup, every turn, every move, the scores, and the log that rebuilds it', () => {
    const j = JSON.parse(gameJson(x));
    expect(j.format).toBe(GAME_EXPORT_FORMAT);
    expect(j.version).toBe(1);
    expect(j.scenario).toEqual({ id: entry.id, hash: entry.hash });
    expect(j.setup).toMatchObject({ scenarioId: entry.id, side, seed: 5 });
    expect(j.turns.length).toBe(game.history.length);
    expect(j.turns.at(-1).national).toEqual(game.history.at(-1)!.national);
    expect(j.decisions.length).toBe(log.length);
    expect(j.log).toEqual(log);
    expect(j.scores).toEqual(game.over!.scores);
    expect(j.objectives.map((o: { actor: string }) => o.actor).sort()).toEqual(Object.keys(game.over!.scores).sort());
    expect(j.deals.length).toBe(game.deals.length);
    expect(j.over).toEqual({ reason: game.over!.reason });
    expect(j.length).toEqual({ turns: game.setup.turns, firstTurn: 1, lastTurn: game.setup.turns });
    expect(j.meters.find((m: { id: string }) => m.id === 'stability')).toEqual({ id: 'stability', name: 'stability', scope: 'department' });
  });

  it('a verified save exports the same files, with the team it names in the setup and the file names', () => {
    const save = saveGame(entry, choice, game, log, '2026-12-01T21:00:00.000Z')!;
    const fromSave = loadSaveText(JSON.stringify(save), [entry]);
    if (!fromSave.ok) throw new Error(fromSave.code);
    const y = exportOfSave(fromSave)!;
    expect(metersCsv(y)).toBe(metersCsv(x));
    expect(decisionsCsv(y)).toBe(decisionsCsv(x));
    expect(exportFileName(x, 'meters')).toBe('altiplano-dev-sandbox-seed5-meters.csv');
    const teamed = exportOfGame(entry, { ...choice, team: 'Équipe "Rojo", 3=B' } as typeof choice, game, log)!;
    expect(exportFileName(teamed, 'decisions')).toBe('altiplano-dev-sandbox-équipe-rojo-3-b-seed5-decisions.csv');
    expect(exportFileName(teamed, 'game')).toBe('altiplano-dev-sandbox-équipe-rojo-3-b-seed5-game.json');
    const teamRows = records(metersCsv(teamed));
    expect(teamRows[0]!.team).toBe('Équipe "Rojo", 3=B');
    expect(metersCsv(teamed).split('\r\n')[1]).toContain('"Équipe ""Rojo"", 3=B"');
  });

  it("a team's name that reads as a formula is written as text", () => {
    const x = exportOfGame(entry, { ...choice, team: '=HYPERLINK("http://x")' } as typeof choice, game, log)!;
    const line = metersCsv(x).split('\r\n')[1]!;
    expect(line).toContain(',"\'=HYPERLINK(""http://x"")",');
    expect(records(decisionsCsv(x))[0]!.team).toBe('\'=HYPERLINK("http://x")');
  });

  it('a log that does not rebuild the game exports nothing', () => {
    expect(exportOfGame(entry, choice, game, log.slice(0, -1))).toBeNull();
    expect(exportOfGame(entry, { ...choice, seed: 6 }, game, log)).toBeNull();
  });
});

describe('what a move caused, on a tiny scenario', () => {
  it("an action's own change, cost and target; a later project's yield goes to the action that started it", () => {
    const sc = tinyScenario();
    const tiny: ScenarioEntry = { id: 'tiny', hash: 'h', scenario: sc };
    const controllers = { p: 'human', h: 'ai', o: 'ai' } as const;
    let s = createGame(sc, { seed: 1, controllers });
    const log: Action[] = [
      { type: 'takeAction', actor: 'p', action: 'visit' },
      ...sc.turnOrder.map((a) => ({ type: 'endPhase' as const, actor: a })),
    ];
    for (const a of log) {
      const r = step(s, sc, a);
      if (!r.ok) throw new Error(r.reason.key);
      s = r.state;
    }
    const x = exportOfGame(tiny, { scenarioId: 'tiny', side: 'p', seed: 1 }, s, log)!;
    expect(x).not.toBeNull();
    const rows = records(decisionsCsv(x));
    expect(rows.map((r) => r.kind)).toEqual(['action', 'endTurn', 'endTurn', 'endTurn']);
    expect(rows[0]).toMatchObject({
      id: 'visit',
      name: 'Visit',
      money: '10',
      capital: '1',
      'change.x': '2',
      date: '2030 Q1',
      actor_name: 'Power',
    });
  });

  it('a project yields later to the action that started it; each lasting effect goes to the taking it came from (takings that do not overlap)', () => {
    const sc = tinyScenario();
    const tiny: ScenarioEntry = { id: 'tiny', hash: 'h', scenario: sc };
    const controllers = { p: 'human', h: 'human', o: 'ai' } as const;
    const start = createGame(sc, { seed: 1, controllers });
    // Each turn's moves, then every side ends its part of the turn: the log is what was played.
    const turns: Action[][] = [
      [
        { type: 'takeAction', actor: 'p', action: 'build', target: 's1' },
        { type: 'endPhase', actor: 'p' },
        { type: 'takeAction', actor: 'h', action: 'campaign' },
      ],
      [],
      [
        { type: 'endPhase', actor: 'p' },
        { type: 'takeAction', actor: 'h', action: 'campaign' },
      ],
      [],
    ];
    let s = start;
    const log: Action[] = [];
    for (const moves of turns) {
      s = play(s, sc, ...moves);
      log.push(...moves);
      const before = s.decisions.length;
      const turn = s.turn;
      while (!s.over && s.turn === turn) {
        const actor = sc.turnOrder[s.phase]!;
        s = play(s, sc, { type: 'endPhase', actor });
        log.push({ type: 'endPhase', actor });
      }
      expect(s.decisions.length).toBe(before);
    }
    expect(s.over).toBeDefined();
    const x = exportOfGame(tiny, { scenarioId: 'tiny', side: 'p', seed: 1, mode: 'hotseat' }, s, log)!;
    expect(x).not.toBeNull();
    const rows = records(decisionsCsv(x)).filter((r) => r.kind === 'action');
    // Built at s1 (department B, a quarter of the people): +4 influence there is +1 nationally; the
    // project completes after two turns (x +1), then adds 1 stability in B at the end of turns 3 and 4.
    expect(rows[0]).toMatchObject({
      id: 'build',
      target: 's1',
      target_name: 'Site 1',
      money: '60',
      'change.influence.p': '1',
      'change.x': '1',
      'change.stability': '0.5',
    });
    // Each campaign lowers x by 1 at the end of its turn and the next: two each, none spilling into the other.
    expect(rows.slice(1).map((r) => [r.scenario_turn, r.id, r['change.x']])).toEqual([
      ['1', 'campaign', '-2'],
      ['3', 'campaign', '-2'],
    ]);
  });
});
