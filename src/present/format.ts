/**
 * Number formats for a language, through `Intl` (no DOM, no Phaser). Formatters are cached per
 * language and number of decimals: making one costs far more than using it.
 */
/** Groups thousands only from five digits ("1234", "12,345"), as Spanish style books ask; TS's lib lacks the value. */
const MIN2 = 'min2' as unknown as boolean;

const cache = new Map<string, Intl.NumberFormat>();

/**
 * Locales that group thousands from four digits, as their readers write them (Bolivia: "1.234,5");
 * the rest group from five.
 */
const GROUP_FROM_FOUR = /^es-BO$/i;

function formatter(lang: string, digits: number): Intl.NumberFormat {
  const k = `${lang}|${digits}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: GROUP_FROM_FOUR.test(lang) ? ('always' as unknown as boolean) : MIN2,
    });
    cache.set(k, f);
  }
  return f;
}

/**
 * Languages whose numbers Intl writes in ASCII digits (Latin numbering by default). A whole number
 * from 0 to 9999 is then just its digits (min2 grouping starts at five), so it needs no formatter:
 * the first `Intl.NumberFormat` a page makes loads the number data (15–45 ms in Chromium here, a
 * long task on a slow laptop), and the start screen's only numbers are such (turns, quarters).
 * tests/unit/format.test.ts checks each against Intl.
 */
export const PLAIN_DIGITS = /^(en|es|fr|de|it|pt|nl|ca|gl|eu|qu|ay|gn)(-|$)/i;

/** `n` with `digits` decimals in `lang`; never "-0.0" (a value that rounds to zero has no sign), "–" when not finite. */
export function formatNumber(lang: string, n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '–';
  if (digits === 0 && Number.isInteger(n) && n >= 0 && n < (GROUP_FROM_FOUR.test(lang) ? 1000 : 10000) && PLAIN_DIGITS.test(lang))
    return String(n);
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
