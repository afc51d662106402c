import type { Area } from '../area';
import type { validator as en } from '../en/validator';

/**
 * Lo que el validador de escenarios le dice a quien escribe un escenario (de tú), en la línea de
 * comandos, la compilación y el taller. Cada problema lleva una de estas claves y sus parámetros;
 * `{path}` es el lugar del archivo, por id (`events[tolls].chance`). Las comprobaciones más antiguas
 * todavía traen su texto entero en inglés, como `validator.atPath` (`{text}`) o `validator.plain`.
 * Lo que es contenido literal del archivo (ids, claves, valores, caracteres) va entre comillas rectas.
 */
export const validator: Area<typeof en> = {
  'validator.plain': '{text}',
  'validator.atPath': '{path}: {text}',
  'validator.didYouMean': '¿quisiste decir "{suggestion}"?',
  'validator.unknownKey': '{path}: clave desconocida "{name}"',
  'validator.missingKey': '{path}: falta la clave obligatoria "{name}" (se espera: {expected})',
  'validator.wrongType': '{path}: valor no válido: se esperaba {expected} y se recibió {received}',
  'validator.unknown.actor': '{path}: actor desconocido "{id}"',
  'validator.unknown.power': '{path}: "{id}" no es un actor del tipo "power"',
  'validator.unknown.meter': '{path}: indicador desconocido "{id}" (conocidos: {known})',
  'validator.unknown.department': '{path}: departamento desconocido "{id}" (conocidos: {known})',
  'validator.unknown.action': '{path}: acción desconocida "{id}"',
  'validator.unknown.term': '{path}: cláusula desconocida "{id}"',
  'validator.unknown.event': '{path}: acontecimiento desconocido "{id}"',
  'validator.unknown.site': '{path}: sitio desconocido "{id}"',
  'validator.unknown.gameLength': '{path}: duración de partida desconocida "{id}": usa full o el id de una duración ({known})',
  'validator.unknown.scenarioMeter': '{path}: indicador del escenario desconocido "{id}" (conocidos: {known})',
  'validator.duplicateId':
    '{path}: el id "{id}" ({what}) está repetido (aparece primero en la línea {otherLine}); cada elemento necesita su propio id',
  'validator.duplicateFirst': '{path}: el id "{id}" ({what}) se vuelve a usar en la línea {otherLine}; cada elemento necesita su propio id',
  'validator.yaml.colonInText':
    'YAML: el valor de "{name}" contiene dos puntos seguidos de un espacio, y YAML lee eso como el comienzo de otra clave. Pon todo el valor entre comillas: {name}: "{value}"',
  'validator.yaml.continuedLine':
    'YAML: esta línea tiene sangría bajo un valor, como si lo continuara, y contiene dos puntos. Un valor que ocupa varias líneas necesita comillas, o ">" después de la clave; una clave nueva necesita la misma sangría que las claves que la rodean',
  'validator.yaml.indent':
    'YAML: esta línea no tiene la misma sangría que las líneas que la rodean. Las claves de un mismo mapeo, y los elementos "-" de una misma lista, deben empezar en la misma columna (usa espacios: dos más por cada nivel hacia adentro)',
  'validator.yaml.tab': 'YAML: esta línea tiene sangría con un tabulador, y YAML solo admite espacios. Reemplaza el tabulador por espacios',
  'validator.yaml.unclosedQuote':
    'YAML: una comilla que se abre aquí nunca se cierra. Termina el texto con la misma comilla con la que empieza ({quote})',
  'validator.yaml.quoteInQuote':
    "YAML: el texto cierra sus comillas antes de tiempo, casi siempre por un apóstrofo dentro de comillas simples ('O'Higgins'). Usa comillas dobles (\"O'Higgins\") o escribe el apóstrofo dos veces ('O''Higgins')",
  'validator.yaml.unclosedBracket':
    'YAML: una lista o un mapeo abierto con "{open}" no se cierra con "{close}" (o su línea siguiente no tiene sangría bajo su clave). Ciérralo en la misma entrada, o escríbelo como líneas con sangría',
  'validator.yaml.duplicateKey':
    'YAML: la clave "{name}" aparece dos veces en el mismo mapeo; deja solo una (la segunda reemplazaría a la primera sin avisar)',
  'validator.yaml.reservedStart': 'YAML: un valor sin comillas no puede empezar con "{char}"; pon el valor entre comillas',
  'validator.yaml.unexpected':
    'YAML: esta línea no encaja en la estructura de arriba (¿un elemento de lista entre claves, o una clave entre elementos de lista?). Revisa su sangría y su "-"',
  'validator.yaml.other': 'YAML: {text}',
  'validator.warn.unlistedDocument':
    '{path}: la fuente cita "{doc}", que no figura en documents ni es el id de una referencia externa (references); agrégalo a la lista para que los lectores puedan encontrarlo',
  'validator.warn.termAtBound':
    '{path}: el efecto de una cláusula se multiplica por su cantidad: con la cantidad máxima ({max}) suma {add} × {max} = {total} a {meter}, más que todo su rango ({lo} a {hi}), así que el indicador siempre termina en su límite. Da el efecto por unidad de la cantidad (por ejemplo, add: {perUnit})',
  'validator.warn.neverHoldsMeter': '{path}: esta condición nunca puede cumplirse: {meter} se mantiene entre {lo} y {hi}',
  'validator.warn.neverHoldsTurn': '{path}: esta condición nunca puede cumplirse: el escenario tiene {turns} turnos',
  'validator.warn.flagNeverSet':
    '{path}: ningún efecto ni ninguna duración (preset) activa la marca "{flag}", así que aquí siempre es falsa',
  'validator.warn.flagNeverRead': '{path}: la marca "{flag}" se activa, pero ninguna condición la lee, así que activarla no cambia nada',
  // Traducciones y niveles de lectura (languages, readings)
  'validator.text.missing': '{path}: a este texto le falta {langs}, que el archivo declara (languages, readings); ahí se muestra en inglés',
  'validator.text.noGloss': '{path}: esta cita no tiene glosa en {langs} (gloss: {{langs}: …}), que el archivo declara',
  'validator.text.missingMore': 'a {count} textos más les falta un idioma o una lectura que el archivo declara ({total} en total)',
  'validator.text.badKey': '{path}: "{name}" no es un código de idioma (en, es, qu…) ni una lectura básica (en.basic)',
  'validator.text.unclaimed':
    'algunos textos están escritos en "{code}", que languages no incluye: agrégalo, para que el validador compruebe que cada texto lo tiene',
  'validator.text.unclaimedBasic':
    'algunos textos tienen lectura básica, pero readings no incluye basic: agrégalo, para que el validador compruebe que cada informe inicial, texto de acontecimiento y descripción de acción la tiene',
};
