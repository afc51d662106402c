import type { Area } from '../area';
import type { objectives as en } from '../en/objectives';

/** Los objetivos en juego: el panel, el puntaje en curso, el cambio de puntaje en el informe del turno, el margen en el balance final. */
export const objectives: Area<typeof en> = {
  'objectives.button': 'Objetivos',
  'objectives.buttonScore': '{score} / {max} pts',
  'objectives.buttonBar': 'meta {winAt}',
  'objectives.title': 'Objetivos: {actor}',
  'objectives.titleWatch': 'Objetivos de cada bando',
  'objectives.startLead': 'Antes de tu primera jugada: tu informe inicial y cómo se calcula tu puntaje en esta partida.',
  'objectives.lengthFull': 'Estos son los objetivos de la partida completa ({turns} turnos).',
  'objectives.lengthPreset': 'Estos son los objetivos de esta partida: {name}.',
  'objectives.ifEnded': 'Si la partida terminara ahora: {score} de {max} puntos; se necesitan {winAt} para ganar.',
  'objectives.ifEndedWon': 'Si la partida terminara ahora: {score} de {max} puntos, con {winAt} necesarios: una victoria.',
  'objectives.ifEndedAll': 'Todos los objetivos están cumplidos: una victoria, sea cual sea el puntaje.',
  'objectives.toGo': 'Faltan {gap} puntos para ganar.',
  'objectives.scoreBar': '{score} de {max} puntos; se necesitan {winAt} para ganar',
  'objectives.points': '{points} / {max} pts',
  'objectives.met': '✓ cumplido',
  'objectives.partial': '◐ en parte',
  'objectives.unmet': '✗ todavía no',
  'objectives.metNow': 'Cumplido por ahora.',
  'objectives.notMetNow': 'No cumplido por ahora.',
  'objectives.range': 'Empezó en {start} y ahora está en {now}. Da puntos desde {from} (0 puntos) hasta {to} (los {points}).',
  'objectives.rangeLead': '{meter} menos {minus}',
  'objectives.lineBar': '{points} de {max} puntos',
  'objectives.lineBarRange': '{points} de {max} puntos: {measure} ahora, de {from} hacia {to}',
  'objectives.movedBy': 'Tus jugadas que ayudan: {list}.',
  'objectives.movedByActor': 'Jugadas de {actor} que ayudan: {list}.',
  'objectives.inDeal': 'En un acuerdo: {list}.',
  'objectives.nothingMoves': 'Ninguna acción lo mueve directamente: depende de la economía y de los acontecimientos.',
  'objectives.listSeparator': ', ',
  'objectives.more': '{list} y {count} más',
  'objectives.close': 'Cerrar',
  'objectives.begin': 'Empezar a jugar',

  // El informe del turno: cómo cambió el puntaje y por qué.
  'scoreChange.title': 'Tu puntaje',
  'scoreChange.titleFor': 'Puntaje: {actor}',
  'scoreChange.moved': '{before} → {after} puntos ({delta:signed1}); se necesitan {winAt} para ganar.',
  'scoreChange.same': 'Sin cambios: {after} puntos; se necesitan {winAt} para ganar.',
  'scoreChange.line': '{objective}: {delta:signed1} ({after} de {max})',
  'scoreChange.lineMet': '{objective}: {delta:signed1}, ya cumplido',
  'scoreChange.noLine': 'Ningún objetivo ganó ni perdió puntos en este turno.',

  // El balance final: el margen y lo que lo decidió.
  'endMargin.beat': {
    count: 'gap',
    one: 'Ganó por {gap} punto sobre la meta de {winAt}.',
    other: 'Ganó por {gap} puntos sobre la meta de {winAt}.',
  },
  'endMargin.beatAll': 'Todos los objetivos cumplidos: una victoria.',
  'endMargin.missed': {
    count: 'gap',
    one: 'Quedó a {gap} punto de la meta de {winAt}.',
    other: 'Quedó a {gap} puntos de la meta de {winAt}.',
  },
  'endMargin.decidedWon': 'Lo decidieron: {list}.',
  'endMargin.decidedLost': 'Puntos que quedaron por ganar: {list}.',
  'endMargin.item': '{objective} ({points} de {max})',
};
