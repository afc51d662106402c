import type { Area } from '../area';
import type { replay as en } from '../en/replay';

/** Textos de la repetición (una partida mostrada turno a turno) y de la bifurcación («jugar desde aquí»). */
export const replay: Area<typeof en> = {
  'replay.region': 'Repetición',
  'replay.bannerStart': 'Repetición — {label}: el inicio, antes del turno 1 de {turns}',
  'replay.banner': 'Repetición — {label}: turno {turn} de {turns}, tal como terminó ({date})',
  'replay.help': 'Durante la repetición no se puede jugar. Mueve el control deslizante o usa los botones para ver otro turno.',
  'replay.slider': 'Turno que se muestra',
  'replay.valueStart': 'el inicio',
  'replay.value': 'turno {turn} de {turns}',
  'replay.previous': 'Turno anterior',
  'replay.next': 'Turno siguiente',
  'replay.branch': 'Jugar desde aquí',
  'replay.branchHint': 'Empieza una partida nueva con esta historia hasta el final del turno {turn}, para seguir jugando de otra manera.',
  'replay.branchEnd': 'La partida terminó aquí: retrocede un turno para jugar desde allí.',
  'replay.branchStart': 'Al inicio no hay nada que conservar: mejor empieza una partida nueva.',
  'replay.branchReplaces': 'La partida en curso en este navegador será reemplazada: expórtala antes si quieres conservarla.',
  'replay.exit': 'Salir de la repetición',
  'replay.exitTo.game': 'Salir de la repetición (volver a tu partida)',
  'replay.exitTo.end': 'Salir de la repetición (volver a los resultados)',
  'replay.exitTo.start': 'Salir de la repetición (volver a la pantalla de inicio)',
  'replay.open': 'Ver la repetición de esta partida turno a turno',
  'replay.openFile': 'Elige un archivo de partida (.json) para ver su repetición',
  'replay.refused': 'Este archivo de partida no se puede reproducir, y no cambió nada. {reason}',
  'replay.failed': 'No se pudo reconstruir esta partida para su repetición.',
  'replay.thisGame': 'esta partida',
  'replay.branched':
    'Una partida nueva a partir de {label} en el turno {turn}: todo lo anterior ocurrió tal como fue. Sigue jugando a tu manera.',
  'replay.branchedFrom': 'Derivada de {label} en el turno {turn}.',
  'saves.error.branchMismatch':
    'El archivo de partida está dañado: dice de qué partida se derivó, pero su propia historia no lleva hasta allí.',
};
