/**
 * What the scenario validator says to an author (the command line, the build and the workshop).
 * Each problem carries one of these keys and its parameters; `{path}` is where in the file, by id
 * (`events[tolls].chance`). Older checks still carry their English whole, as `validator.atPath` (`{text}`) or `validator.plain`.
 */
export const validator = {
  'validator.plain': '{text}',
  'validator.atPath': '{path}: {text}',
  'validator.didYouMean': 'did you mean "{suggestion}"?',
  'validator.unknownKey': '{path}: unknown key "{name}"',
  'validator.missingKey': '{path}: the required key "{name}" is missing (expected: {expected})',
  'validator.wrongType': '{path}: Invalid input: expected {expected}, received {received}',
  'validator.unknown.actor': '{path}: unknown actor "{id}"',
  'validator.unknown.power': '{path}: "{id}" is not an actor of kind "power"',
  'validator.unknown.meter': '{path}: unknown meter "{id}" (known: {known})',
  'validator.unknown.department': '{path}: unknown department "{id}" (known: {known})',
  'validator.unknown.action': '{path}: unknown action "{id}"',
  'validator.unknown.term': '{path}: unknown term "{id}"',
  'validator.unknown.event': '{path}: unknown event "{id}"',
  'validator.unknown.site': '{path}: unknown site "{id}"',
  'validator.unknown.gameLength': '{path}: unknown game length "{id}": use full or a preset id ({known})',
  'validator.unknown.scenarioMeter': '{path}: unknown scenario meter "{id}" (known: {known})',
  'validator.duplicateId': '{path}: duplicate {what} id "{id}" (first given at line {otherLine}); every {what} needs its own id',
  'validator.duplicateFirst': '{path}: {what} id "{id}" is given again at line {otherLine}; every {what} needs its own id',
  'validator.yaml.colonInText':
    'YAML: the value of "{name}" contains a colon followed by a space, which YAML reads as the start of another key. Put the whole value in quotes: {name}: "{value}"',
  'validator.yaml.continuedLine':
    'YAML: this line is indented under a value as if it continued it, and holds a colon. A value that goes on over several lines needs quotes, or ">" after the key; a new key needs the same indentation as the keys beside it',
  'validator.yaml.indent':
    'YAML: this line is not indented like the lines beside it. The keys of one mapping, and the "-" items of one list, must start in the same column (use spaces: two more for each level in)',
  'validator.yaml.tab': 'YAML: a tab is used to indent this line; YAML allows only spaces. Replace the tab with spaces',
  'validator.yaml.unclosedQuote':
    'YAML: a quote opened here is never closed. End the text with the same quote mark it starts with ({quote})',
  'validator.yaml.quoteInQuote':
    "YAML: the text ends its quotes early, usually at an apostrophe inside single quotes ('it's'). Use double quotes around it (\"it's\"), or write the apostrophe twice ('it''s')",
  'validator.yaml.unclosedBracket':
    'YAML: a list or mapping opened with "{open}" is not closed with "{close}" (or its next line is not indented under its key). Close it on the same entry, or write it as indented lines instead',
  'validator.yaml.duplicateKey':
    'YAML: the key "{name}" appears twice in the same mapping; keep one (the second would silently replace the first)',
  'validator.yaml.reservedStart': 'YAML: a plain value cannot start with "{char}"; put the value in quotes',
  'validator.yaml.unexpected':
    'YAML: this line does not fit the structure above it (a list item among keys, or a key among list items?). Check its indentation and its "-"',
  'validator.yaml.other': 'YAML: {text}',
  'validator.warn.unlistedDocument':
    '{path}: the source cites "{doc}", which is neither listed under documents nor an outside reference id (references); list it so readers can find it',
  'validator.warn.termAtBound':
    "{path}: a term's effect is multiplied by its amount: at the largest amount ({max}) this adds {add} × {max} = {total} to {meter}, more than its whole range ({lo} to {hi}), so the meter always ends at its bound. Give the effect per unit of the amount (for example add: {perUnit})",
  'validator.warn.neverHoldsMeter': '{path}: this condition can never hold: {meter} stays within {lo} to {hi}',
  'validator.warn.neverHoldsTurn': '{path}: this condition can never hold: the scenario has {turns} turns',
  'validator.warn.flagNeverSet': '{path}: flag "{flag}" is never set by any effect or preset, so it is always false here',
  'validator.warn.flagNeverRead': '{path}: flag "{flag}" is set but no condition reads it, so setting it changes nothing',
  // Translations and reading levels (languages, readings)
  'validator.text.missing': '{path}: this text lacks {langs}, which the file claims (languages, readings); it shows in English there',
  'validator.text.noGloss': '{path}: this quote has no gloss in {langs} (gloss: {{langs}: …}), which the file claims',
  'validator.text.missingMore': '{count} more texts lack a language or reading the file claims ({total} in all)',
  'validator.text.badKey': '{path}: "{name}" is not a language code (en, es, qu…) nor a basic reading (en.basic)',
  'validator.text.unclaimed':
    'some texts are written in "{code}", which languages does not list: add it, so the validator checks that every text has it',
  'validator.text.unclaimedBasic':
    'some texts have a basic reading, but readings does not list basic: add it, so the validator checks that every briefing, event text and action description has one',
} as const;
