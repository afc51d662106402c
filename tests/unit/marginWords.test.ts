import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/catalogue';
import { englishWords, words } from '../../src/present/words';
import { tinyScenario } from './helpers';

/** The debrief's margin ("missed the bar by 1 point") agrees in number with its gap, in each language's plural rule. */
describe('the end margin counts its points', () => {
  const sc = tinyScenario({});
  it('one point is singular, others plural, in English and in Spanish', async () => {
    await loadLanguage('es');
    const en = englishWords(sc);
    const es = words('es', sc);
    expect(en.t('endMargin.missed', { gap: 1, winAt: 68.7 })).toBe('Missed the bar of 68.7 by 1 point.');
    expect(en.t('endMargin.missed', { gap: 1.5, winAt: 68.7 })).toBe('Missed the bar of 68.7 by 1.5 points.');
    expect(es.t('endMargin.missed', { gap: 1, winAt: 68.7 })).toBe('Quedó a 1 punto de la meta de 68,7.');
    expect(es.t('endMargin.missed', { gap: 37.1, winAt: 80.1 })).toBe('Quedó a 37,1 puntos de la meta de 80,1.');
    expect(es.t('endMargin.beat', { gap: 1, winAt: 60 })).toBe('Ganó por 1 punto sobre la meta de 60.');
  });
});
