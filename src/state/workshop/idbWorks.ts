import type { Work, WorkBackend } from './works';
import { memoryWorks, type WorkStore, workStore } from './works';

const DB = 'altiplano-workshop';
const STORE = 'works';

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((done, fail) => {
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });

/** The works kept in this browser's IndexedDB (one database, one object store keyed by id). Nothing leaves the browser. */
export function idbWorks(idb: IDBFactory = indexedDB): WorkBackend {
  let open: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    open ??= new Promise((done, fail) => {
      const r = idb.open(DB, 1);
      r.onupgradeneeded = () => {
        if (!r.result.objectStoreNames.contains(STORE)) r.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      r.onsuccess = () => done(r.result);
      r.onerror = () => {
        open = null;
        fail(r.error);
      };
    });
    return open;
  };
  const tx = async (mode: IDBTransactionMode): Promise<IDBObjectStore> => (await db()).transaction(STORE, mode).objectStore(STORE);
  return {
    all: async () => request((await tx('readonly')).getAll() as IDBRequest<Work[]>),
    get: async (id) => request((await tx('readonly')).get(id) as IDBRequest<Work | undefined>),
    put: async (w) => {
      await request((await tx('readwrite')).put(w));
    },
    remove: async (id) => {
      await request((await tx('readwrite')).delete(id));
    },
  };
}

/** The page's work store: IndexedDB, or memory when this browser refuses it (private modes). */
export function browserWorks(): WorkStore {
  const backend = typeof indexedDB === 'undefined' ? memoryWorks() : idbWorks();
  const newId = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 12);
  return workStore(backend, () => Date.now(), newId);
}
