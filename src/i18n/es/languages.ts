import type { Area } from '../area';
import type { languages as en } from '../en/languages';

/** Idiomas y niveles de lectura: los selectores, la elección del docente, las citas y su glosa. */
export const languages: Area<typeof en> = {
  'sources.gloss': '(significa: {text})',
  'reading.label': 'Nivel de lectura',
  'reading.advanced': 'Avanzado',
  'reading.basic': 'Básico',
  'reading.hint': 'Básico: frases más cortas y palabras de todos los días, para lectores más jóvenes y para quienes aprenden el idioma.',
  'setupLink.badReading': 'indica un nivel de lectura que el juego no tiene, “{value}” (basic o advanced).',

  // Palabras que el simulador nombra como datos (un Said anidado), para que un rechazo se lea en el idioma del jugador.
  'target.kind.department': 'departamento',
  'target.kind.site': 'sitio',
  'offer.status.proposed': 'abierta',
  'offer.status.signed': 'firmada',
  'offer.status.rejected': 'rechazada',
  'offer.status.countered': 'respondida con una contraoferta',
  'offer.status.withdrawn': 'retirada',
  'offer.status.expired': 'vencida',
  'offer.status.completed': 'cumplida',
  'offer.status.broken': 'rota',
  'offer.status.unwound': 'deshecha',
  // La cronología del balance final, para una decisión de un tipo que esta versión no conoce (de una partida guardada más nueva).
  'end.decision.unknownKind': 'Decisión',
  // El título de una página que no tiene nada más preciso que nombrar (la guía docente sin escenario).
  'page.teacherGuide': 'Altiplano: guía docente',
};
