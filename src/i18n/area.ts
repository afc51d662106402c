import type { Message } from './message';

/**
 * The shape of one area of a translated catalogue: a message for every key of the English area,
 * and no other key (`export const core: Area<typeof en> = { ... }` in `src/i18n/<lang>/core.ts`),
 * so the compiler lists each missing or stray key where it belongs.
 */
export type Area<T> = { readonly [K in keyof T]: Message };
