import { balanceMarkdown, type Matchup, type MatchupResult } from './cli/balanceReport';
import { type AiLevel, autoPlay, createGame, type Scenario } from './sim';

/**
 * The workshop's balance worker (a Web Worker, off the page's thread): plays a small batch of
 * AI-against-AI games of the scenario it is sent, every actor at normal, reporting each game, then
 * the balance report the command line writes (src/cli/balanceReport.ts), as Markdown.
 */
export type ToBalance = { scenario: Scenario; games: number };
export type FromBalance = { done: number; total: number } | { report: string } | { error: string };

const post = (m: FromBalance): void => (self as unknown as { postMessage: (m: FromBalance) => void }).postMessage(m);

self.onmessage = (e: MessageEvent<ToBalance>) => {
  try {
    const { scenario: sc, games } = e.data;
    const levels = Object.fromEntries(sc.actors.map((a) => [a.id, 'normal'])) as Record<string, AiLevel>;
    const sides = sc.actors.filter((a) => a.playable).map((a) => a.id);
    const matchup: Matchup = { levels, label: sides.map((s) => `${s} normal`).join(' vs ') };
    const result: MatchupResult = { matchup, finals: [], msPerGame: [] };
    for (let seed = 1; seed <= games; seed++) {
      const t0 = performance.now();
      const s = autoPlay(createGame(sc, { seed, levels }), sc).state;
      result.finals.push({ ...s, ledger: [], history: s.history.slice(-1) });
      result.msPerGame.push(performance.now() - t0);
      post({ done: seed, total: games });
    }
    post({ report: balanceMarkdown(sc, [result], games) });
  } catch (err) {
    post({ error: err instanceof Error ? err.message : String(err) });
  }
};
