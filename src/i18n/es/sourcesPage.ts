import type { Area } from '../area';
import type { sourcesPage as en } from '../en/sourcesPage';

/**
 * Textos de la página Fuentes y verificación, las listas plegadas de fuentes en las vistas y los
 * veredictos que marcan opiniones, recomendaciones y pronósticos.
 */
export const sourcesPage: Area<typeof en> = {
  // Veredictos para afirmaciones que no son hechos verificables (un símbolo y una palabra, nunca solo un color).
  'sources.verdict.opinion': '“ opinión',
  'sources.verdict.recommendation': '☞ recomendación',
  'sources.verdict.prediction': '↗ pronóstico',

  // Una lista plegada de las fuentes donde aparece un dato.
  'sources.fold': { one: 'Fuentes (1)', other: 'Fuentes ({count})' },
  'sources.foldMarked': { one: 'Fuentes (1, sin confirmar)', other: 'Fuentes ({count}, {marked} sin confirmar)' },
  /** El id de una referencia escrito en una fuente, enlazado a su elemento en la página Fuentes y verificación. */
  'sources.refLink': 'Referencia {id} de la lista',

  // La página.
  'sourcesPage.open': 'Fuentes y verificación',
  'sourcesPage.title': 'Fuentes y verificación',
  'sourcesPage.close': 'Cerrar',
  'sourcesPage.lead':
    'Cada afirmación que usa este escenario, dónde aparece en el juego, el documento del que proviene y cómo se verificó. Una afirmación marcada con algo distinto de ✓ confirmado es una corrección, un punto en disputa, algo que ninguna referencia pudo resolver, un error de la fuente, o bien una opinión, una recomendación o un pronóstico en lugar de un hecho.',
  'sourcesPage.count': {
    one: '{count} entrada con fuentes; {marked} con una afirmación sin confirmar.',
    other: '{count} entradas con fuentes; {marked} con una afirmación sin confirmar.',
  },
  'sourcesPage.filter': 'Solo las afirmaciones sin confirmar',
  'sourcesPage.shown': { one: 'Se muestra {count} entrada.', other: 'Se muestran {count} entradas.' },
  'sourcesPage.none': 'Aquí no hay ninguna entrada.',
  'sourcesPage.documents': 'Los documentos',
  'sourcesPage.documentsLead': 'El escenario se construyó a partir de estos documentos, tratados como fuentes y no como verdad.',
  'sourcesPage.references': 'Referencias',
  'sourcesPage.referencesLead': {
    one: 'Las afirmaciones se verificaron con {count} referencia.',
    other: 'Las afirmaciones se verificaron con {count} referencias.',
  },
  'sourcesPage.reference': '{id}',
  'sourcesPage.back': 'Volver arriba',

  // Dónde aparece en el juego cada grupo de entradas.
  'sourcesPage.place.actor': 'Los bandos (informe inicial y Quién es quién)',
  'sourcesPage.place.meterNote': 'Los indicadores y las reglas que los mueven (la nota “?” de cada indicador)',
  'sourcesPage.place.department': 'Departamentos (el departamento seleccionado)',
  'sourcesPage.place.site': 'Sitios del mapa (el departamento seleccionado)',
  'sourcesPage.place.action': 'Acciones (las tarjetas de acción)',
  'sourcesPage.place.term': 'Cláusulas de los acuerdos (las ofertas y el panel para negociar un acuerdo)',
  'sourcesPage.place.event': 'Acontecimientos y sus opciones',
  'sourcesPage.place.negotiation': 'Cómo negocian los bandos (Quién es quién)',
  'sourcesPage.place.objective': 'Objetivos (el panel de objetivos)',
  'sourcesPage.place.glossary': 'Glosario (Cómo jugar)',
  'sourcesPage.place.preset': 'Partidas más cortas: el mundo en el que empiezan (la pantalla de inicio)',

  // Qué tipo de cosa es una entrada.
  'sourcesPage.kind.actor': 'Bando: {title}',
  'sourcesPage.kind.initial': 'PIB y crecimiento iniciales',
  'sourcesPage.kind.meter': 'Indicador: {title}',
  'sourcesPage.kind.driver': 'Qué hace variar {title}',
  'sourcesPage.kind.growthRule': 'Cómo varía el crecimiento por sí solo',
  'sourcesPage.kind.stabilityRule': 'Cómo varía la estabilidad por sí sola',
  'sourcesPage.kind.influenceRule': 'Cómo se desvanece la influencia de {title}',
  'sourcesPage.kind.department': 'Departamento: {title}',
  'sourcesPage.kind.site': 'Sitio: {title}',
  'sourcesPage.kind.action': 'Acción: {title}',
  'sourcesPage.kind.term': 'Cláusula: {title}',
  'sourcesPage.kind.event': 'Acontecimiento: {title}',
  'sourcesPage.kind.option': 'Opción: {title}',
  'sourcesPage.kind.negotiation': 'Reglas de la negociación',
  'sourcesPage.kind.objective': 'Objetivo: {title}',
  'sourcesPage.kind.glossary': 'Término: {title}',
  'sourcesPage.kind.presetInitial': 'Inicio de “{title}”',

  // Quién es quién.
  'whosWho.open': 'Quién es quién',
  'whosWho.title': 'Quién es quién',
  'whosWho.lead': 'Los bandos de este escenario: qué quiere cada uno y en qué fuentes se basa.',
  'whosWho.kind.host': 'El país anfitrión',
  'whosWho.kind.power': 'Una potencia extranjera',
  'whosWho.kind.other': 'Otro actor',
  'whosWho.playable': 'Jugable',
  'whosWho.interests': 'Intereses',
  'whosWho.bargaining': 'Cómo negocian los bandos',
  'whosWho.close': 'Cerrar',
  'whosWho.allSources': 'Todas las fuentes y su verificación: Fuentes y verificación',

  // La promesa de la pantalla de inicio, ya cumplida: un enlace a la página.
  'start.sourcesLink': 'Ver cada afirmación y cómo se verificó',
  'start.presetSources': 'De dónde vienen las cifras iniciales de esta partida',
};
