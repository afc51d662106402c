import type { Area } from '../area';
import type { help as en } from '../en/help';

/** Ayuda: la página «Cómo jugar», la guía de la primera partida y los términos del glosario propios de la interfaz. */
export const help: Area<typeof en> = {
  // Cómo jugar (un diálogo que se abre desde el menú del juego y desde la pantalla de inicio)
  'help.open': 'Cómo jugar',
  'help.title': 'Cómo jugar',
  'help.close': 'Cerrar',
  'help.lead':
    'Una partida dura unos años y avanza trimestre a trimestre. Aquí tienes todo lo que necesitas para tu primera partida; lo demás lo descubrirás jugando.',
  'help.goal.title': 'Tu meta',
  'help.goal.body':
    'Diriges un bando del escenario: en los que trae el juego, Estados Unidos o Bolivia. Tu bando tiene objetivos y cada uno vale puntos (en esos escenarios: más litio, menos coca, un vecino estable, confianza entre los dos gobiernos). Al final de la partida se suman tus puntos; si alcanzas la meta de tu bando, ganas. El panel de objetivos muestra cómo va cada uno en este momento.',
  'help.turn.title': 'Un turno',
  'help.turn.body':
    'Un turno es un trimestre: tres meses. Realizas algunas acciones y luego pulsas Terminar turno. Juegan los actores de la computadora, los proyectos avanzan, la economía se mueve, ocurren acontecimientos y un informe del turno te cuenta qué cambió.',
  'help.budget.title': 'Tu presupuesto',
  'help.budget.body':
    'Arriba en la pantalla tienes dos presupuestos. El capital político es cuánto puedes impulsar en un turno: la mayoría de las acciones cuestan uno o dos puntos. Los fondos son la ayuda y el financiamiento, si juegas con una potencia extranjera, o el margen del presupuesto del Estado, si juegas con el país anfitrión. Ambos se recargan al comienzo de cada turno, y lo que no gastes no pasa al turno siguiente.',
  'help.actions.title': 'Acciones',
  'help.actions.body':
    'Abre una acción para ver cuánto cuesta, qué requiere y qué efecto se espera de ella antes de confirmarla. Toda acción ayuda en algo y cuesta algo. Los proyectos tardan varios turnos en construirse y rinden más adelante; las jugadas de mano dura parecen fuertes, pero suelen volverse en contra.',
  'help.deals.title': 'Acuerdos',
  'help.deals.body':
    'Con Negociar… armas un acuerdo a partir de cláusulas: cada bando aporta algo. Antes de enviarlo ves qué opina cada bando, y puedes preguntar al otro qué pediría a cambio. El otro bando acepta, rechaza explicando por qué o hace una contraoferta. Un acuerdo firmado es una promesa: romperla cuesta confianza durante años.',
  'help.events.title': 'Acontecimientos',
  'help.events.body':
    'Pasan cosas que nadie eligió: elecciones, incendios, subidas y bajadas de precios, protestas. Algunos acontecimientos te piden decidir; cada opción muestra sus efectos antes de que elijas.',
  'help.report.title': 'El informe del turno',
  'help.report.body':
    'Después de cada turno, el informe cuenta qué fue lo que más cambió y por qué, y qué hizo cada actor. Léelo: así aprendes qué funciona.',
  'help.why.title': 'Por qué cambian los números',
  'help.why.body':
    'Cada número de la izquierda puede explicar por qué cambió. Pulsa el ? junto a un indicador para ver cada causa que lo movió: tus acciones, las de los demás, los acontecimientos y los cambios lentos, como los precios que se van estabilizando.',
  'help.sources.title': 'Fuentes y veredictos',
  'help.sources.body':
    'Los escenarios se basan en documentos de política pública, y los documentos pueden equivocarse. Cada dato que usa el juego cita su documento e indica cómo se verificó: confirmado, corregido, en disputa, no verificable o erróneo; la opinión, el consejo o el pronóstico de un documento se marcan como opinión, recomendación o pronóstico, no como confirmados. Los números que son decisiones de diseño lo dicen. Fuentes y verificación, en el menú del juego y en la pantalla de inicio, reúne todas las afirmaciones según dónde aparecen, con todas sus referencias.',
  'help.win.title': 'Cómo se gana',
  'help.win.body':
    'La partida termina después de su último turno, o antes si el país colapsa. La pantalla final muestra tu puntaje frente a la meta, las jugadas que más pesaron y preguntas para debatir. Un bando que cumple todos los objetivos de su partida gana.',
  'help.glossary.title': 'Palabras que usa este juego',
  'help.glossary.lead': 'Las palabras subrayadas en el juego abren estas explicaciones la primera vez que aparecen.',
  'help.glossary.none': 'Empieza o elige un escenario para ver aquí sus palabras.',
  'help.guide': 'Volver a mostrar la guía de la primera partida',
  'help.guideHint': 'Se abre sobre la partida que estás jugando.',

  // La guía de la primera partida
  'guide.label': 'Guía de la primera partida',
  'guide.step': 'Paso {n} de {total}',
  'guide.back': 'Atrás',
  'guide.next': 'Siguiente',
  'guide.done': 'Entendido',
  'guide.skip': 'Saltar la guía',
  'guide.keys': 'Esc salta la guía.',
  'guide.goals.title': 'Tus objetivos',
  'guide.goals.body': 'Aquí están tus objetivos; cada uno vale puntos. Alcanza la meta antes del último turno para ganar.',
  'guide.budget.title': 'Tu presupuesto',
  'guide.budget.body':
    'El capital político y los fondos pagan las acciones. Ambos se recargan al comienzo de cada turno; lo que no gastes no pasa al turno siguiente.',
  'guide.action.title': 'Elige una acción',
  'guide.action.body': 'Abre una acción para ver su costo y su efecto previsto antes de confirmarla.',
  'guide.why.title': 'Mira por qué cambió un número',
  'guide.why.body': 'Pulsa el ? junto a un indicador: verás la lista de todas las causas que lo movieron.',
  'guide.end.title': 'Termina el turno',
  'guide.end.body': 'Cuando hayas hecho lo que querías, termina el turno. Después, un informe te cuenta qué pasó y por qué.',

  // Ventana emergente del glosario
  'glossary.explain': 'Qué significa “{term}”',
  'glossary.close': 'Cerrar',

  // Los términos propios de la interfaz (src/present/glossary.ts los enumera; las formas se separan con "|")
  'glossary.capital.term': 'Capital político',
  'glossary.capital.forms': 'capital',
  'glossary.capital.meaning':
    'Cuánto puede impulsar un gobierno en un turno: buena voluntad, atención, favores. La mayoría de las acciones cuestan uno o dos puntos. Se recarga al comienzo de cada turno.',
  'glossary.dollars.term': 'US$',
  'glossary.dollars.forms': 'US$ M|mil millones',
  'glossary.dollars.meaning':
    'Dólares estadounidenses. “US$ M” significa millones de dólares; “US$ 2 mil millones” son dos mil millones de dólares (en inglés, “2 billion”; en español, un billón es un millón de millones).',
  'glossary.gdp.term': 'PIB',
  'glossary.gdp.forms': 'producto interno bruto',
  'glossary.gdp.meaning': 'Producto interno bruto: el valor de todo lo que un país produce en un año. Cuando crece, la economía crece.',
  'glossary.influence.term': 'Influencia',
  'glossary.influence.forms': '',
  'glossary.influence.meaning':
    'Cuánto pesa la opinión de una potencia extranjera en el país anfitrión, de 0 a 100, en todo el país y en cada departamento. Los acuerdos, la ayuda y la inversión la aumentan; la presión y las promesas rotas la reducen.',
  'glossary.stability.term': 'Estabilidad',
  'glossary.stability.forms': '',
  'glossary.stability.meaning':
    'Qué tan tranquilo y gobernable está el país anfitrión, de 0 (caos) a 100 (calma). Los disturbios, los bloqueos y las crisis la hacen bajar.',
  'glossary.quarter.term': 'Trimestre',
  'glossary.quarter.forms': 'T1|T2|T3|T4',
  'glossary.quarter.meaning':
    'Tres meses; un turno. T1 va de enero a marzo, T2 de abril a junio, T3 de julio a septiembre y T4 de octubre a diciembre.',
  'glossary.heavyHanded.term': 'Mano dura',
  'glossary.heavyHanded.forms': '',
  'glossary.heavyHanded.meaning':
    'Presión abierta, como sanciones o amenazas. Funciona de inmediato, pero genera resentimiento, así que suele volverse en contra más adelante.',
};
