import type { Area } from '../area';
import type { signals as en } from '../en/signals';

/**
 * Lo bueno y lo malo desde el punto de vista de quien lee, las palabras para la tendencia y el azar,
 * los proyectos que no llegan a terminarse y el informe del turno contado como una historia.
 */
export const signals: Area<typeof en> = {
  // Un cambio marcado como bueno o malo para el bando que mira (se muestra la marca; las palabras son para los lectores de pantalla).
  'signals.good': 'bueno para ti',
  'signals.bad': 'malo para ti',
  'signals.goodFor': 'bueno para {actor}',
  'signals.badFor': 'malo para {actor}',
  'signals.markGood': '✓',
  'signals.markBad': '✗',
  'signals.net': 'Neto',
  'signals.legend': '✓ bueno para ti, ✗ malo para ti; ▲ ▼ indican hacia dónde se movió un número.',
  'signals.legendFor': 'Las marcas indican qué es bueno (✓) o malo (✗) para {actor}; ▲ ▼ indican hacia dónde se movió un número.',

  // Qué significan la tendencia y el azar del motor, cuando el escenario no tiene palabras propias.
  'signals.drift': '{meter} vuelve poco a poco a su nivel habitual',
  'signals.drift.growth': 'la economía vuelve a su ritmo habitual',
  'signals.drift.stability': 'los ánimos se calman y vuelven a su nivel habitual',
  'signals.drift.influence': 'la influencia de {actor} se diluye sin nuevos esfuerzos',
  'signals.chance': 'lo inesperado',
  'signals.chanceUp': 'una subida inesperada',
  'signals.chanceDown': 'una caída inesperada',

  // Un proyecto que no puede construirse antes del final de la partida.
  'signals.projectLate':
    'No puede terminarse en esta partida: estaría construido al final del turno {done}, y la partida termina después del turno {last}.',
  'signals.projectLateShort': 'No puede terminarse antes del final de la partida',
  'signals.projectOnTime': 'Construido al final del turno {done} (la partida termina después del turno {last}).',

  // El informe del turno como una historia.
  'signals.report.lead': 'Qué pasó en este turno, incluidas tus propias jugadas, y qué cambió.',
  'signals.story.title': 'Qué pasó',
  'signals.story.lead': 'Primero tus propias jugadas, luego todo lo demás, empezando por los efectos más grandes.',
  'signals.story.yours': 'Tu jugada',
  'signals.story.effects': 'Efectos:',
  'signals.story.more': { one: 'Y {count} cambio menor.', other: 'Y {count} cambios menores.' },
  'signals.story.none': 'Un trimestre tranquilo.',
  'signals.story.ongoing': '{what} sigue surtiendo efecto',
  'signals.story.deal': 'Un acuerdo en marcha: {what}',
};
