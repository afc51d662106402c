import type { Area } from '../area';
import type { counters as en } from '../en/counters';

/**
 * Lo que dice la simulación sobre una contraoferta (claves `Said` de src/sim/negotiation/counterLine.ts
 * y assess.ts): la línea que dice qué cambia una contraoferta y por qué, y por qué un actor acepta
 * cláusulas que le dan lo mismo que su propia última oferta. `{value:1}`: un decimal.
 */
export const counters: Area<typeof en> = {
  'counters.line': '{actor} hace una contraoferta: {changes}, porque la oferta le valía {value:1} y necesita {need:1}.',
  'counters.lineRival':
    '{actor} hace una contraoferta: {changes}, porque la oferta le valía {value:1} y la oferta de {rival} le hace pedir {need:1}.',
  'counters.term': '{term}',
  'counters.termAt': '{term} ({amount})',
  'counters.adds': 'agrega {terms}',
  'counters.drops': 'quita {terms}',
  'counters.raises': 'sube {term} de {from} a {to}',
  'counters.lowers': 'baja {term} de {from} a {to}',
  'counters.join': '{a}, {b}',
  'counters.joinLast': '{a} y {b}',
  'counters.asGoodAsOwn':
    '{actor} acepta: esto le da al menos lo mismo que su propia última oferta (le vale {value:1}, frente a {own:1} de su propia oferta).',
  'counters.acceptsBelow': '{actor} acepta: el acuerdo le vale {value:1}, un poco menos de los {need:1} que pide, y lo toma.',
};
