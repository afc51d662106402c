import { describe, expect, it } from 'vitest';
import { autoPlay, createGame, loadScenario, scenarioIds } from '../../src/headless';
import { englishWords } from '../../src/present/words';
import { causeAssumption, causeLabel } from '../../src/ui/causes';
import { newsLine, newsOf } from '../../src/ui/news';

describe('the news, the causes and the turn report say everything the sim said, in words', () => {
  for (const id of scenarioIds()) {
    it(`${id}: every news line and every cause of an AI-vs-AI game is worded in full`, () => {
      const { scenario: sc } = loadScenario(id);
      const levels = Object.fromEntries(sc.actors.map((a) => [a.id, 'normal' as const]));
      const r = autoPlay(createGame(sc, { seed: 7, levels, turns: 6 }), sc);
      const w = englishWords(sc);
      const news = newsOf(r.events, 1);
      expect(news.length).toBeGreaterThan(5);
      // Dated by the turn they happened in, in order.
      expect(news.map((n) => n.turn)).toEqual([...news.map((n) => n.turn)].sort((a, b) => a - b));
      expect(news.at(-1)?.kind).toBe('end');
      for (const n of news) {
        const line = newsLine(w, sc, n);
        // No placeholder left unfilled, no message key shown raw, no object shown as text.
        expect(line.text, n.event.type).not.toMatch(/[{}]|\b(reason|news|refusal)\.\w|\[object/);
        expect(line.text.length).toBeGreaterThan(3);
      }
      const rejected = news.find((n) => n.event.type === 'DealRejected' && n.event.reason?.length);
      if (rejected) expect(newsLine(w, sc, rejected).text).toMatch(/rejected the deal: .+/);
      for (const e of r.state.ledger) {
        expect(causeLabel(w, sc, e.cause), e.cause.id).not.toMatch(/[{}]|^$|\[object/);
        expect(w.text(causeAssumption(w, e.cause))).not.toMatch(/[{}]|\[object/);
      }
    });
  }
});
