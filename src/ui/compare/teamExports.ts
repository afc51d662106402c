import type { Words } from '../../present/words';
import type { TeamGame } from '../../state/compare';
import { handOverReplay, REPLAY_HANDOVER_KEY } from '../../state/replayHandOver';
import { downloadText } from '../download';
import { exportNames } from '../end/exports';
import type { TeamAction } from './teamActions';

// The export module (and the replay it runs) loads when a team's first download is asked for.
const exportsModule = () => import('../../state/exports');

type What = 'meters' | 'decisions' | 'game';

/** One export per team's game: the replay behind it runs once, whichever buttons are pressed. */
const built = new WeakMap<TeamGame, Awaited<ReturnType<typeof exportOf>>>();

async function exportOf(team: TeamGame) {
  const mod = await exportsModule();
  return { mod, x: mod.exportOfSave(team.loaded) };
}

async function download(team: TeamGame, w: Words, what: What): Promise<void> {
  let got = built.get(team);
  if (!got) {
    got = await exportOf(team);
    built.set(team, got);
  }
  const { mod, x } = got;
  // A file the page verified replays again; null would mean a broken sim, and then nothing is written.
  if (!x) return;
  const names = exportNames(w, team.loaded.entry.scenario);
  const name = mod.exportFileName(x, what);
  if (what === 'meters') downloadText(name, mod.CSV_BOM + mod.metersCsv(x, names), 'text/csv;charset=utf-8');
  else if (what === 'decisions') downloadText(name, mod.CSV_BOM + mod.decisionsCsv(x, names), 'text/csv;charset=utf-8');
  else downloadText(name, mod.gameJson(x, names), 'application/json');
}

/**
 * Opens the team's game in the game page, in a new tab, as a replay: the save goes by this tab's
 * sessionStorage, which a tab opened from script starts with a copy of; this tab's own copy is
 * removed at once, so the comparison page keeps nothing of it.
 */
function replay(team: TeamGame): void {
  if (!handOverReplay(JSON.stringify(team.loaded.save), team.file)) return;
  window.open('index.html', '_blank');
  try {
    sessionStorage.removeItem(REPLAY_HANDOVER_KEY);
  } catch {
    // Storage that could be written a moment ago and not cleared now leaves a hand-over the next game page of this tab would open; nothing else.
  }
}

/** The comparison page's buttons for each team: its three debrief files, and its replay. */
export const teamExports: TeamAction[] = [
  { id: 'meters', label: 'compare.action.meters', run: (t, w) => download(t, w, 'meters') },
  { id: 'decisions', label: 'compare.action.decisions', run: (t, w) => download(t, w, 'decisions') },
  { id: 'game', label: 'compare.action.game', run: (t, w) => download(t, w, 'game') },
  { id: 'replay', label: 'compare.action.replay', run: (t) => replay(t) },
];
