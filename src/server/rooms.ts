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
    // Across processes (Redis) one creator at a time per room: the others wait for its listing.
    const lock = `altiplano:creating:${roomId}`;
    for (let tries = 0; ; tries++) {
      const [found] = await matchMaker.query({ roomId });
      if (found && (await processAlive(found.processId))) return;
      if ((await matchMaker.presence.incr(lock)) === 1 || tries >= 100) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    try {
      await matchMaker.presence.expire(lock, 30); // a creator that dies frees it
      const [found] = await matchMaker.query({ roomId });
      if (found && (await processAlive(found.processId))) return;
      if (found) await forgetProcess(found.processId);
      // Made here, in the process the request reached, never sent to another: a create request
      // sent over IPC to a busy process times out, Colyseus then makes the room here too, and the
      // late one made there is a second room of the same id (its seats "expire" on the wrong one).
      await matchMaker.handleCreateRoom(WORLD_ROOM, { code, room: index });
    } finally {
      await matchMaker.presence.del(lock);
    }
  })();
  creating.set(roomId, make);
  try {
    await make;
  } finally {
    creating.delete(roomId);
  }
  return roomId;
}

/**
 * Whether the process listed as hosting a room is alive (scale-out: the room list is shared in
 * Redis and outlives a process that was killed). A live process holds its pub/sub channel
 * (`p:ID`); a dead one's vanished with its connection, so this answers at once, where Colyseus'
 * own health check would wait for a timeout (and a join would fail meanwhile).
 */
async function processAlive(processId: string): Promise<boolean> {
  if (processId === matchMaker.processId) return true;
  const channels = matchMaker.presence.channels;
  // A presence that cannot list channels: trust the listing (Colyseus health-checks on a failed reservation).
  if (!channels) return true;
  return (await channels.call(matchMaker.presence, `p:${processId}`)).length > 0;
}

/** Drops a dead process from the shared room list and from room placement, so its rooms are made again here. */
async function forgetProcess(processId: string): Promise<void> {
  await matchMaker.stats.excludeProcess(processId);
  await matchMaker.driver.cleanup?.(processId);
}
