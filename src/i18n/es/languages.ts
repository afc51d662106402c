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
};
