/** Strings for the screen itself: the panels' collapse toggles, the End turn shortcut, and importing over a game in progress. */
export const screen = {
  'screen.hideMeters': 'Hide meters',
  'screen.showMeters': 'Show meters',
  'screen.hideSide': 'Hide actions',
  'screen.showSide': 'Show actions',
  'screen.endTurnShortcut': 'Shortcut: {key}',
  'screen.importTitle': 'Replace the game in progress?',
  'screen.importLead':
    'Importing this save file ends the game you are playing ({current}, turn {turn}) and puts the saved one in its place ({scenario}, turn {savedTurn}). The game in progress is only kept if you exported it.',
  'screen.importConfirm': 'Replace it with the save',
  'screen.importCancel': 'Keep playing this game',
  'screen.importCancelled': 'Nothing was imported: your game goes on as it was.',
} as const;
