import type { Area } from '../area';
import type { compare as en } from '../en/compare';

/** Textos de la página de comparación del docente (compare.html): los archivos entregados por los equipos, lado a lado. */
export const compare: Area<typeof en> = {
  // Enlaces a la página.
  'compare.link': 'Comparar las partidas de los equipos',
  'compare.linkHint':
    'Abre en una pestaña nueva una página donde puede cargar el archivo de partida de cada equipo y ver sus partidas lado a lado.',
  // Los botones de cada equipo (el nombre del equipo dice sobre qué partida actúa cada uno).
  'compare.action.meters': 'Indicadores de {team} (CSV)',
  'compare.action.decisions': 'Decisiones de {team} (CSV)',
  'compare.action.game': 'Partida completa de {team} (JSON)',
  'compare.action.replay': 'Reproducir la partida de {team} (pestaña nueva)',
  // La página.
  'compare.pageTitle': 'Comparar las partidas de los equipos',
  'compare.lead':
    'Cargue el archivo de partida que cada equipo exportó al final de su partida. Cada archivo se reproduce y se verifica, igual que al importarlo; un archivo que no pasa la verificación aparece como rechazado, con el motivo, y los demás se comparan igual.',
  'compare.back': 'Volver al juego',
  'compare.print': 'Imprimir la comparación',
  'compare.clear': 'Quitar todos los archivos',
  'compare.pick': 'Elegir los archivos de partida de los equipos (.json, varios a la vez)',
  'compare.drop': 'O arrastre los archivos hasta aquí.',
  'compare.dropActive': 'Suelte los archivos para cargarlos.',
  'compare.reading': {
    count: 'n',
    one: 'Leyendo y reproduciendo {n} archivo…',
    other: 'Leyendo y reproduciendo {n} archivos: {done} listos…',
  },
  'compare.status': 'Archivos cargados: {teams} verificados, {refused} rechazados.',
  'compare.empty': 'Todavía no se cargó ningún archivo.',
  'compare.readFailed': 'No se pudo leer el archivo.',
  // Archivos rechazados.
  'compare.refusedTitle': { count: 'n', one: 'Archivo rechazado ({n})', other: 'Archivos rechazados ({n})' },
  'compare.refusedLine': '{file}: rechazado. {reason}',
  // Grupos por escenario.
  'compare.scenarios':
    'Estos archivos corresponden a {n} escenarios distintos. Solo se comparan partidas del mismo escenario, así que cada escenario tiene abajo su propia comparación.',
  'compare.group': { count: 'n', one: '{scenario}: {n} equipo', other: '{scenario}: {n} equipos' },
  'compare.sameSetup': 'Todos los equipos jugaron con la misma configuración: {setup}.',
  'compare.setupLine': '{side} · {length} · semilla {seed}',
  'compare.differ':
    'No todos los equipos jugaron con la misma configuración, así que sus puntajes no son estrictamente comparables. Se diferencian en:',
  'compare.differLine': '{field}: {values}',
  'compare.differValue': '{team} {value}',
  'compare.field.side': 'bando jugado',
  'compare.field.preset': 'duración',
  'compare.field.seed': 'semilla',
  'compare.field.mode': 'quién juega',
  'compare.field.aiLevel': 'nivel de la computadora',
  'compare.full': 'partida completa ({turns} turnos)',
  'compare.mode.solo': 'un bando contra la computadora',
  'compare.mode.hotseat': 'dos jugadores en un mismo dispositivo',
  'compare.mode.watch': 'la computadora contra sí misma',
  'compare.level.easy': 'fácil',
  'compare.level.normal': 'normal',
  'compare.level.hard': 'difícil',
  // La tabla de los equipos.
  'compare.teams': 'Los equipos',
  'compare.team': 'Equipo',
  'compare.row.file': 'Archivo',
  'compare.row.side': 'Bando jugado',
  'compare.row.length': 'Duración',
  'compare.row.seed': 'Semilla',
  'compare.row.finished': 'Partida',
  'compare.row.score': 'Puntaje',
  'compare.row.result': 'Resultado',
  'compare.row.actions': 'Acciones',
  'compare.finished': 'terminada',
  'compare.unfinished': 'sin terminar (turno {turn} de {turns})',
  'compare.older': 'formato de partida guardada anterior, verificado mediante reproducción',
  'compare.won': '★ cumplió sus objetivos',
  'compare.lost': '✗ no alcanzó sus objetivos',
  'compare.scoreOf': '{score} de {max} (necesita {winAt})',
  'compare.scoreFor': '{actor}: {score}',
  'compare.region': '{caption} ({scenario})',
  // Puntajes.
  'compare.scores': 'Puntajes según los objetivos',
  'compare.scoresFor': 'Puntajes de {actor}',
  'compare.scoresPlayed': 'Las columnas marcadas con ● son los equipos que jugaron con {actor}.',
  'compare.playedMark': '●',
  'compare.total': 'Total',
  'compare.cell': '{points} / {max} {met}',
  'compare.notScored': '—',
  // Acuerdos.
  'compare.deals': 'Acuerdos firmados y rechazados',
  'compare.signed': 'Firmados',
  'compare.refusedDeals': 'Rechazados',
  'compare.noDeals': 'ninguno',
  'compare.dealLine': '#{id} {a} ⇄ {b}, {date}: {terms}',
  // Las jugadas que más pesaron.
  'compare.mattered': 'Las jugadas que más pesaron',
  'compare.matteredNote':
    'Para el bando que jugó cada equipo: las pocas jugadas (de cualquier participante) que más puntos sumaron o restaron, estimadas como en el balance final.',
  'compare.matteredNone': 'Ninguna jugada por sí sola cambió estos objetivos en una décima de punto o más.',
  // Las opciones elegidas en los acontecimientos.
  'compare.choices': 'Dónde eligieron distinto los equipos',
  'compare.choicesNone': 'Ningún acontecimiento recibió respuestas distintas de dos equipos.',
  'compare.choicesSame': {
    count: 'n',
    one: 'Otro acontecimiento recibió la misma respuesta de todos los equipos que lo enfrentaron.',
    other: 'Otros {n} acontecimientos recibieron la misma respuesta de todos los equipos que los enfrentaron.',
  },
  'compare.event': 'Acontecimiento',
  'compare.eventBy': '{event} ({actor})',
  'compare.eventAgain': '{event} ({actor}, {n}.ª vez)',
  'compare.answer': '{option} ({date})',
  'compare.notMet': '— no se presentó',
  // Gráficos.
  'compare.charts': 'Los indicadores a lo largo de las partidas',
  'compare.chartsNote':
    'Un gráfico por indicador y una línea por equipo: la línea de cada equipo tiene su propio trazo discontinuo y su propio marcador, y su valor al final de la línea.',
  'compare.chartLabel': '{meter}: {list}',
  'compare.chartTeam': '{team} de {from} a {to}',
  'compare.chartValues': 'Valores por turno: {meter}',
  'compare.turn': 'Turno',
  'compare.legend': 'Leyenda',
  'compare.teamNumber': '{n}. {team}',
};
