/**
 * Golden games: a change that silently alters how a game plays fails here.
 *
 * For each scenario, tests/golden/<id>.json holds whole AI-against-AI games (seed 1, every actor
 * on the normal AI, the scenario's full length and each shorter preset's): the action log, the
 * state hash at the end of every turn, the final hash and the scores. Each game is checked twice:
 *   (a) replaying the recorded log with `step` gives the recorded turn hashes, final hash and scores;
 *   (b) playing afresh from the seed with the AI (the setup's levels, as the store does) gives
 *       exactly the recorded log.
 * (a) failing alone means the rules or the state changed under the same moves; (b) means the AI
 * now plays differently. When the change is meant (a rule, the AI, a scenario, the state's
 * shape, the wording stored in actions), record again and commit the files, saying why:
 *
 *     npm run golden:record               # every scenario
 *     npm run golden:record -- arce-era   # one
 *
 * The recorder (src/cli/recordGolden.ts) prints, for each game, whether and from which action it changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstDifferentAction,
  firstDifferentTurn,
  GOLDEN_DIR,
  type GoldenFile,
  goldenGameSpecs,
  goldenStart,
  playGolden,
  replayLog,
  turnOfAction,
} from '../../src/cli/golden';
import { loadScenario } from '../../src/headless';
import { canonicalJson, hashValue } from '../../src/sim';
import { scenarioFiles } from './helpers';

const RERECORD =
  'If this change is meant to alter play (or the state, or what actions carry), record the golden games again with ' +
  '`npm run golden:record` and commit tests/golden/*.json, saying why (see the comment at the top of tests/unit/golden.test.ts).';

/** An action of a log as JSON, or the log's end. */
const show = (a: unknown): string => (a === undefined ? 'the end of the log' : canonicalJson(a));

const ids = scenarioFiles().map((f) => basename(f, '.yaml'));

describe.each(ids)('golden games of %s', (id) => {
  const loaded = loadScenario(id);
  const sc = loaded.scenario;
  const file = join(GOLDEN_DIR, `${sc.id}.json`);
  const golden = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as GoldenFile) : null;
  const where = (name: string) =>
    `${id} (${name}): ${golden?.scenarioHash === loaded.hash ? '' : 'the scenario file changed since the recording; '}`;

  it('are recorded, one per length', () => {
    if (!golden) expect.fail(`${file} is missing. ${RERECORD}`);
    expect(golden.scenario).toBe(sc.id);
    expect(golden.games.map((g) => [g.name, g.turns])).toEqual(goldenGameSpecs(sc).map((g) => [g.name, g.turns]));
  });

  for (const spec of goldenGameSpecs(sc)) {
    const game = golden?.games.find((g) => g.name === spec.name);

    it(`${spec.name} (${spec.turns} turns): replaying the recorded log gives the recorded hashes and scores`, () => {
      if (!game) expect.fail(`${file} has no game "${spec.name}". ${RERECORD}`);
      const start = goldenStart(sc, game.turns, game.name);
      if (hashValue(start) !== game.startHash) {
        expect.fail(`${where(spec.name)}the first state differs from the recording (createGame changed). ${RERECORD}`);
      }
      const r = replayLog(sc, start, game.actions);
      if (r.refused) {
        const { index, turn, reason } = r.refused;
        expect.fail(
          `${where(spec.name)}recorded action #${index} (turn ${turn}) is now refused (${reason}): ${show(game.actions[index])}. ${RERECORD}`,
        );
      }
      const turn = firstDifferentTurn(game.turnHashes, r.turnHashes);
      if (turn) {
        expect.fail(
          `${where(spec.name)}the same moves now give another game from turn ${turn.turn} (first diverging turn): ` +
            `recorded ${canonicalJson(turn.want)}, now ${canonicalJson(turn.got)}. ${RERECORD}`,
        );
      }
      if (r.finalHash !== game.finalHash) expect.fail(`${where(spec.name)}the final state hash differs. ${RERECORD}`);
      expect(r.end, `${where(spec.name)}the end and scores differ. ${RERECORD}`).toEqual(game.end);
      expect(game.end?.reason).toBeDefined();
    });

    it(`${spec.name} (${spec.turns} turns): the AI plays afresh exactly the recorded log`, () => {
      if (!game) expect.fail(`${file} has no game "${spec.name}". ${RERECORD}`);
      const fresh = playGolden(sc, spec.name, spec.turns);
      const i = firstDifferentAction(game.actions, fresh.actions);
      if (i >= 0) {
        expect.fail(
          `${where(spec.name)}the AI plays differently from action #${i} (turn ${turnOfAction(game.turnHashes, i)}): ` +
            `recorded ${show(game.actions[i])}, now ${show(fresh.actions[i])} ` +
            `(${game.actions.length} actions recorded, ${fresh.actions.length} now)` +
            `${firstDifferentAction(game.actions, fresh.actions, true) < 0 ? '; the moves are the same, only the reasons the AI gives differ' : ''}. ${RERECORD}`,
        );
      }
      const turn = firstDifferentTurn(game.turnHashes, fresh.turnHashes);
      if (turn)
        expect.fail(`${where(spec.name)}the same moves give another state from turn ${turn.turn} (first diverging turn). ${RERECORD}`);
      if (fresh.finalHash !== game.finalHash) expect.fail(`${where(spec.name)}the same moves end in another state. ${RERECORD}`);
      expect(fresh.end, `${where(spec.name)}the end and scores differ. ${RERECORD}`).toEqual(game.end);
    });
  }
});
