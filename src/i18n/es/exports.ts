import type { Area } from '../area';
import type { exports as en } from '../en/exports';

/** Textos de las exportaciones del balance final (CSV, JSON) y de la hoja de reflexión del estudiante que se imprime con él. */
export const exports: Area<typeof en> = {
  'exports.title': 'Llévate la partida',
  'exports.help':
    'Descarga esta partida para una hoja de cálculo o para tu informe: cada indicador en cada turno, cada decisión con lo que costó y lo que cambió, o la partida entera en JSON.',
  'exports.meters': 'Descargar los indicadores (CSV)',
  'exports.decisions': 'Descargar las decisiones (CSV)',
  'exports.game': 'Descargar la partida entera (JSON)',
  'exports.done': 'Se descargó {name}.',
  'exports.failed': 'No se pudo exportar esta partida: sus jugadas no la reconstruyen. No se descargó nada.',
  'reflection.title': 'Hoja de reflexión',
  'reflection.lead': 'Escriban en equipo, con oraciones completas. Señalen el turno, el indicador o la fuente que lo muestra.',
  'reflection.team': 'Equipo',
  'reflection.members': 'Nombres',
  'reflection.setup': {
    count: 'turns',
    one: '{scenario} · con {side} · semilla {seed} · {turns} turno',
    other: '{scenario} · con {side} · semilla {seed} · {turns} turnos',
  },
  'reflection.preset': 'Duración: {preset}',
  'reflection.score': '{actor}: {score} de {max} puntos (necesitaba {winAt}).',
  'reflection.wanted': 'Lo que queríamos',
  'reflection.wantedHint': '¿Qué objetivos pusimos primero, y por qué?',
  'reflection.gaveUp': 'A qué renunciamos',
  'reflection.gaveUpHint': '¿Qué cedimos o dejamos sin hacer para conseguirlo? ¿Valió la pena?',
  'reflection.surprised': 'Lo que nos sorprendió',
  'reflection.surprisedHint': '¿Qué resultado, reacción o acontecimiento no esperábamos? ¿Qué lo explica?',
  'reflection.claim': 'Una afirmación que verificamos',
  'reflection.claimHint':
    'Un dato en el que se basa el juego: dónde lo vimos, qué fuente lo respalda y si esa fuente resiste la verificación.',
};
