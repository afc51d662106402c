import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema';
import { loadScenarioText } from '../../src/scenario/loadScenario';
import { setupPolicy } from '../../src/sim';
import { createGameStore, createStoreWith } from '../../src/state/createGameStore';
import { replayEngine } from '../../src/state/replayEngine';
import { localSession } from '../../src/state/session';
import { findDefinition, idsByKind, indexIds } from '../../src/state/workshop/idIndex';
import { keyPathAt, keysAt } from '../../src/state/workshop/keyPath';
import { playTestQuery, readPlayTest, startPlayTest, workScenarioId } from '../../src/state/workshop/playTest';
import { memoryWorks, nameOf, workStore } from '../../src/state/workshop/works';

const STARTER = readFileSync('scenarios/templates/starter.yaml', 'utf8');
const SANDBOX = readFileSync('scenarios/dev-sandbox.yaml', 'utf8');

/** A store over memory with a clock the test moves. */
function store() {
  let t = 1000;
  let n = 0;
  const works = workStore(
    memoryWorks(),
    () => t,
    () => `w${++n}`,
  );
  return { works, tick: (ms: number) => (t += ms) };
}

describe('the workshop keeps works', () => {
  it('names a work by its title, else the file name, and lists the last edited first', async () => {
    const { works, tick } = store();
    const a = await works.create(STARTER, 'starter');
    tick(10);
    const b = await works.create('id: x\n', 'broken-file');
    expect(a.name).toBe('My scenario');
    expect(b.name).toBe('broken-file');
    expect((await works.list()).map((w) => w.id)).toEqual([b.id, a.id]);
    tick(10);
    await works.save(a.id, STARTER.replace('title: My scenario', 'title: "Salt and copper" # renamed'), null);
    const list = await works.list();
    expect(list.map((w) => w.id)).toEqual([a.id, b.id]);
    expect(list[0]?.name).toBe('Salt and copper');
  });

  it('keeps what the text validated to, and drops it when a later text has problems', async () => {
    const { works } = store();
    const w = await works.create(STARTER, 'starter');
    const r = loadScenarioText(STARTER, 'starter.yaml');
    if (!r.ok) throw new Error('the template must validate');
    const valid = { scenario: r.scenario, hash: r.hash };
    expect((await works.save(w.id, STARTER, valid))?.valid?.hash).toBe(r.hash);
    const broken = await works.save(w.id, `${STARTER}\nchanse: 1\n`, null);
    expect(broken?.valid).toBeUndefined();
    expect((await works.get(w.id))?.text).toContain('chanse');
  });

  it('orders saves made in the same millisecond as they were made, and refuses a work that is not there', async () => {
    const works = workStore(
      memoryWorks(),
      () => 5,
      (() => {
        let n = 0;
        return () => `w${++n}`;
      })(),
    );
    const a = await works.create('title: A\n', 'a');
    const b = await works.create('title: B\n', 'b');
    await works.save(a.id, 'title: A2\n', null);
    expect((await works.list()).map((w) => w.name)).toEqual(['A2', 'B']);
    expect(b.updated).toBeGreaterThan(a.updated);
    expect(await works.save('nope', 'x', null)).toBeUndefined();
    await works.remove(a.id);
    expect((await works.list()).map((w) => w.id)).toEqual([b.id]);
  });

  it('cuts a long title and falls back when the title is blank', () => {
    expect(nameOf(`title: ${'x'.repeat(200)}\n`, 'f')).toHaveLength(80);
    expect(nameOf('title: ""\n', 'file')).toBe('file');
    expect(nameOf("title: 'Quoted'\n", 'file')).toBe('Quoted');
    expect(nameOf('title: { en: "Salt: a story", es: La sal }\n', 'file')).toBe('Salt: a story');
    expect(nameOf('id: x\ntitle:\n  en: Copper # the English\n  es: Cobre\n', 'file')).toBe('Copper');
    expect(nameOf(readFileSync('scenarios/paz-pivot.yaml', 'utf8'), 'file')).toBe("Paz's Bolivia (from November 2025)");
  });
});

describe('the id index (completion and go to definition)', () => {
  const defs = indexIds(SANDBOX);
  const at = (id: string, kind?: Parameters<typeof findDefinition>[2]) => findDefinition(defs, id, kind);
  const lineOf = (needle: string) => SANDBOX.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('finds the ids of every top-level list, block and flow style, and not nested ones', () => {
    const ids = idsByKind(defs);
    expect(ids.actor).toEqual(['us', 'bolivia', 'china']);
    expect(ids.meter).toEqual(['lithium', 'unrest', 'lithium_price']);
    expect(ids.department).toHaveLength(9);
    expect(ids.site).toEqual(['uyuni', 'chapare', 'tarijagas', 'arica']);
    expect(ids.term).toEqual(['royalty', 'local_processing', 'offtake', 'exclusive_supply']);
    expect(ids.event).toEqual(['road_blockade', 'price_slump', 'court_annuls', 'first_exports']);
    expect(ids.preset).toEqual(['short', 'late']);
    expect(ids.flag).toEqual(['exports_started']);
    // Event options' ids (negotiate, clear) are not definitions of anything a key refers to.
    expect(defs.some((d) => d.id === 'negotiate')).toBe(false);
  });

  it('points each definition at the id itself, line and offsets', () => {
    const china = at('china', 'actor');
    expect(china?.line).toBe(lineOf('- id: china'));
    expect(SANDBOX.slice(china?.from, china?.to)).toBe('china');
    const potosi = at('BO-P', 'department');
    expect(potosi?.line).toBe(lineOf('{ id: BO-P, name: Potosí'));
    expect(SANDBOX.slice(potosi?.from, potosi?.to)).toBe('BO-P');
  });

  it('prefers the kind the key expects, and reads a meter path by its last part', () => {
    expect(at('influence.china')?.kind).toBe('actor');
    expect(at('lithium', 'meter')?.kind).toBe('meter');
    expect(at('exports_started', 'flag')?.line).toBe(lineOf('- { flag: exports_started }'));
    expect(at('nowhere')).toBeUndefined();
  });

  it('reads a broken file line by line (no parser): the ids before and after a YAML error', () => {
    const broken = SANDBOX.replace('  - id: china', '  - id: china\n   bad: [unclosed');
    const ids = idsByKind(indexIds(broken));
    expect(ids.actor).toContain('china');
    expect(ids.event).toContain('first_exports');
  });
});

describe('key completion from the schema', () => {
  const schema = scenarioJsonSchema();
  const lines = (s: string) => s.split('\n');

  it('knows where the cursor is: nested keys, list items, flow mappings', () => {
    const t = lines(
      'actors:\n  - id: us\n    budget:\n      ca\n    na\nevents:\n  - id: e\n    options:\n      - id: o\n        la\n  - { id: f, ch',
    );
    expect(keyPathAt(t, 3, 8)).toEqual(['actors', '[]', 'budget']);
    expect(keyPathAt(t, 4, 6)).toEqual(['actors', '[]']);
    expect(keyPathAt(t, 9, 10)).toEqual(['events', '[]', 'options', '[]']);
    expect(keyPathAt(t, 10, 16)).toEqual(['events', '[]']);
    expect(keyPathAt(lines('ti'), 0, 2)).toEqual([]);
    expect(keyPathAt(lines('start: { ye'), 0, 11)).toEqual(['start']);
  });

  it('offers the keys the schema allows there, with their descriptions and what is required', () => {
    const top = keysAt(schema, []);
    expect(top.map((k) => k.key)).toEqual(expect.arrayContaining(['id', 'title', 'actors', 'initial', 'events', 'objectives']));
    expect(top.find((k) => k.key === 'initial')?.required).toBe(true);
    expect(top.find((k) => k.key === 'listed')?.description).toMatch(/start screen/);
    const event = keysAt(schema, ['events', '[]']).map((k) => k.key);
    expect(event).toEqual(expect.arrayContaining(['chance', 'trigger', 'once', 'options']));
    expect(keysAt(schema, ['events', '[]', 'options', '[]']).map((k) => k.key)).toEqual(expect.arrayContaining(['label', 'aiWeight']));
    expect(keysAt(schema, ['actors', '[]', 'budget']).map((k) => k.key)).toEqual(expect.arrayContaining(['capital', 'money']));
  });
});

describe('the play-test hand-over', () => {
  it('reads only what it can trust from the address', () => {
    expect(readPlayTest(playTestQuery({ work: 'abc123', side: 'host', turns: 3, mode: 'watch', seed: 7 }))).toEqual({
      work: 'abc123',
      side: 'host',
      turns: 3,
      mode: 'watch',
      seed: 7,
    });
    expect(readPlayTest('#workshop=%3Cscript%3E')).toBeNull();
    expect(readPlayTest('#scenario=paz-pivot')).toBeNull();
    expect(readPlayTest('#workshop=a&mode=god&turns=-1&seed=x&side=a%20b')).toEqual({ work: 'a' });
  });

  it('starts a game on the scenario the work last validated to, at the side and length asked', async () => {
    const { works } = store();
    const r = loadScenarioText(STARTER, 'starter.yaml');
    if (!r.ok) throw new Error('the template must validate');
    const w = await works.create(STARTER, 'starter');
    await works.save(w.id, STARTER, { scenario: r.scenario, hash: r.hash });
    const s = createGameStore([]);
    expect(await startPlayTest(s, works, { work: w.id, side: 'host', turns: 3 })).toBe(true);
    const st = s.getState();
    expect(st.ui.screen).toBe('game');
    expect(st.choice).toMatchObject({ scenarioId: workScenarioId(w.id), side: 'host', turns: 3 });
    expect(st.entry?.hash).toBe(r.hash);
    // Its card is kept off the start screen's list.
    expect(st.cards.find((c) => c.id === workScenarioId(w.id))?.face.listed).toBe(false);
  });

  it('refuses a work with problems, a missing one and one changed behind its hash, with a notice', async () => {
    const { works } = store();
    const s = createGameStore([]);
    const broken = await works.create('title: Broken\n', 'b');
    expect(await startPlayTest(s, works, { work: broken.id })).toBe(false);
    expect(s.getState().ui.notice?.said.key).toBe('workshop.play.invalid');
    expect(await startPlayTest(s, works, { work: 'gone' })).toBe(false);
    expect(s.getState().ui.notice?.said.key).toBe('workshop.play.missing');
    const r = loadScenarioText(STARTER, 'starter.yaml');
    if (!r.ok) throw new Error('the template must validate');
    const w = await works.create(STARTER, 'starter');
    await works.save(w.id, STARTER, { scenario: { ...r.scenario, turns: 99 }, hash: r.hash });
    expect(await startPlayTest(s, works, { work: w.id })).toBe(false);
    expect(s.getState().ui.notice?.said.key).toBe('workshop.play.corrupt');
    expect(s.getState().ui.screen).toBe('start');
  });

  it('a scenario handed in loaded fetches the engine the first time, so its saved game can be put back', async () => {
    const r = loadScenarioText(STARTER, 'starter.yaml');
    if (!r.ok) throw new Error('the template must validate');
    const entry = { id: workScenarioId('w1'), hash: r.hash, scenario: r.scenario };
    // A game played elsewhere, as the autosave keeps it.
    const first = createGameStore([entry]);
    expect(await first.getState().startGame({ scenarioId: entry.id, side: 'host', seed: 3 })).toBe(true);
    const { choice, game, log } = first.getState();
    // The page's store: no scenario and no engine until one is needed.
    let engineLoads = 0;
    const page = createStoreWith({ cards: [], fetchText: () => Promise.reject(new Error('no assets')) }, async () => {
      engineLoads++;
      return { localSession, policy: setupPolicy, replay: replayEngine };
    });
    page.getState().addScenario(entry);
    expect(await page.getState().loadScenario(entry.id)).toBe(entry);
    expect(engineLoads).toBe(1);
    expect(page.getState().restore(choice!, game!, log)).toBe(true);
    expect(page.getState().game?.turn).toBe(game?.turn);
  });
});
