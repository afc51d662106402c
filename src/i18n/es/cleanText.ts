import type { Area } from '../area';
import type { cleanText as en } from '../en/cleanText';

/** Texto limpio para el jugador (issue 10, parte 5): fuentes por título, referencias resueltas, posesivos. */
export const cleanText: Area<typeof en> = {
  'sources.designChoice': 'Una decisión de diseño, no un hecho.',
  'sources.designChoiceWhy': 'Una decisión de diseño, no un hecho: {text}',
  'sources.checkedText': 'Cómo se verificó: {text}',
  'sources.references': 'Verificado con',
  'sources.referencesAll': {
    one: 'Las afirmaciones se verificaron con {count} referencia:',
    other: 'Las afirmaciones se verificaron con {count} referencias:',
  },
  'sources.referenceBy': '— {publisher}, {date}',
  'sources.referenceByUndated': '— {publisher}',
  /** El posesivo de un nombre cuando el escenario no da ninguno: en español no hay forma posesiva, así que es «de» y el nombre. */
  'name.possessive': 'de {name}',
  /** El nombre del país anfitrión antes de elegir un escenario (la etiqueta del mapa, un menú). */
  'name.hostUnknown': 'el país anfitrión',
  'name.possessiveS': 'de {name}',
  /** Quien mira rechazó la oferta del otro bando (nunca «tu oferta» para la suya). */
  'builder.youRejected': 'Rechazaste la oferta #{id} de {actor}.',
};
