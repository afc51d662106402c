import type { Area } from '../area';
import type { classServer as en } from '../en/classServer';

/**
 * Los rechazos del servidor de la clase, tal como los lee un estudiante o el docente
 * (`classServer.refused.<clave>`, las claves de SERVER_REFUSALS en src/net/protocol.ts;
 * tests/server comprueba que cada clave esté aquí). Un marcador aparece solo donde el servidor
 * siempre envía ese parámetro (el rechazo de una unión a la clase trae solo la clave).
 */
export const classServer: Area<typeof en> = {
  'classServer.refused.badMessage': 'El servidor no entendió esa solicitud, así que no se cambió nada.',
  'classServer.refused.tooLarge': 'Esa solicitud era demasiado grande para el servidor, así que no se cambió nada.',
  'classServer.refused.rateLimited': 'Demasiadas solicitudes a la vez: espera un momento y vuelve a intentarlo.',
  'classServer.refused.notYourSide': 'Tu equipo juega con {side}: esa jugada le corresponde a otro equipo.',
  'classServer.refused.observer': 'Estás observando esta sala, así que no puedes hacer jugadas en ella.',
  'classServer.refused.notTeacher': 'Solo el docente puede hacer eso.',
  'classServer.refused.wrongKey': 'Esa clave docente no es la de esta clase.',
  'classServer.refused.unknownClass': 'No hay ninguna clase abierta con ese código. Verifícalo con tu docente.',
  'classServer.refused.unknownRoom': 'Esta clase no tiene esa sala.',
  'classServer.refused.unknownSide': 'En esta clase ningún equipo juega con ese bando.',
  'classServer.refused.roomFull': 'Todos los puestos de ahí están ocupados. Elige otro o consulta a tu docente.',
  'classServer.refused.nameTaken': 'Ese nombre ya se usa en esta clase. Elige otro nombre.',
  'classServer.refused.badName': 'Escribe un nombre visible de 1 a 30 caracteres.',
  'classServer.refused.chooseSeat': 'Elige una sala y un bando para unirte.',
  'classServer.refused.seatAssigned': 'En esta clase, tu docente asigna los puestos.',
  'classServer.refused.badSetup': 'No se pudo crear la clase: revise “{field}”.',
  'classServer.refused.unknownScenario': 'El servidor no tiene el escenario {id}.',
  'classServer.refused.unknownPreset': 'El escenario no tiene la duración de partida {id}.',
  'classServer.refused.unknownEvent': 'El escenario no tiene el acontecimiento {id}.',
  'classServer.refused.paused': 'El docente pausó la partida. Espera hasta que se reanude.',
  'classServer.refused.gameOver': 'La partida terminó.',
  'classServer.refused.classEnded': 'Esta clase terminó.',
  'classServer.refused.roomBroken': 'Esta sala no se pudo restaurar después de que el servidor se reinició. Consulta a tu docente.',
  'classServer.refused.serverError': 'El servidor no pudo hacer eso en este momento; no se cambió nada. Vuelve a intentarlo.',
};
