import type { Area } from '../area';
import type { engineDeals as en } from '../en/engineDeals';

/** Palabras para las duraciones que empiezan más tarde, las cláusulas que pueden no estar disponibles y los acuerdos que quedan sin efecto (issue 11). */
export const engineDeals: Area<typeof en> = {
  'reason.termUnavailable': '{term} no se puede acordar ahora: {text}',
  'reason.termUnavailableDefault': '{term} no se puede acordar ahora.',
  'reason.cannotSign': '{actor} no puede firmar este acuerdo tal como está.',
  'builder.unavailable': 'No disponible por ahora: {text}',
  'builder.unavailableDefault': 'No disponible por ahora.',
  'news.dealUnwound': 'El acuerdo #{deal} entre {from} y {to} queda sin efecto ({term}): {cause}',
  'dealsList.status.unwound': 'sin efecto: {cause}',
  'effect.unwind': 'Deja sin efecto cualquier acuerdo vigente que incluya {term}',
  'effect.unwindBetween': 'Deja sin efecto cualquier acuerdo vigente entre {a} y {b} que incluya {term}',
  'start.presetFrom': {
    count: 'turns',
    one: '{name} ({turns} turno a partir de {date})',
    other: '{name} ({turns} turnos a partir de {date})',
  },
  'saves.error.unknownPreset': 'La partida es de una duración (“{id}”) que el escenario “{scenario}” ya no tiene.',
};
