/**
 * Class play in the browser: joining a class, the class line, the team's messages, and the
 * teacher's console (the server's own refusals are in classServer.ts).
 */
export const classroom = {
  // The remote session's problems with the link and the sync.
  'classroom.replayRefused': 'The class game could not be rebuilt here: move {move} was refused ({reason}).',
  'classroom.hashMismatch': 'This device and the class server disagree about turn {turn}. Getting the server’s game again…',
  'classroom.outOfStep': 'This device missed a move (it has {have} moves, the server sent move {got}). Getting the server’s game again…',
  'classroom.stepRefused': 'A move from the class server could not be played here ({reason}). Getting the server’s game again…',
  'classroom.resynced': 'This device now has the class server’s game again.',
  'classroom.connection.reconnecting': 'The connection to the class server was lost. Trying to rejoin your seat…',
  'classroom.connection.lost': 'The connection to the class server is lost. Reload the page to rejoin your seat.',
  'classroom.refused.offline': 'Not connected to the class server: your move was not sent. Wait for the connection to come back.',
  'classroom.refused.resynced':
    'Your move may not have reached the class server before the game was fetched again: check and play it again if needed.',
  'classroom.refused.left': 'You have left the class game.',
} as const;
