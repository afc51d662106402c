import type { Area } from '../area';
import type { reasons as en } from '../en/reasons';

/**
 * Lo que dice la simulación sobre un acuerdo (claves `Said` de src/sim/negotiation y src/sim/policy):
 * por qué un actor acepta, rechaza o hace una contraoferta, y por qué no existe ninguna contraoferta.
 * `{value:1}`: un decimal.
 */
export const reasons: Area<typeof en> = {
  'reason.accepts': '{actor} acepta: el acuerdo le vale {value:1} y necesita {need:1}.',
  'reason.refuses': '{actor} rechaza: el acuerdo le vale {value:1} y necesita {need:1}.',
  'reason.unstable': '{actor} está inestable y necesita un acuerdo: pide un poco menos.',
  'reason.rivalOffer': 'La oferta de {rival} le vale {value:1} a {actor}: esta tiene que superarla.',
  'reason.termCosts': '{term} le cuesta {cost:1} a {actor}.',
  'reason.termAtCosts': '{term} con {amount} le cuesta {cost:1} a {actor}.',
  'reason.lowTrust': 'La confianza de {actor} en {other} es baja ({trust:0}): sus promesas cuentan menos.',
  'reason.brokePromise':
    '{other} rompió su promesa sobre {term:lower} en el turno {turn}; {actor} todavía no volverá a contar con esa promesa.',
  'reason.trustGate': '{actor} todavía no confía lo suficiente en {other} para {term:lower} (confianza {trust:0}, necesita {needs}).',
  'reason.proposesChanges': 'En cambio, propone modificaciones.',
  'reason.acceptsForGoals':
    '{actor} acepta: en lo comercial, el acuerdo le vale {value:1}, menos de los {need:1} que pide, pero hace avanzar sus propios objetivos (unos {gain:1} puntos).',
  'reason.nothingToAdd': '{actor} no ve nada que pudieras agregar para que esto le convenga.',
};
