import { en, type Message, type MessageKey } from './catalogue';

export { type Catalogue, en, LANGUAGES, type Message, type MessageKey } from './catalogue';

/**
 * English only, for code not yet given a `Words` (being replaced by `Words.t` from the store's
 * language; see src/present/words.ts).
 * @deprecated use `wordsOf(store.getState()).t`.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const raw: Message = en[key];
  const n = typeof raw === 'string' ? undefined : params[raw.count ?? 'count'];
  const tpl =
    typeof raw === 'string' ? raw : ((typeof n === 'number' ? raw[new Intl.PluralRules('en').select(n)] : undefined) ?? raw.other);
  return tpl.replace(/\{(\w+)\}/g, (_: string, k: string) => (params[k] !== undefined ? String(params[k]) : `{${k}}`));
}

/** @deprecated the language lives in the store now. */
export function language(): string {
  return 'en';
}
