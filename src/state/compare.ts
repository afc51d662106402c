import { type DealState, type GameState, type Said, type Scenario, type ScoreCard, said, scoreAll } from '../sim';
import type { ScenarioEntry } from './gameChoice';
import { type LoadedSave, loadSaveText, MAX_SAVE_BYTES, type SaveError, type SaveFile } from './saveFile';
import { scenarioIdOf } from './saveScenario';

/**
 * The teacher's comparison of the teams' games, as data: which files verified (each replayed
 * exactly as an import is) and which were refused and why, the games grouped by scenario, where
 * their setups differ, the event choices that differ, and each game's deals and scores. Pure but
 * for `verifyTeamFiles`, which awaits the scenario loader it is given (the page's fetch, or a
 * test's); the page reads the files and words the results.
 */

/** A team's verified game: the file it came from, the name shown for it, and the replayed save. */
export type TeamGame = { file: string; team: string; loaded: LoadedSave };

/** A file that did not verify, with the reason as the save errors word it. */
export type RefusedFile = { file: string; reason: Said };

/** A file as the page read it: its name and text, or null when it was too large to read. */
export type TeamFile = { name: string; text: string | null };

/** Loads a scenario by id: its entry, the reason it could not be loaded, or null for an id the page does not know. */
export type EntryLoader = (id: string) => Promise<ScenarioEntry | Said | null>;

/** Why a save was refused, as the message the save panel shows for it. */
export function refusalOf(e: SaveError): Said {
  return said(`saves.error.${e.code}`, e.params);
}

/** The team a save names (helper-written setups may carry one), else the file's name without `.json`. */
export function teamNameOf(save: SaveFile, file: string): string {
  const named = (save as { team?: unknown }).team ?? (save.setup as { team?: unknown }).team;
  if (typeof named === 'string' && named.trim() !== '') return named.trim();
  return file.replace(/\.json$/i, '') || file;
}

/**
 * Verifies each file as an import does: too large, not JSON, not a save, an unknown or changed
 * scenario, a move refused or a hash that does not match are refused with their reason; the
 * others are kept, whatever the rest do. A scenario is loaded once however many files need it.
 */
export async function verifyTeamFiles(
  files: readonly TeamFile[],
  load: EntryLoader,
  /** Called after each file (how many are done); a page awaits a frame here, so it can show the count. */
  progress: (done: number) => void | Promise<void> = () => {},
): Promise<{ teams: TeamGame[]; refused: RefusedFile[] }> {
  const entries = new Map<string, Promise<ScenarioEntry | Said | null>>();
  const teams: TeamGame[] = [];
  const refused: RefusedFile[] = [];
  const verify = async (f: TeamFile): Promise<void> => {
    if (f.text === null || f.text.length > MAX_SAVE_BYTES) {
      refused.push({ file: f.name, reason: said('saves.error.tooLarge', { max: Math.round(MAX_SAVE_BYTES / 1_000_000) }) });
      return;
    }
    const id = scenarioIdOf(f.text);
    let got: ScenarioEntry | Said | null = null;
    if (id !== null) {
      if (!entries.has(id)) entries.set(id, load(id));
      got = (await entries.get(id)) ?? null;
    }
    if (got !== null && 'key' in got) {
      refused.push({ file: f.name, reason: got });
      return;
    }
    const r = loadSaveText(f.text, got ? [got] : []);
    if (r.ok) teams.push({ file: f.name, team: teamNameOf(r.save, f.name), loaded: r });
    else refused.push({ file: f.name, reason: refusalOf(r) });
  };
  for (const [i, f] of files.entries()) {
    await verify(f);
    await progress(i + 1);
  }
  return { teams, refused };
}

/**
 * Adds newly verified files to those already on the page: a file of the same name replaces the
 * earlier one (a team handing in again), in its place.
 */
export function mergeTeams<T extends { file: string }>(had: readonly T[], added: readonly T[]): T[] {
  const out = [...had];
  for (const t of added) {
    const i = out.findIndex((x) => x.file === t.file);
    if (i >= 0) out[i] = t;
    else out.push(t);
  }
  return out;
}

/** Column labels: the team's name, with the file name when two teams share a name. */
export function columnLabels(teams: readonly TeamGame[]): string[] {
  return teams.map((t) => (teams.filter((x) => x.team === t.team).length > 1 ? `${t.team} (${t.file})` : t.team));
}

/** The setup fields a comparison checks; values are ids (the page words them). */
export type SetupField = 'side' | 'preset' | 'seed' | 'mode' | 'aiLevel';

/** A setup field on which the teams of a group differ, with each team's value (in team order). */
export type SetupDifference = { field: SetupField; values: string[] };

/** The games of one scenario, compared together. */
export type CompareGroup = { entry: ScenarioEntry; teams: TeamGame[]; differences: SetupDifference[] };

function setupValue(t: TeamGame, field: SetupField): string {
  const c = t.loaded.choice;
  switch (field) {
    case 'side':
      return sidesOf(t).join('+');
    case 'preset':
      return c.preset ?? '';
    case 'seed':
      return String(c.seed);
    case 'mode':
      return c.mode ?? 'solo';
    case 'aiLevel':
      return c.aiLevel ?? 'normal';
  }
}

const FIELDS: readonly SetupField[] = ['side', 'preset', 'seed', 'mode', 'aiLevel'];

/** Where the teams' setups differ: side, length, seed, who plays, AI level. Empty when all played the same game. */
export function setupDifferences(teams: readonly TeamGame[]): SetupDifference[] {
  return FIELDS.map((field) => ({ field, values: teams.map((t) => setupValue(t, field)) })).filter((d) => new Set(d.values).size > 1);
}

/** The teams grouped by scenario (in the order the scenarios first appear): only games of one scenario are compared. */
export function groupByScenario(teams: readonly TeamGame[]): CompareGroup[] {
  const groups: { entry: ScenarioEntry; teams: TeamGame[] }[] = [];
  for (const t of teams) {
    const g = groups.find((x) => x.entry.id === t.loaded.entry.id && x.entry.hash === t.loaded.entry.hash);
    if (g) g.teams.push(t);
    else groups.push({ entry: t.loaded.entry, teams: [t] });
  }
  return groups.map((g) => ({ ...g, differences: setupDifferences(g.teams) }));
}

/** The sides a team played: the people's sides of its game (two in hot-seat), or the side it watched from. */
export function sidesOf(t: TeamGame): string[] {
  const { game, choice } = t.loaded;
  const human = Object.keys(game.setup.controllers).filter((a) => game.setup.controllers[a] === 'human');
  return human.length === 0
    ? [choice.side]
    : human.includes(choice.side)
      ? [choice.side, ...human.filter((a) => a !== choice.side)]
      : human;
}

/** Each side's score card: the final one of a finished game, else where it stands now. */
export function scoresOf(game: GameState, sc: Scenario): Record<string, ScoreCard> {
  return game.over?.scores ?? scoreAll(game, sc);
}

/** One answer to an event: the option chosen and the scenario turn it was chosen on. */
export type Answer = { option: string; turn: number };

/**
 * An event an actor answered, across the teams: the `occurrence`-th time that actor answered
 * that event in each game (an event can come back), and each team's answer, or null where it
 * did not come up.
 */
export type ChoiceRow = { event: string; actor: string; occurrence: number; answers: (Answer | null)[] };

/**
 * The event choices of the teams' games, lined up by event, actor and occurrence: `divergent`
 * where at least two teams chose differently, `same` where every team that met the event (two
 * or more) chose alike. Rows follow the scenario turn they first came up on.
 */
export function eventChoices(games: readonly GameState[]): { divergent: ChoiceRow[]; same: ChoiceRow[] } {
  const rows = new Map<string, ChoiceRow & { first: number }>();
  games.forEach((g, team) => {
    const seen = new Map<string, number>();
    for (const d of g.decisions) {
      if (d.kind !== 'chooseOption' || d.detail === undefined) continue;
      const base = `${d.actor}\u0000${d.id}`;
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      const key = `${base}\u0000${occurrence}`;
      let row = rows.get(key);
      if (!row) {
        row = { event: d.id, actor: d.actor, occurrence, answers: games.map(() => null), first: d.turn };
        rows.set(key, row);
      }
      row.answers[team] = { option: d.detail, turn: d.turn };
      row.first = Math.min(row.first, d.turn);
    }
  });
  const ordered = [...rows.values()].sort((a, b) => a.first - b.first || (a.event < b.event ? -1 : a.event > b.event ? 1 : 0));
  const strip = ({ first: _first, ...row }: ChoiceRow & { first: number }): ChoiceRow => row;
  const options = (r: ChoiceRow): Set<string> => new Set(r.answers.flatMap((a) => (a ? [a.option] : [])));
  const met = (r: ChoiceRow): number => r.answers.filter((a) => a !== null).length;
  return {
    divergent: ordered.filter((r) => options(r).size > 1).map(strip),
    same: ordered.filter((r) => options(r).size === 1 && met(r) > 1).map(strip),
  };
}

/**
 * A game's deals that were signed (whatever became of them after) and those refused, each in
 * turn order; with `party`, only the deals that actor proposed or was offered.
 */
export function dealsOf(game: GameState, party?: string): { signed: DealState[]; refused: DealState[] } {
  const byTurn = (a: DealState, b: DealState): number => (a.signedTurn ?? a.proposedTurn) - (b.signedTurn ?? b.proposedTurn) || a.id - b.id;
  const deals = party === undefined ? game.deals : game.deals.filter((d) => d.from === party || d.to === party);
  return {
    signed: deals.filter((d) => d.signedTurn !== undefined).sort(byTurn),
    refused: deals.filter((d) => d.status === 'rejected').sort(byTurn),
  };
}

/** One meter's path in each team's game: the value at each scenario turn the game's history holds. */
export type MeterPath = { turn: number; value: number }[];

/** A meter's national value over each game, by scenario turn (games of different lengths or start turns line up). */
export function meterPaths(games: readonly GameState[], meter: string): MeterPath[] {
  return games.map((g) => g.history.map((h) => ({ turn: h.turn, value: h.national[meter] ?? 0 })));
}
