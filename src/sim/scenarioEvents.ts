import { holds } from './conditions';
import { type Ctx, draw } from './context';
import { applyEffects } from './effects';
import { presetOf } from './gameLength';
import { own } from './own';
import type { EventDef } from './scenarioTypes';
import type { Cause } from './stateTypes';

export function eventCause(ev: EventDef, label = ev.title): Cause {
  return {
    kind: 'event',
    id: ev.id,
    label,
    ...(ev.sources ? { sources: ev.sources } : {}),
    ...(ev.assumption ? { assumption: ev.assumption } : {}),
  };
}

/** May this event fire this turn (before its chance is drawn)? */
export function eligible(ctx: Ctx, ev: EventDef): boolean {
  const { s } = ctx;
  const preset = presetOf(ctx.sc, s.setup);
  if (preset?.events && !preset.events.includes(ev.id)) return false;
  const last = own(s.fired, ev.id);
  if (ev.fromTurn !== undefined && s.turn < ev.fromTurn) return false;
  if (ev.once && last !== undefined) return false;
  if (ev.cooldown !== undefined && last !== undefined && s.turn - last < ev.cooldown) return false;
  if (ev.trigger && !holds(s, ev.trigger)) return false;
  return true;
}

/**
 * Rolls every eligible scenario event in file order. A fired event applies its
 * effects; one with options waits for its chooser's answer.
 * One draw per eligible event, so the sequence depends only on state and scenario.
 */
export function rollEvents(ctx: Ctx): void {
  const { sc } = ctx;
  for (const ev of sc.events ?? []) {
    if (!eligible(ctx, ev)) continue;
    if (draw(ctx) >= ev.chance) continue;
    fireEvent(ctx, ev);
  }
}

/**
 * An event happens now: its effects apply, and one with options waits for its chooser's answer.
 * The turn's roll calls it, and so does a referee's `fireEvent` (a teacher injecting the event).
 */
export function fireEvent(ctx: Ctx, ev: EventDef): void {
  const { s } = ctx;
  s.fired[ev.id] = s.turn;
  applyEffects(ctx, ev.effects, eventCause(ev));
  if (ev.options && ev.options.length > 0 && ev.chooser) {
    const id = s.nextId++;
    s.pending.push({ id, event: ev.id, actor: ev.chooser, turn: s.turn });
    ctx.events.push({ type: 'EventFired', event: ev.id, title: ev.title, choice: id, chooser: ev.chooser });
  } else {
    ctx.events.push({ type: 'EventFired', event: ev.id, title: ev.title });
  }
}
