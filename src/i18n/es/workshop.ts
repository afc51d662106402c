import type { Area } from '../area';
import type { workshop as en } from '../en/workshop';

/** Textos del taller de escenarios (workshop.html), de “Tus escenarios” en la pantalla de inicio y del paso a la prueba de juego (de tú). */
export const workshop: Area<typeof en> = {
  'workshop.pageTitle': 'Altiplano: taller de escenarios',
  'workshop.title': 'Taller de escenarios',
  'workshop.lead':
    'Escribe un escenario, mira cada problema mientras escribes y juégalo al instante. Tu trabajo se guarda solo en este navegador: no se sube nada a ningún lado.',
  'workshop.backToGame': 'Volver al juego',
  'workshop.format': 'El formato de los escenarios (FORMAT.md)',
  // Puntos de partida.
  'workshop.start': 'Empezar desde',
  'workshop.open': 'Abrir un archivo…',
  'workshop.openHint': 'O arrastra un archivo .yaml al editor.',
  'workshop.template': 'Nuevo a partir de la plantilla',
  'workshop.copyOf': 'Una copia de un escenario incluido en el juego',
  'workshop.copy': 'Copiar',
  'workshop.copyOfName': 'Copia de {name}',
  'workshop.dropHere': 'Suelta el archivo para abrirlo como escenario nuevo',
  'workshop.fileTooBig': '“{file}” tiene {size} bytes: un archivo de escenario puede tener {max} como máximo. No se abrió nada.',
  'workshop.fileUnreadable': 'No se pudo leer “{file}”. No se abrió nada.',
  'workshop.opened': 'Se abrió “{name}” como escenario nuevo.',
  'workshop.loadFailed': 'No se pudo cargar ese escenario. No se cambió nada.',
  // Los trabajos guardados.
  'workshop.works': 'Tus escenarios',
  'workshop.worksNone': 'Todavía ninguno.',
  'workshop.edited': 'editado el {when}',
  'workshop.current': '(abierto ahora)',
  'workshop.remove': 'Eliminar “{name}”',
  'workshop.removeConfirm': '¿Eliminar “{name}” de este navegador? Descárgalo antes si quieres conservar una copia.',
  'workshop.saved': 'Guardado en este navegador.',
  'workshop.storageFailed':
    'Este navegador no quiso guardar el trabajo (su almacenamiento lo rechazó). Descarga el archivo para conservarlo.',
  // El editor y sus problemas.
  'workshop.editor': 'Archivo del escenario (YAML)',
  'workshop.editorHint':
    'Ctrl+Espacio completa claves e ids; F12 o Ctrl+clic lleva a la definición de un id; Ctrl+F busca; Tab sale del editor.',
  'workshop.problems': { one: '{count} problema', other: '{count} problemas' },
  'workshop.noProblems': 'Sin problemas',
  'workshop.warnings': { one: '{count} advertencia', other: '{count} advertencias' },
  'workshop.severity.error': 'Problema',
  'workshop.severity.warning': 'Advertencia',
  'workshop.didYouMean': '¿Quisiste decir “{word}”?',
  'workshop.replaceWith': 'Reemplazar por “{word}”',
  'workshop.valid': 'El escenario es válido: pruébalo jugando.',
  'workshop.checking': 'Revisando…',
  'workshop.problemAt': 'Línea {line}, columna {column}',
  'workshop.goToDefinition': 'Ir a la definición',
  'workshop.definitionAt': '“{id}” está definido en la línea {line}.',
  'workshop.noDefinition': 'No se encontró ninguna definición de “{id}”.',
  'workshop.noWord': 'Primero pon el cursor sobre un id.',
  'workshop.download': 'Descargar el archivo .yaml',
  // Prueba de juego.
  'workshop.playTest': 'Prueba de juego',
  'workshop.playSide': 'Bando',
  'workshop.playTurns': 'Turnos',
  'workshop.playMode': 'Quién juega',
  'workshop.mode.solo': 'Tú, contra la computadora',
  'workshop.mode.hotseat': 'Dos jugadores en este dispositivo',
  'workshop.mode.watch': 'La computadora contra sí misma (modo espectador)',
  'workshop.playSeed': 'Semilla',
  'workshop.playStart': 'Probar en una pestaña nueva',
  'workshop.playBlocked': 'Primero corrige los problemas: un escenario con problemas no se puede jugar.',
  // Equilibrio.
  'workshop.balance': 'Equilibrio',
  'workshop.balanceLead':
    'Una pequeña serie de partidas, con la computadora jugando todos los bandos en nivel normal, en segundo plano en esta página.',
  'workshop.balanceGames': 'Partidas',
  'workshop.balanceRun': 'Jugar las partidas de equilibrio',
  'workshop.balanceRunning': 'Jugando la partida {done} de {total}…',
  'workshop.balanceDone': 'El informe ({games} partidas):',
  'workshop.balanceFailed': 'Las partidas de equilibrio se detuvieron: {reason}',
  // Del lado de la página del juego: jugar un trabajo del taller.
  'workshop.play.missing': 'Ese escenario del taller no está en este navegador (quizá se eliminó).',
  'workshop.play.unreadable': 'Este navegador no pudo leer los escenarios del taller.',
  'workshop.play.invalid': '“{name}” tiene problemas: ábrelo en el taller y corrígelos para poder jugarlo.',
  'workshop.play.corrupt': '“{name}” se modificó fuera del taller: ábrelo allí para que se vuelva a revisar.',
  // La pantalla de inicio.
  'workshop.startHeading': 'Tus escenarios',
  'workshop.openWorkshop': 'Taller de escenarios (escribe el tuyo)',
  'workshop.startPlay': 'Jugar “{name}”',
  'workshop.startEdit': 'Editar “{name}”',
  'workshop.startInvalid': 'tiene problemas: edítalo para corregirlos',
};
