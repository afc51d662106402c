import type { Area } from '../area';
import type { screen as en } from '../en/screen';

/** Textos de la pantalla: los botones para plegar los paneles, el atajo de Terminar turno y la importación sobre una partida en curso. */
export const screen: Area<typeof en> = {
  'screen.hideMeters': 'Ocultar indicadores',
  'screen.showMeters': 'Mostrar indicadores',
  'screen.hideSide': 'Ocultar acciones',
  'screen.showSide': 'Mostrar acciones',
  'screen.endTurnShortcut': 'Atajo: {key}',
  'screen.importTitle': '¿Reemplazar la partida en curso?',
  'screen.importLead':
    'Si importas este archivo de partida, termina la partida que estás jugando ({current}, turno {turn}) y la guardada ocupa su lugar ({scenario}, turno {savedTurn}). La partida en curso solo se conserva si la exportaste.',
  'screen.importConfirm': 'Reemplazarla por la guardada',
  'screen.importCancel': 'Seguir jugando esta partida',
  'screen.importCancelled': 'No se importó nada: tu partida sigue como estaba.',
};
