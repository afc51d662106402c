/**
 * The ids a scenario text defines, found by reading its lines (not by parsing: it works while
 * the author is typing and the YAML is broken): what completion offers and where "Go to
 * definition" jumps. A definition is the `id:` of an item of a top-level list (actors, meters,
 * departments, sites, actions, terms, events, presets); a flag's is the first effect that sets it.
 */
export type IdKind = 'actor' | 'meter' | 'department' | 'site' | 'action' | 'term' | 'event' | 'preset' | 'flag';

/** Where an id is defined: its kind, and the offsets (in the text) of the id itself. */
export type IdDef = { kind: IdKind; id: string; from: number; to: number; line: number };

const SECTIONS: Record<string, IdKind> = {
  actors: 'actor',
  meters: 'meter',
  departments: 'department',
  sites: 'site',
  actions: 'action',
  terms: 'term',
  events: 'event',
  presets: 'preset',
};

/** Meters every scenario has without listing them (the engine's own). */
export const BUILT_IN_METERS = ['gdp', 'growth', 'stability'] as const;

const ID_VALUE = /^['"]?([A-Za-z0-9_.-]+)['"]?/;

export function indexIds(text: string): IdDef[] {
  const out: IdDef[] = [];
  const flags: { def: IdDef; sets: boolean }[] = [];
  let section: IdKind | null = null;
  // The column of the section's list dashes (its items); deeper dashes are nested lists (event options…).
  let dash = -1;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const top = /^([A-Za-z_$][\w$-]*)\s*:/.exec(line);
    if (top) {
      section = SECTIONS[top[1] ?? ''] ?? null;
      dash = -1;
    }
    // Flags: an effect `- { flag: NAME }` sets one (its definition); a condition `{ flag: NAME }` reads it.
    for (const m of line.matchAll(/(?:^|[\s{,-])flag:\s*/g)) {
      const at = (m.index ?? 0) + m[0].length;
      const v = ID_VALUE.exec(line.slice(at));
      if (!v?.[1] || line.trimStart().startsWith('#')) continue;
      const from = start + at + (v[0].startsWith("'") || v[0].startsWith('"') ? 1 : 0);
      const sets = /^\s*-\s*(\{\s*)?$/.test(line.slice(0, m.index ?? 0) + (m[0].startsWith('{') ? '{' : ''));
      flags.push({ def: { kind: 'flag', id: v[1], from, to: from + v[1].length, line: i + 1 }, sets });
    }
    if (section === null || top) return;
    const item = /^(\s*)-\s+(\{\s*)?/.exec(line);
    let idAt = -1;
    if (item) {
      const col = item[1]?.length ?? 0;
      if (dash < 0) dash = col;
      if (col !== dash) return;
      const rest = line.slice(item[0].length);
      if (rest.startsWith('id:')) idAt = item[0].length + 3;
      else if (item[2]) {
        // A flow mapping with its id further on: `- { name: X, id: y }`.
        const m = /[{,]\s*id:\s*/.exec(line.slice(item[0].length - 1));
        if (m) idAt = item[0].length - 1 + (m.index ?? 0) + m[0].length;
      }
    } else if (dash >= 0) {
      // `id:` on its own line, at the item's key column.
      const m = /^(\s*)id:\s*/.exec(line);
      if (m && (m[1]?.length ?? 0) === dash + 2) idAt = m[0].length;
    }
    if (idAt < 0) return;
    const tail = line.slice(idAt).replace(/^\s+/, '');
    const skip = line.length - idAt - tail.length;
    const v = ID_VALUE.exec(tail);
    if (!v?.[1]) return;
    const from = start + idAt + skip + (v[0].startsWith("'") || v[0].startsWith('"') ? 1 : 0);
    out.push({ kind: section, id: v[1], from, to: from + v[1].length, line: i + 1 });
  });
  // Each flag once: where an effect first sets it, else where it is first read.
  for (const f of flags) {
    if (out.some((d) => d.kind === 'flag' && d.id === f.def.id)) continue;
    out.push((flags.find((g) => g.sets && g.def.id === f.def.id) ?? f).def);
  }
  return out;
}

/**
 * The definition an id refers to, preferring the kind its key expects (`actor: us` → the actor).
 * A meter path such as `influence.us` or `budget.money` falls back to its last part.
 */
export function findDefinition(defs: readonly IdDef[], word: string, kind?: IdKind): IdDef | undefined {
  const exact = defs.filter((d) => d.id === word);
  const hit = exact.find((d) => d.kind === kind) ?? exact.find((d) => d.kind !== 'flag') ?? exact[0];
  if (hit || !word.includes('.')) return hit;
  return findDefinition(defs, word.slice(word.lastIndexOf('.') + 1), kind);
}

/** The kind of id a key takes as its value (for completion and definition), when it takes one. */
export function kindForKey(key: string): IdKind | undefined {
  return KEY_KINDS[key];
}

const KEY_KINDS: Record<string, IdKind> = {
  actor: 'actor',
  giver: 'actor',
  chooser: 'actor',
  leads: 'actor',
  between: 'actor',
  turnOrder: 'actor',
  meter: 'meter',
  from: 'meter',
  department: 'department',
  allowed: 'site',
  site: 'site',
  term: 'term',
  unwind: 'term',
  event: 'event',
  events: 'event',
  project: 'action',
  action: 'action',
  flag: 'flag',
  games: 'preset',
};

/** The ids defined in the text, by kind, in order and once each (completion lists them so). */
export function idsByKind(defs: readonly IdDef[]): Record<IdKind, string[]> {
  const out: Record<IdKind, string[]> = {
    actor: [],
    meter: [],
    department: [],
    site: [],
    action: [],
    term: [],
    event: [],
    preset: [],
    flag: [],
  };
  for (const d of defs) if (!out[d.kind].includes(d.id)) out[d.kind].push(d.id);
  return out;
}
