import type { StoreApi } from 'zustand/vanilla';
import { hashValue, said } from '../../sim';
import type { GameChoice, PlayMode } from '../gameChoice';
import type { GameStore } from '../gameStore';
import type { WorkStore } from './works';

/** What the workshop (or the start screen's "Your scenarios") asks the game page to play. */
export type PlayTest = { work: string; side?: string; turns?: number; mode?: PlayMode; seed?: number };

const MODES: readonly PlayMode[] = ['solo', 'hotseat', 'watch'];

/**
 * The game page's address for a play-test, in the fragment (`index.html#workshop=ID&side=…&turns=…&mode=…&seed=…`):
 * the query is the class setup link's (src/state/setupLink.ts), which refuses parameters it does not know.
 */
export function playTestQuery(p: PlayTest): string {
  const q = new URLSearchParams({ workshop: p.work });
  if (p.side) q.set('side', p.side);
  if (p.turns !== undefined) q.set('turns', String(p.turns));
  if (p.mode) q.set('mode', p.mode);
  if (p.seed !== undefined) q.set('seed', String(p.seed));
  return `#${q.toString()}`;
}

/** Reads a play-test request from the page's fragment (`#workshop=…`); null when there is none. Bad values are left out, not trusted. */
export function readPlayTest(hash: string): PlayTest | null {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const work = q.get('workshop');
  if (!work || !/^[A-Za-z0-9_-]{1,64}$/.test(work)) return null;
  const whole = (k: string, max: number): number | undefined => {
    const v = q.get(k);
    return v !== null && /^\d{1,9}$/.test(v) && Number(v) <= max ? Number(v) : undefined;
  };
  const side = q.get('side') ?? undefined;
  const mode = MODES.find((m) => m === q.get('mode'));
  const turns = whole('turns', 1000);
  const seed = whole('seed', 999_999_999);
  return {
    work,
    ...(side && /^[A-Za-z0-9_.-]{1,64}$/.test(side) ? { side } : {}),
    ...(turns !== undefined && turns > 0 ? { turns } : {}),
    ...(mode ? { mode } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}

/** The id a work's scenario is offered under on the game page (kept apart from the shipped scenarios' ids). */
export const workScenarioId = (work: string): string => `workshop-${work}`;

/**
 * Starts the game a play-test asks for, on the scenario the work last validated to (checked
 * against its hash: a work changed behind the workshop's back is refused). Never throws: what
 * cannot be played leaves the start screen with a notice saying why. True when the game started.
 */
export async function startPlayTest(store: StoreApi<GameStore>, works: WorkStore, p: PlayTest): Promise<boolean> {
  const warn = (key: string, params: Record<string, string> = {}): false => {
    store.getState().setUi({ notice: { said: said(key, params), level: 'warning' } });
    return false;
  };
  let work: Awaited<ReturnType<WorkStore['get']>>;
  try {
    work = await works.get(p.work);
  } catch {
    return warn('workshop.play.unreadable');
  }
  if (!work) return warn('workshop.play.missing');
  const valid = work.valid;
  if (!valid) return warn('workshop.play.invalid', { name: work.name });
  if (hashValue(valid.scenario) !== valid.hash) return warn('workshop.play.corrupt', { name: work.name });
  const sc = valid.scenario;
  const id = workScenarioId(work.id);
  store.getState().addScenario({ id, hash: valid.hash, scenario: sc });
  const playable = sc.actors.filter((a) => a.playable).map((a) => a.id);
  const first = sc.turnOrder.find((a) => playable.includes(a)) ?? playable[0] ?? '';
  const side = p.side && playable.includes(p.side) ? p.side : first;
  const choice: GameChoice = {
    scenarioId: id,
    side: p.mode === 'hotseat' ? first : side,
    seed: p.seed ?? 1,
    ...(p.turns !== undefined && p.turns < sc.turns ? { turns: p.turns } : {}),
    ...(p.mode && p.mode !== 'solo' ? { mode: p.mode } : {}),
  };
  return store.getState().startGame(choice);
}
