import type { Area } from '../area';
import type { setup as en } from '../en/setup';

/**
 * Textos para la clase: la página de configuración del docente (de usted), los enlaces de
 * configuración, la pantalla de inicio bloqueada y las fichas de los equipos (de tú).
 */
export const setup: Area<typeof en> = {
  // El camino a la página de configuración desde la pantalla de inicio.
  'setup.open': 'Configuración de la clase (para docentes)',
  'setup.openHint': 'Se abre en una pestaña nueva: un enlace y una ficha imprimible para cada equipo.',
  // La página de configuración.
  'setup.pageTitle': 'Altiplano: configuración de la clase',
  'setup.title': 'Configuración de la clase',
  'setup.lead':
    'Elija la partida que jugarán todos los equipos. Recibirá un enlace por equipo, que abre exactamente esta partida en cualquier dispositivo, y una ficha de una página por equipo con el enlace en forma de código QR. No se envía nada a ningún lado: cada enlace contiene toda la configuración.',
  'setup.sides': 'Bandos que juegan los equipos',
  'setup.sidesHint':
    'Si elige más de un bando, los equipos los toman por orden: el equipo 1 el primero, el equipo 2 el segundo, y así sucesivamente.',
  'setup.sidesNone': 'Elija al menos un bando para los equipos.',
  'setup.others': 'Quién juega los demás bandos',
  'setup.othersAi': 'La computadora',
  'setup.othersAiHint': 'Cada equipo juega con su bando contra la computadora.',
  'setup.othersHotseat': 'El mismo equipo, alternándose en un mismo dispositivo',
  'setup.othersHotseatHint': 'Cada equipo juega con {sides} y se pasa el dispositivo en la pantalla de relevo.',
  'setup.alwaysAi': 'La computadora siempre juega con {actors}.',
  'setup.language': 'Idioma de la partida',
  'setup.teams': 'Equipos',
  'setup.teamCount': 'Número de equipos',
  'setup.teamName': 'Nombre del equipo {n}',
  'setup.teamDefault': 'Equipo {n}',
  'setup.teamBad': 'El nombre del equipo {n} debe tener de 1 a {max} caracteres.',
  'setup.teamsSame': 'Dos equipos se llaman “{name}”: dé a cada equipo un nombre propio, para que sus archivos se puedan distinguir.',
  'setup.seedBad': 'La semilla debe ser un número entero (de 0 a 999999999).',
  'setup.countBad': 'El número de equipos debe ser un número entero de 1 a {max}.',
  'setup.fix': 'Corrija la configuración de arriba para obtener los enlaces.',
  'setup.links': 'Enlaces para los equipos',
  'setup.linksHint':
    'Cada enlace abre la partida configurada para ese equipo. Los estudiantes no pueden cambiarla sin que el juego lo indique.',
  'setup.linkFor': '{team}: juega con {side}',
  'setup.linkCode': 'código de control {code}',
  'setup.hotseatSides': '{sides} (dos jugadores en un mismo dispositivo)',
  'setup.print': 'Imprimir las fichas',
  'setup.printHint':
    'Una página por equipo: el enlace, su código QR, el informe inicial del bando, los objetivos y lo que hay que entregar.',
  'setup.handouts': 'Fichas',
  'setup.back': 'Volver al juego',
  // La ficha del equipo (para los estudiantes, de tú).
  'handout.title': '{team}: tu partida de Altiplano',
  'handout.game': '{scenario} · {length} · semilla {seed}',
  'handout.youPlay': 'Juegas con {side}.',
  'handout.open': 'Abre tu partida: escanea el código QR o escribe el enlace en un navegador.',
  'handout.qrAlt': 'Código QR del enlace para {team}',
  'handout.checkLine':
    'El juego dirá entonces “Configuración de la clase: … para {team} (código {code})”. Si no lo dice, vuelve a abrir el enlace.',
  'handout.briefing': 'Tu informe inicial: {side}',
  'handout.objectives': 'Tus objetivos',
  'handout.winAt': 'Cada objetivo te da puntos; con {winAt} de los {max} puntos ganas la partida.',
  'handout.points': { count: 'points', one: '{points} punto', other: '{points} puntos' },
  'handout.handIn': 'Qué hay que entregar',
  'handout.handInText':
    'Cuando termine la partida (o cuando tu docente lo diga), abre el menú del juego, elige “Exportar el archivo de la partida” en Partidas guardadas y entrega el archivo que se descarga: {file}. Lleva el nombre de tu equipo y contiene todas las jugadas, así tu docente puede volver a reproducirla.',
  'handout.loading': 'Cargando los objetivos de {scenario}…',
  // Lo que dice un enlace de configuración de la clase en la pantalla de inicio y en la partida.
  'classSetup.heading': 'Tu partida de la clase',
  'classSetup.line': 'Configuración de la clase: {scenario} · {length} · juegas con {side} · semilla {seed} · para {team} (código {code})',
  'classSetup.full': { count: 'turns', one: 'partida completa ({turns} turno)', other: 'partida completa ({turns} turnos)' },
  'classSetup.preset': { count: 'turns', one: '{name} ({turns} turno)', other: '{name} ({turns} turnos)' },
  'classSetup.hotseat': '{sides}, alternándose en este dispositivo',
  'classSetup.others': 'La computadora juega con {actors} ({level}).',
  'classSetup.lead': 'Tu docente configuró esta partida para tu equipo; todos los equipos juegan en el mismo mundo.',
  'classSetup.start': 'Empezar la partida de la clase',
  'classSetup.continue': 'Volver a tu partida de la clase',
  'classSetup.leave': 'Jugar otra cosa',
  'classSetup.leaveHint':
    'Sale de la configuración de la clase: una partida que configures por tu cuenta no es la partida de la clase de tu equipo.',
  'classSetup.level.easy': 'fácil',
  'classSetup.level.normal': 'normal',
  'classSetup.level.hard': 'difícil',
  // Un enlace que no se puede usar: la pantalla de inicio dice por qué.
  'setupLink.refused':
    'Este enlace de configuración de la clase no se puede usar: {reason} En su lugar se muestra la pantalla de inicio normal; pide otra vez el enlace a tu docente.',
  'setupLink.unknownParam': 'tiene un ajuste que el juego no conoce, “{name}”.',
  'setupLink.missingParam': 'le falta el ajuste “{name}”.',
  'setupLink.repeatedParam': 'da el ajuste “{name}” más de una vez.',
  'setupLink.unknownScenario': 'nombra un escenario que este juego no tiene, “{value}”.',
  'setupLink.unknownPreset': 'nombra una duración de partida que este escenario no tiene, “{value}”.',
  'setupLink.unknownSide': 'nombra un bando que nadie puede jugar en este escenario, “{value}”.',
  'setupLink.badControllers': 'dice que los demás bandos los juega “{value}” (el juego solo conoce “ai” y “hotseat”).',
  'setupLink.badLevel':
    'nombra un nivel de la computadora que el juego no tiene, “{value}” (conoce “easy”, “normal” y “hard”: fácil, normal y difícil).',
  'setupLink.badSeed': 'su semilla “{value}” no es un número entero que el juego pueda usar.',
  'setupLink.unknownLang': 'nombra un idioma que el juego no habla, “{value}”.',
  'setupLink.badTeam':
    'su nombre de equipo “{value}” está vacío, es demasiado largo o no está escrito como lo escribe la página de configuración.',
  'setupLink.wrongCheck': 'su código de control “{value}” no coincide con el resto del enlace, así que algo en él fue modificado.',
};
