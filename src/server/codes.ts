import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_LENGTH, CODE_LETTERS } from '../net/protocol';

/** A class code: CODE_LENGTH letters a student can read off a board and type without confusing any two. */
export function newClassCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  return code;
}

/** A class code as typed: upper case, spaces and dashes dropped. */
export function normalCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

/** The teacher's key: 128 random bits, URL-safe. */
export function newTeacherKey(): string {
  return randomBytes(16).toString('base64url');
}

export function keyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Does `key` hash to `hash`? In constant time, so the comparison leaks nothing about the key. */
export function keyMatches(key: string, hash: string): boolean {
  const a = Buffer.from(keyHash(key), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
