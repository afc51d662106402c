import { catalogueOf, DEFAULT_LANGUAGE, en, knownLanguage, LANGUAGES, type Message, type MessageKey } from '../i18n/catalogue';
import {
  influencePower,
  isAmount,
  isRef,
  type Reading,
  type Refusal,
  type Said,
  type SaidParam,
  type SaidRef,
  type Scenario,
  type TermDef,
  type Text,
  textLang,
  textOf,
} from '../sim';
import { formatNumber, formatSigned, pluralOf } from './format';

export type Params = Readonly<Record<string, string | number>>;

/**
 * Everything the interface needs to put words on screen in one language: catalogue messages,
 * scenario text, numbers, dates, the names of the scenario's things, and whatever the sim said
 * (`Said`) or refused (`Refusal`). Views get one from the store's language (`wordsOf`), never
 * from a global, so a change of language re-renders everything with it, and two boards on one
 * page could even speak two languages.
 */
export type Words = {
  readonly lang: string;
  /** How plainly scenario texts read: their main (advanced) text, or their basic reading where they have one. */
  readonly reading: Reading;
  /** A catalogue message with its placeholders filled (numbers formatted for the language). */
  t(key: MessageKey, params?: Params): string;
  /** A scenario text in this language (English where the file has no such language). */
  text(x: Text | undefined): string;
  /** The language `text` shows this text in (the words' own, or English where the file lacks it), for `lang` attributes. */
  textLang(x: Text | undefined): string;
  num(n: number, digits?: number): string;
  signed(n: number, digits?: number): string;
  /** A turn's calendar date, as the language writes a quarter. */
  quarter(year: number, quarter: number): string;
  /** Names of the scenario's things by id (the id itself when the scenario has no such thing). */
  actor(id: string | undefined): string;
  /** The host country's name (the scenario's actor of kind host), for sentences about the country the game is played in. */
  host(): string;
  /** An actor's name as a possessive ("Bolivia's", "United States'"): the scenario's form, or the language's rule. */
  possessive(id: string | undefined): string;
  department(id: string | undefined): string;
  term(id: string | undefined): string;
  action(id: string | undefined): string;
  event(id: string | undefined): string;
  meter(id: string | undefined): string;
  /** A target as a player reads it: a department's name, or a site's with its department. */
  target(id: string | undefined): string;
  objective(actor: string, id: string): string;
  /** A term's amount with its unit ("25 kt", "4%"). */
  amount(def: TermDef | undefined, amount: number): string;
  /** What the sim said, worded. */
  say(s: Said | readonly Said[] | undefined): string;
  /** Why the sim refused an action, worded. */
  refusal(r: Refusal): string;
};

/** True when a catalogue has this key (a `Said` from the sim names its key as a plain string). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

function pick(lang: string, m: Message, params: Params): string {
  if (typeof m === 'string') return m;
  const n = params[m.count ?? 'count'];
  const cat = typeof n === 'number' ? pluralOf(lang, n) : 'other';
  return m[cat] ?? m.other;
}

const PLACEHOLDER = /\{(\w+)(?::(?:(signed)?(\d)|(lower)|(poss)))?\}/g;

/**
 * Fills `{name}`, `{name:1}`, `{name:signed1}`, `{name:lower}` (a name in lower case, as a
 * common noun mid-sentence) and `{name:poss}` (a name's possessive: "Bolivia's", "United States'")
 * from params; unknown names stay visible as `{name}`.
 */
function fill(lang: string, template: string, params: Params, poss: (name: string) => string = (x) => x): string {
  return template.replace(
    PLACEHOLDER,
    (whole, k: string, sign: string | undefined, digits: string | undefined, lower: string | undefined, possessive: string | undefined) => {
      const v = params[k];
      if (v === undefined) return whole;
      if (typeof v === 'string') return lower ? v.toLocaleLowerCase(lang) : possessive ? poss(v) : v;
      if (digits === undefined) return Number.isInteger(v) ? formatNumber(lang, v, 0) : formatNumber(lang, v, 1);
      return sign ? formatSigned(lang, v, Number(digits)) : formatNumber(lang, v, Number(digits));
    },
  );
}

function named(list: readonly { id: string; name: Text }[] | undefined, id: string | undefined, text: (x: Text) => string): string {
  if (id === undefined) return '';
  const hit = list?.find((x) => x.id === id);
  return hit ? text(hit.name) || id : id;
}

/**
 * What words read of a scenario: its actors' names, and the names of whatever else it has. The
 * full scenario fits, and so does its face on the start screen (actors only, before it is loaded).
 */
export type WordsScenario = {
  actors: readonly (Pick<Scenario['actors'][number], 'id' | 'name' | 'possessive'> & Partial<Pick<Scenario['actors'][number], 'kind'>>)[];
} & Partial<Pick<Scenario, 'departments' | 'terms' | 'actions' | 'events' | 'sites' | 'objectives' | 'meters'>>;

function build(lang: string, sc: WordsScenario | null, reading: Reading): Words {
  const catalogue = catalogueOf(lang) ?? en;
  // Numbers, plurals and case follow the language's locale (Spanish: Bolivia's es-BO).
  const loc = LANGUAGES[lang]?.locale ?? lang;
  const msg = (key: MessageKey): Message => catalogue[key] ?? en[key];
  // A name's possessive: the scenario's own form for an actor it names, else the language's rule.
  const poss = (name: string): string => {
    const actor = sc?.actors.find((a) => textOf(a.name, lang) === name);
    if (actor?.possessive) return textOf(actor.possessive, lang);
    const rule = msg(/s$/i.test(name) ? 'name.possessiveS' : 'name.possessive');
    return fill(loc, typeof rule === 'string' ? rule : rule.other, { name });
  };
  const w: Words = {
    lang,
    reading,
    // A filled name that ends a question ("Who supplies the vaccines?") takes no second stop.
    t: (key, params = {}) => fill(loc, pick(loc, msg(key), params), params, poss).replace(/([?!])\.(?=\s|$)/g, '$1'),
    text: (x) => textOf(x, lang, reading),
    textLang: (x) => textLang(x, lang),
    num: (n, digits = 1) => formatNumber(loc, n, digits),
    signed: (n, digits = 1) => formatSigned(loc, n, digits),
    quarter: (year, quarter) => w.t('date.quarter', { year: String(year), quarter }),
    actor: (id) => named(sc?.actors, id, w.text),
    host: () => {
      const host = sc?.actors.find((a) => a.kind === 'host');
      return host ? w.text(host.name) : w.t('name.hostUnknown');
    },
    possessive: (id) => (id === undefined ? '' : poss(w.actor(id))),
    department: (id) => named(sc?.departments, id, w.text),
    term: (id) => named(sc?.terms, id, w.text),
    action: (id) => named(sc?.actions, id, w.text),
    event: (id) => (id === undefined ? '' : w.text(sc?.events?.find((e) => e.id === id)?.title) || id),
    meter: (id) => meterName(w, sc, id),
    target: (id) => {
      const site = sc?.sites?.find((x) => x.id === id);
      if (!site) return w.department(id);
      return site.department
        ? w.t('name.siteIn', { site: w.text(site.name), department: w.department(site.department) })
        : w.text(site.name);
    },
    objective: (actor, id) => w.text(sc?.objectives?.find((x) => x.actor === actor)?.items.find((i) => i.id === id)?.text) || id,
    amount: (def, amount) => {
      if (!def?.amount) return '';
      const unit = w.text(def.amount.unit);
      // Two decimals at most, without a trailing zero (2.5, not 2.50); never strip a whole number's zero.
      const n = Number.isInteger(amount) ? formatNumber(loc, amount, 0) : formatNumber(loc, amount, 2).replace(/([.,]\d)0$/, '$1');
      return unit === '%' ? w.t('amount.percent', { n }) : unit ? w.t('amount.unit', { n, unit }) : n;
    },
    say: (s) => {
      if (s === undefined) return '';
      if (isSaidList(s))
        return s
          .map((x) => w.say(x))
          .filter((x) => x !== '')
          .join(' ');
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(s.params ?? {})) params[k] = param(w, v, sc);
      return isMessageKey(s.key) ? w.t(s.key, params) : s.key;
    },
    refusal: (r) => {
      const params: Record<string, string | number> = {};
      // A scenario name travels as Text, a word of the interface (a kind of target, a deal's status) as a nested Said.
      for (const [k, v] of Object.entries(r.params)) params[k] = param(w, v, sc);
      // The class server's and the remote session's refusals carry a message key of their own (`classServer.refused.paused`).
      const key = r.key.includes('.') ? r.key : `refusal.${r.key}`;
      return isMessageKey(key) ? w.t(key, params) : r.key;
    },
  };
  return w;
}

function isSaidList(s: Said | readonly Said[]): s is readonly Said[] {
  return Array.isArray(s);
}

function param(w: Words, v: SaidParam, sc: WordsScenario | null): string | number {
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (isRef(v)) return refName(w, v);
  if (isAmount(v))
    return w.amount(
      sc?.terms?.find((t) => t.id === v.term),
      v.amount,
    );
  if ('said' in v && Array.isArray(v.said)) return w.say(v.said);
  return w.text(v as Text);
}

function refName(w: Words, r: SaidRef): string {
  switch (r.ref) {
    case 'actor':
      return w.actor(r.id);
    case 'term':
      return w.term(r.id);
    case 'action':
      return w.action(r.id);
    case 'department':
      return w.department(r.id);
    case 'target':
      return w.target(r.id);
    case 'event':
      return w.event(r.id);
    case 'meter':
      return w.meter(r.id);
    case 'objective':
      return r.id;
  }
}

function meterName(w: Words, sc: WordsScenario | null, id: string | undefined): string {
  if (id === undefined) return '';
  if (id === 'gdp' || id === 'growth' || id === 'stability') return w.t(`meter.${id}`);
  const power = influencePower(id);
  if (power !== null) return w.t('meter.influence', { actor: w.actor(power) });
  const def = sc?.meters?.find((m) => m.id === id);
  return def ? w.text(def.name) || id : id;
}

const cache = new Map<string, WeakMap<object, Words>>();
const NO_SCENARIO = {};

/** The words for a language, a scenario and a reading (cached: the same three give the same object). */
export function words(lang: string, sc: WordsScenario | null = null, reading: Reading = 'advanced'): Words {
  // A language whose catalogue has not loaded yet speaks the default until it has (loadLanguage).
  const code = catalogueOf(knownLanguage(lang)) ? knownLanguage(lang) : DEFAULT_LANGUAGE;
  const k = `${code}|${reading}`;
  let byScenario = cache.get(k);
  if (!byScenario) {
    byScenario = new WeakMap();
    cache.set(k, byScenario);
  }
  const key = sc ?? NO_SCENARIO;
  let w = byScenario.get(key);
  if (!w) {
    w = build(code, sc, reading);
    byScenario.set(key, w);
  }
  return w;
}

/** The words for what a store holds now: its language, its reading level and its scenario. */
export function wordsOf(s: {
  readonly lang: string;
  readonly reading?: Reading;
  readonly entry: { readonly scenario: Scenario } | null;
}): Words {
  return words(s.lang, s.entry?.scenario ?? null, s.reading ?? 'advanced');
}

/** English words, for the command line, logs and tests. */
export function englishWords(sc: Scenario | null = null): Words {
  return words(DEFAULT_LANGUAGE, sc);
}
