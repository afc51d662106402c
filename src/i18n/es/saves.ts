import type { Area } from '../area';
import type { saves as en } from '../en/saves';

/** Textos de las partidas guardadas: guardado automático, exportación, importación y sus errores. */
export const saves: Area<typeof en> = {
  'saves.title': 'Partidas guardadas',
  'saves.startHeading': 'Continuar una partida guardada',
  'saves.help':
    'El juego se guarda solo en este navegador después de cada jugada. Para llevar la partida a otra computadora, exporta un archivo de partida e impórtalo allí.',
  'saves.export': 'Exportar el archivo de la partida',
  'saves.importLabel': 'Elige un archivo de partida (.json) para importarlo',
  'saves.exported': 'Se descargó el archivo de partida {name}.',
  'saves.imported': 'Archivo de partida cargado: {scenario}, turno {turn}. Se reprodujo y se verificó.',
  'saves.resumed': 'Se reanudó tu partida guardada (turno {turn}).',
  'saves.importedOlder':
    'Archivo de partida cargado: {scenario}, turno {turn}. Lo creó una versión anterior del juego, así que se verificó reproduciendo cada jugada.',
  'saves.resumedOlder':
    'Se reanudó tu partida guardada (turno {turn}). La creó una versión anterior del juego y se verificó reproduciéndola.',
  'saves.refused': 'Se rechazó este archivo de partida; tu partida actual no cambió. {reason}',
  'saves.autosaveIgnored': 'La partida guardada en este navegador no se pudo reanudar y se dejó de lado. {reason}',
  'saves.noGame': 'Todavía no hay ninguna partida para exportar.',
  'saves.readFailed': 'No se pudo leer el archivo.',
  'saves.error.tooLarge': 'El archivo es demasiado grande para ser un archivo de partida (el límite es de {max} MB).',
  'saves.error.tooDeep': 'El archivo no es un archivo de partida: anida datos a mucha más profundidad que cualquier partida guardada.',
  'saves.error.notJson': 'El archivo no es un archivo de partida: no es un JSON válido.',
  'saves.error.notSave': 'El archivo no es una partida guardada de Altiplano.',
  'saves.error.newerVersion': 'La partida se guardó con una versión más nueva del juego (formato de guardado {version}).',
  'saves.error.badField': 'El archivo de partida está dañado: el campo “{field}” falta o es incorrecto.',
  'saves.error.unknownScenario': 'La partida es de un escenario que esta versión del juego no tiene (“{id}”).',
  'saves.error.scenarioChanged':
    'El escenario “{id}” cambió desde que se guardó esta partida, así que no se puede reproducir con fidelidad.',
  'saves.error.badSetup':
    'El archivo de partida está dañado: su configuración (los bandos y quién los controla) no corresponde al escenario.',
  'saves.error.actionRefused': 'La partida no se puede reproducir: la jugada {n} fue rechazada ({reason}).',
  'saves.error.malformedAction': 'no es una jugada que este juego entienda',
  'saves.error.turnHashMismatch':
    'Al reproducirla, la partida no llega al mismo resultado: falló la verificación del final del turno {turn}.',
  'saves.error.finalHashMismatch': 'Al reproducirla, la partida no llega al mismo resultado: falló la verificación final.',
};
