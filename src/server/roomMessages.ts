import { type Member, PROTOCOL_VERSION, type RoomControl, type Welcome } from '../net/protocol';
import { serverContext } from './context';
import type { World } from './world';

// What a class room tells its clients about itself, built from its world: the room's state of
// play (paused, deadline, ended) and the welcome a connection gets when it takes its seat.

/** Who a connection is: the class's teacher, or a student in a seat. */
export type Seat = { role: 'teacher' } | { role: 'student'; name: string; side: string };

/** The room's control state, as every client shows it (the countdown is read against `serverNow`). */
export function controlOf(world: World, deadlineAt: number | null, broken: boolean): RoomControl {
  const v = world.view();
  return {
    paused: v.paused,
    deadlineAt,
    deadlineSeconds: v.deadlineSeconds,
    serverNow: serverContext().now(),
    ended: v.ended,
    broken,
  };
}

/** The welcome of a connection taking its seat: the whole game so far, and what this seat may see of the messages. */
export function welcomeOf(
  world: World,
  seat: Seat,
  where: { code: string; room: number; roomId: string },
  members: Member[],
  control: RoomControl,
): Welcome {
  const v = world.view();
  return {
    protocol: PROTOCOL_VERSION,
    code: where.code,
    room: where.room,
    roomId: where.roomId,
    scenarioId: world.entry.id,
    scenarioHash: world.entry.hash,
    setup: world.setup,
    teams: [...world.teams],
    reading: world.reading,
    log: [...v.log],
    turnHashes: [...v.turnHashes],
    moves: [...v.moves],
    seat: seat.role === 'teacher' ? { role: 'teacher' } : { role: 'student', side: seat.side, name: seat.name },
    members,
    control,
    news: [...v.news],
    messages: world.messagesFor(seat.role === 'teacher' ? null : seat.side),
  };
}
