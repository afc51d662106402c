import { matchMaker } from '@colyseus/core';
import { WORLD_ROOM } from '../net/protocol';

/** A class's room id: deterministic, so any process can find a room, or recreate it from its log. */
export function roomIdOf(code: string, index: number): string {
  return `${code}-${index}`;
}

// Creations under way in this process, so two joins at once do not create a room twice.
const creating = new Map<string, Promise<void>>();

/**
 * Finds a class's room, or creates it (its world rebuilt from the stored log in onCreate). The one
 * place rooms are made: at class creation, at every join (so a room whose process died is made
 * again where the join arrived), and at start for every open class.
 */
export async function ensureRoom(code: string, index: number): Promise<string> {
  const roomId = roomIdOf(code, index);
  const pending = creating.get(roomId);
  if (pending) {
    await pending;
    return roomId;
  }
  const make = (async () => {
    const found = await matchMaker.query({ roomId });
    if (found.length > 0) return;
    await matchMaker.createRoom(WORLD_ROOM, { code, room: index });
  })();
  creating.set(roomId, make);
  try {
    await make;
  } finally {
    creating.delete(roomId);
  }
  return roomId;
}
