import { language, type MessageKey, t } from '../i18n/messages';
import { type Refusal, textOf } from '../sim';

/** Why the game refused an action, in the reader's language (scenario names in it too, where the file has them). */
export function refusalText(r: Refusal): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.params)) params[k] = typeof v === 'number' ? v : textOf(v, language());
  return t(`refusal.${r.key}` as MessageKey, params);
}
