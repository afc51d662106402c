/**
 * Number formats for a language, through `Intl` (no DOM, no Phaser). Formatters are cached per
 * language and number of decimals: making one costs far more than using it.
 */
/** Groups thousands only from five digits ("1234", "12,345"), as Spanish style books ask; TS's lib lacks the value. */
const MIN2 = 'min2' as unknown as boolean;

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, digits: number): Intl.NumberFormat {
  const k = `${lang}|${digits}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: MIN2 });
    cache.set(k, f);
  }
  return f;
}

/** `n` with `digits` decimals in `lang`; never "-0.0" (a value that rounds to zero has no sign), "–" when not finite. */
export function formatNumber(lang: string, n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '–';
  const f = formatter(lang, digits);
  const rounded = Number(n.toFixed(digits));
  return f.format(rounded === 0 ? 0 : rounded);
}

/** `n` with its sign always shown: "+1.5", "−1.5" (a true minus), "±0.0". */
export function formatSigned(lang: string, n: number, digits = 1): string {
  const s = formatNumber(lang, Math.abs(n), digits);
  const rounded = Number(n.toFixed(digits));
  return rounded > 0 ? `+${s}` : rounded < 0 ? `−${s}` : `±${s}`;
}

const plurals = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `lang` ("one", "other"...). */
export function pluralOf(lang: string, n: number): Intl.LDMLPluralRule {
  let p = plurals.get(lang);
  if (!p) {
    p = new Intl.PluralRules(lang);
    plurals.set(lang, p);
  }
  return p.select(n);
}
