/** Strings for saves: autosave, export, import and their errors. */
export const saves = {
  'saves.title': 'Saved games',
  'saves.startHeading': 'Continue a saved game',
  'saves.help':
    'The game saves itself after every move in this browser. To carry it to another machine, export a save file and import it there.',
  'saves.export': 'Export save file',
  'saves.importLabel': 'Choose a save file (.json) to import',
  'saves.exported': 'Save file {name} downloaded.',
  'saves.imported': 'Save file loaded: {scenario}, turn {turn}. It was replayed and verified.',
  'saves.resumed': 'Your saved game was resumed (turn {turn}).',
  'saves.importedOlder':
    'Save file loaded: {scenario}, turn {turn}. It was made by an older version of the game, so it was checked by replaying every move.',
  'saves.resumedOlder':
    'Your saved game was resumed (turn {turn}). It was made by an older version of the game and was checked by replaying it.',
  'saves.refused': 'This save file was refused, and your current game is unchanged. {reason}',
  'saves.autosaveIgnored': 'The saved game in this browser could not be resumed and was set aside. {reason}',
  'saves.noGame': 'There is no game to export yet.',
  'saves.readFailed': 'The file could not be read.',
  'saves.error.tooLarge': 'The file is too large to be a save file (the limit is {max} MB).',
  'saves.error.tooDeep': 'The file is not a save file: it nests data far deeper than any save does.',
  'saves.error.notJson': 'The file is not a save file: it is not valid JSON.',
  'saves.error.notSave': 'The file is not an Altiplano save file.',
  'saves.error.newerVersion': 'The save was made by a newer version of the game (save format {version}).',
  'saves.error.badField': 'The save file is damaged: the field "{field}" is missing or wrong.',
  'saves.error.unknownScenario': 'The save is for a scenario this version of the game does not have ("{id}").',
  'saves.error.scenarioChanged': 'The scenario "{id}" has changed since this game was saved, so it cannot be replayed faithfully.',
  'saves.error.badSetup': 'The save file is damaged: its setup (sides and controllers) does not fit the scenario.',
  'saves.error.actionRefused': 'The save does not replay: move {n} was refused ({reason}).',
  'saves.error.malformedAction': 'not a move this game understands',
  'saves.error.turnHashMismatch': 'The save does not replay to the same game: the check at the end of turn {turn} failed.',
  'saves.error.finalHashMismatch': 'The save does not replay to the same game: the final check failed.',
} as const;
