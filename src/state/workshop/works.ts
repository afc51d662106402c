import type { Scenario } from '../../sim';

/**
 * An author's scenario kept in this browser: the YAML text as typed, and the scenario it last
 * validated to (what Play and Play-test start; the game page needs no YAML parser or validator).
 */
export type Work = {
  id: string;
  /** The scenario's title as the text gives it, or the file's name. */
  name: string;
  text: string;
  /** When it was last saved (ms since 1970): the list shows the last edited first. */
  updated: number;
  /** The scenario the text validated to, with its hash; absent while the text has problems. */
  valid?: { scenario: Scenario; hash: string };
};

/** Where works are kept: IndexedDB in the browser (idbWorks.ts), a Map in tests. */
export type WorkBackend = {
  all(): Promise<Work[]>;
  get(id: string): Promise<Work | undefined>;
  put(work: Work): Promise<void>;
  remove(id: string): Promise<void>;
};

export type WorkStore = {
  /** Every work, the last edited first. */
  list(): Promise<Work[]>;
  get(id: string): Promise<Work | undefined>;
  /** A new work from a text (a file, the template, a copy of a shipped scenario). */
  create(text: string, fallbackName: string): Promise<Work>;
  /** Saves a new text (and what it validated to, or nothing when it has problems); undefined when there is no such work. */
  save(id: string, text: string, valid: Work['valid'] | null): Promise<Work | undefined>;
  remove(id: string): Promise<void>;
};

const MAX_NAME = 80;

/** A YAML scalar as written: quotes taken off, a trailing comment dropped. */
function scalar(raw: string): string {
  const v = raw.trim();
  const q = /^(['"])(.*?)\1/.exec(v);
  return q ? (q[2] ?? '') : v.replace(/[ \t]+#.*$/, '').trim();
}

/**
 * The scenario's title from its text (read from its lines, so a broken file has one too): a
 * top-level `title:` line, or its English text (`title: { en: …, es: … }` or an `en:` line below it).
 */
export function nameOf(text: string, fallback: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => /^title:/.test(l));
  const rest = at >= 0 ? (lines[at] ?? '').replace(/^title:/, '').trim() : '';
  let name = '';
  if (rest.startsWith('{')) name = scalar(/\ben:\s*("[^"]*"|'[^']*'|[^,}]*)/.exec(rest)?.[1] ?? '');
  else if (rest === '' && at >= 0) name = scalar(/^\s+en:(.*)$/.exec(lines[at + 1] ?? '')?.[1] ?? '');
  else name = scalar(rest);
  name = name.trim() || fallback.trim();
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/** A work store over a backend, with a clock and an id maker (given, so tests choose them). */
export function workStore(backend: WorkBackend, now: () => number, newId: () => string): WorkStore {
  // A save may come in the same millisecond as the one before: keep the order of saving anyway.
  let last = 0;
  const stamp = (): number => {
    last = Math.max(now(), last + 1);
    return last;
  };
  return {
    list: async () => (await backend.all()).sort((a, b) => b.updated - a.updated || a.id.localeCompare(b.id)),
    get: (id) => backend.get(id),
    create: async (text, fallbackName) => {
      const work: Work = { id: newId(), name: nameOf(text, fallbackName), text, updated: stamp() };
      await backend.put(work);
      return work;
    },
    save: async (id, text, valid) => {
      const had = await backend.get(id);
      if (!had) return undefined;
      const { valid: _old, ...rest } = had;
      const work: Work = { ...rest, text, name: nameOf(text, had.name), updated: stamp(), ...(valid ? { valid } : {}) };
      await backend.put(work);
      return work;
    },
    remove: (id) => backend.remove(id),
  };
}

/** A backend in memory (tests, and a browser that refuses IndexedDB: the work lasts while the page is open). */
export function memoryWorks(): WorkBackend {
  const m = new Map<string, Work>();
  const copy = (w: Work): Work => structuredClone(w);
  return {
    all: async () => [...m.values()].map(copy),
    get: async (id) => {
      const w = m.get(id);
      return w ? copy(w) : undefined;
    },
    put: async (w) => {
      m.set(w.id, copy(w));
    },
    remove: async (id) => {
      m.delete(id);
    },
  };
}
