import type { Area } from '../area';
import type { audio as en } from '../en/audio';

/** Textos del sonido y del panel de configuración. */
export const audio: Area<typeof en> = {
  'settings.title': 'Sonido',
  'settings.master': 'Volumen general',
  'settings.music': 'Volumen de la música',
  'settings.effects': 'Volumen de los efectos',
  'settings.mute': 'Silenciar todo el sonido',
  'settings.value': '{value} %',
  'settings.language': 'Idioma',
  'settings.note':
    'El sonido empieza después de tu primer clic o de la primera tecla que pulses. La configuración se recuerda en este navegador.',
};
