import type { Area } from '../area';
import type { refusals as en } from '../en/refusals';

/**
 * Por qué se rechazó una acción, un mensaje por cada clave de rechazo de la simulación
 * (`src/sim/refusal.ts`): la única redacción de los rechazos.
 */
export const refusals: Area<typeof en> = {
  'refusal.gameOver': 'La partida terminó.',
  'refusal.unknownActor': 'No existe el actor “{actor}”.',
  'refusal.notYourPhase': 'No le toca jugar a {actor}.',
  'refusal.pendingChoice': 'Primero responde al acontecimiento que te espera.',
  'refusal.unknownAction': 'No existe la acción “{action}”.',
  'refusal.notYourAction': '{action} no es una de tus acciones.',
  'refusal.noCapital': '{action} necesita {need} de capital político; te quedan {have} en este turno.',
  'refusal.noMoney': '{action} cuesta US$ {need} millones; te quedan US$ {have} millones en este turno.',
  'refusal.needsTarget': '{action} necesita un destino ({kind}).',
  'refusal.badTarget': '{action} no puede dirigirse a “{target}”.',
  'refusal.noTarget': '{action} no lleva destino.',
  'refusal.perTurn': {
    count: 'limit',
    one: '{action} solo puede realizarse una vez por turno.',
    other: '{action} puede realizarse {limit} veces por turno.',
  },
  'refusal.perGame': {
    count: 'limit',
    one: '{action} solo puede realizarse una vez por partida.',
    other: '{action} puede realizarse {limit} veces por partida.',
  },
  'refusal.coolingDown': {
    count: 'wait',
    one: '{action} podrá realizarse de nuevo el próximo turno.',
    other: '{action} podrá realizarse de nuevo dentro de {wait} turnos.',
  },
  'refusal.requirement': '{text}',
  'refusal.requirementDefault': 'No se cumplen las condiciones para {action}.',
  'refusal.malformed': 'Esa no es una acción que este juego entienda.',
  'refusal.offerWaiting': 'Ya tienes una oferta que espera su respuesta.',
  'refusal.unknownDeal': 'No existe el acuerdo #{deal}.',
  'refusal.notOfferedToYou': 'Esta oferta no te la hicieron a ti.',
  'refusal.dealClosed': 'Esta oferta ya no está abierta ({status}).',
  'refusal.onlyProposer': 'Solo el actor que hizo una oferta puede retirarla.',
  'refusal.notInDeal': 'No formas parte de este acuerdo.',
  'refusal.noPromises': 'No te quedan promesas vigentes en este acuerdo.',
  'refusal.unknownChoice': 'Ese acontecimiento no está esperando respuesta.',
  'refusal.notYourChoice': 'Esa decisión le corresponde a otro actor.',
  'refusal.unknownOption': '“{option}” no es una de las opciones.',
  'refusal.unknownEvent': 'El escenario no tiene el acontecimiento “{event}”.',
  'refusal.sameActor': 'Un acuerdo necesita dos actores distintos.',
  'refusal.noTerms': 'Un acuerdo necesita al menos una cláusula.',
  'refusal.unknownTerm': 'No existe la cláusula “{term}”.',
  'refusal.termTwice': '{term} aparece dos veces.',
  'refusal.giverNotInDeal': '{term} la aporta {giver}, que no forma parte de este acuerdo.',
  'refusal.termBetween': '{term} corresponde a acuerdos entre {a} y {b}.',
  'refusal.termNeedsNumber': '{term} necesita un número.',
  'refusal.termRange': '{term} debe estar entre {min} y {max}.',
  'refusal.termInForce': '{term} ya está vigente entre ustedes (acuerdo #{deal}); todavía no se puede volver a acordar.',
  'refusal.termUnavailable': '{term} no se puede acordar ahora: {text}',
  'refusal.termUnavailableDefault': '{term} no se puede acordar ahora.',
  'refusal.unknownScenario': 'No existe el escenario “{scenario}”.',
  'refusal.notPlayable': '“{side}” no es un bando que puedas jugar en este escenario.',
  'refusal.unknownPreset': 'Este escenario no tiene la duración “{preset}”.',
};
