import { type ClientMessage, MAX_MESSAGE_BYTES, MAX_MESSAGE_DEPTH, parseClientMessage, type ServerRefusal } from '../net/protocol';
import { withinDepth } from '../sim';

/**
 * The first check on anything a client sends: depth, then size, then the protocol's schema.
 * Never throws, whatever `type` and `payload` are (tests/server fuzz it).
 */
export function guardMessage(
  type: unknown,
  payload: unknown,
): { ok: true; message: ClientMessage } | { ok: false; refusal: ServerRefusal } {
  if (!withinDepth(payload, MAX_MESSAGE_DEPTH)) return { ok: false, refusal: { key: 'tooLarge' } };
  let size: number;
  try {
    size = payload === undefined ? 0 : (JSON.stringify(payload)?.length ?? 0);
  } catch {
    // BigInts and the like: not a message of this protocol.
    return { ok: false, refusal: { key: 'badMessage', params: { field: 'payload' } } };
  }
  if (size > MAX_MESSAGE_BYTES) return { ok: false, refusal: { key: 'tooLarge' } };
  const r = parseClientMessage(type, payload);
  return r.ok ? r : { ok: false, refusal: { key: 'badMessage', params: { field: r.field } } };
}
