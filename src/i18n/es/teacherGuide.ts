import type { Area } from '../area';
import type { teacherGuide as en } from '../en/teacherGuide';

/**
 * Textos para el uso en clase: las preguntas del informe inicial y del balance final (para los
 * estudiantes, de tú) y la página imprimible de la guía docente (para el docente, de usted).
 */
export const teacherGuide: Area<typeof en> = {
  // Las preguntas donde las encuentran los estudiantes (informe inicial, balance final).
  'questions.title': 'Preguntas para pensar mientras juegas',
  'questions.core': 'Preguntas para el debate',
  'questions.extensions': 'Preguntas de profundización (opcionales, para una clase que quiera ir más allá)',
  'questions.extensionLabel': 'Profundización',
  // Enlaces a la guía.
  'teacher.link': 'Guía docente',
  'teacher.linkFor': 'Guía docente: {scenario}',
  'teacher.linkHint': 'Abre en una pestaña nueva un plan de clase imprimible.',
  // La página de la guía.
  'teacher.pageTitle': 'Guía docente: {scenario}',
  'teacher.lead':
    'Una clase de {minutes} minutos basada en el escenario “{scenario}”. Imprima esta página o téngala abierta junto al juego.',
  'teacher.print': 'Imprimir la guía',
  'teacher.back': 'Volver al juego',
  'teacher.none': 'Este escenario todavía no tiene guía docente.',
  'teacher.unknown': 'No hay ningún escenario llamado “{id}”. Elija uno:',
  'teacher.plan': 'Plan de clase ({minutes} minutos)',
  'teacher.planStep': '{minutes} min',
  'teacher.planAt': 'minuto {from}–{to}',
  'teacher.roles': 'Roles y equipos',
  'teacher.playable': 'Bandos jugables: {list}. Los demás actores ({others}) los juega la computadora.',
  'teacher.seating':
    'Organización: un dispositivo por equipo, y cada equipo juega con un bando contra la computadora (todos los equipos pueden usar la misma semilla, para poder comparar los resultados); o dos equipos en un mismo dispositivo, en el modo de dos jugadores, pasándose el dispositivo en la pantalla de relevo.',
  'teacher.watchFor': 'En qué fijarse',
  'teacher.questions': 'Preguntas para el debate y qué contiene una buena respuesta',
  'teacher.extensions': 'Preguntas de profundización',
  'teacher.note': 'Una buena respuesta:',
  'teacher.objectives': 'Objetivos de aprendizaje',
  'teacher.factCheck': 'Ejercicio de verificación de datos',
  'teacher.claim': 'Afirmación',
  'teacher.where': 'Dónde aparece',
  'teacher.answer': 'Lo que muestran los registros',
  'teacher.inPlay': 'Afirmaciones que los estudiantes pueden encontrar al jugar',
  'teacher.inPlayLead':
    'Cada afirmación del juego cuya verificación no es simplemente “confirmado”, con el lugar donde se muestra. Los estudiantes pueden abrir allí sus fuentes, o en la página Fuentes y verificación.',
  'teacher.inPlayNone': 'El escenario no marca ninguna afirmación con otro veredicto que confirmado.',
  'teacher.verdict': 'Veredicto',
  // Dónde se muestra una afirmación en el juego (los lugares de src/present/sourcedEntries.ts).
  'teacher.place.actor': 'El informe inicial del bando y la ficha de Quién es quién',
  'teacher.place.meterNote': 'Las notas de los indicadores (“¿Por qué cambió?”)',
  'teacher.place.department': 'El panel del departamento seleccionado',
  'teacher.place.site': 'El panel del departamento seleccionado (sus sitios)',
  'teacher.place.action': 'Una tarjeta de acción',
  'teacher.place.term': 'Una cláusula de un acuerdo',
  'teacher.place.event': 'Un acontecimiento o una de sus opciones',
  'teacher.place.negotiation': 'La ficha de Quién es quién (cómo negocian los bandos)',
  'teacher.place.objective': 'El panel de objetivos',
  'teacher.place.glossary': 'El glosario',
  'teacher.place.preset': 'La duración de la partida en la pantalla de inicio',
};
