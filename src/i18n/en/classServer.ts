/**
 * The class server's refusals, as a student or teacher reads them (`classServer.refused.<key>`,
 * the keys of SERVER_REFUSALS in src/net/protocol.ts; tests/server checks every key is here).
 * A placeholder appears only where the server always sends that parameter (a join's refusal
 * carries the key alone).
 */
export const classServer = {
  'classServer.refused.badMessage': 'The server did not understand that request, so nothing was changed.',
  'classServer.refused.tooLarge': 'That request was too large for the server, so nothing was changed.',
  'classServer.refused.rateLimited': 'Too many requests at once: wait a moment and try again.',
  'classServer.refused.notYourSide': 'Your team plays {side}: that move belongs to another team.',
  'classServer.refused.observer': 'You are watching this room, so you cannot make moves in it.',
  'classServer.refused.notTeacher': 'Only the teacher can do that.',
  'classServer.refused.wrongKey': 'That teacher key is not this class’s.',
  'classServer.refused.unknownClass': 'No open class has that code. Check it with your teacher.',
  'classServer.refused.unknownRoom': 'This class has no such room.',
  'classServer.refused.unknownSide': 'No team plays that side in this class.',
  'classServer.refused.roomFull': 'Every seat there is taken. Choose another, or ask your teacher.',
  'classServer.refused.nameTaken': 'That name is already used in this class. Choose another name.',
  'classServer.refused.badName': 'Type a display name of 1 to 30 characters.',
  'classServer.refused.chooseSeat': 'Choose a room and a side to join.',
  'classServer.refused.seatAssigned': 'Your teacher assigns the seats in this class.',
  'classServer.refused.badSetup': 'The class could not be made: check “{field}”.',
  'classServer.refused.unknownScenario': 'The server does not have the scenario {id}.',
  'classServer.refused.unknownPreset': 'The scenario has no game length {id}.',
  'classServer.refused.unknownEvent': 'The scenario has no event {id}.',
  'classServer.refused.paused': 'The teacher has paused the game. Wait until it resumes.',
  'classServer.refused.gameOver': 'The game is over.',
  'classServer.refused.classEnded': 'This class has ended.',
  'classServer.refused.roomBroken': 'This room could not be restored after the server restarted. Ask your teacher.',
  'classServer.refused.serverError': 'The server could not do that just now; nothing was changed. Try again.',
} as const;
