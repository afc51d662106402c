import type { Area } from '../area';
import type { scenarioLoad as en } from '../en/scenarioLoad';

/** Textos de la carga de los datos de un escenario al elegirlo (inicio, carga, reanudación, guía docente). */
export const scenarioLoad: Area<typeof en> = {
  'scenarioLoad.loading': 'Cargando {scenario}…',
  'scenarioLoad.unreachable':
    'No se pudo descargar el escenario “{scenario}”. Revisa la conexión e inténtalo de nuevo; no se cambió nada más.',
  'scenarioLoad.corrupt':
    'El escenario “{scenario}” que se descargó está dañado o desactualizado, así que se rechazó y no se cambió nada más. Recarga la página para descargarlo de nuevo.',
  'scenarioLoad.retry': 'Intentar de nuevo',
  'scenarioLoad.resumeLater':
    'Tu partida guardada en este navegador no se pudo reanudar ahora. Se conserva y se reanudará cuando vuelvas a abrir la página, salvo que antes empieces una partida nueva. {reason}',
};
