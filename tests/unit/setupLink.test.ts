import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/headless';
import { englishWords } from '../../src/present/words';
import { createGameStore, type ScenarioEntry } from '../../src/state/createGameStore';
import { loadSave, saveFileName, saveGame } from '../../src/state/saveFile';
import { faceOf } from '../../src/state/scenarioCard';
import {
  type ClassSetup,
  checkCode,
  choiceOf,
  cleanTeam,
  isClassGame,
  LINK_PARAMS,
  readSetupLink,
  setupLink,
  setupQuery,
  teamFilePart,
} from '../../src/state/setupLink';

/** Class setup links (src/state/setupLink.ts): every parameter, bad values, tampering, and the team's saves. */

const paz = loadScenario('paz-pivot');
const cards = [{ id: paz.scenario.id, face: faceOf(paz.scenario) }];
const LANGS = ['en'];
const SETUP: ClassSetup = {
  scenarioId: 'paz-pivot',
  preset: 'class',
  side: 'bolivia',
  controllers: 'ai',
  level: 'hard',
  seed: 4242,
  lang: 'en',
  team: 'Los Cóndores',
  reading: 'advanced',
};

const read = (q: string) => readSetupLink(q, cards, LANGS);
/** The link's query with one parameter set to a value (or removed, with null), the check code kept. */
function edited(name: string, value: string | null, base = setupQuery(SETUP)): string {
  const p = new URLSearchParams(base);
  if (value === null) p.delete(name);
  else p.set(name, value);
  return p.toString();
}
/** The words a refusal reads as. */
function problemOf(q: string): string {
  const r = read(q);
  if (r.kind !== 'bad') throw new Error(`expected a bad link, got ${r.kind}`);
  return englishWords().say(r.problem);
}

describe('a setup link', () => {
  it('writes every parameter in order, and reads back as the same setup with its code', () => {
    const q = setupQuery(SETUP);
    expect([...new URLSearchParams(q).keys()]).toEqual([...LINK_PARAMS]);
    expect(read(q)).toEqual({ kind: 'ok', setup: SETUP, code: checkCode(SETUP) });
    expect(read(`?${q}`).kind).toBe('ok');
    expect(checkCode(SETUP)).toMatch(/^[A-HJ-NP-Z2-9]{4}$/);
  });

  it('is an address beside the setup page, and the code takes any case', () => {
    const url = new URL(setupLink('https://school.example/altiplano/setup.html?x=1', SETUP));
    expect(url.origin + url.pathname).toBe('https://school.example/altiplano/index.html');
    expect(read(url.search).kind).toBe('ok');
    expect(read(edited('check', checkCode(SETUP).toLowerCase())).kind).toBe('ok');
  });

  it('reads every valid value of each parameter', () => {
    const variants: ClassSetup[] = [
      { ...SETUP, preset: 'full' },
      { ...SETUP, side: 'us' },
      { ...SETUP, controllers: 'hotseat', side: 'us' },
      { ...SETUP, level: 'easy' },
      { ...SETUP, level: 'normal' },
      { ...SETUP, seed: 0 },
      { ...SETUP, seed: 2 ** 31 - 1 },
      { ...SETUP, team: 'Team 1' },
      { ...SETUP, team: 'Équipe <b>&amp;</b> “quoted”' },
    ];
    for (const s of variants) expect(read(setupQuery(s))).toEqual({ kind: 'ok', setup: s, code: checkCode(s) });
  });

  it('is not a link when the address has no query, or only `scenario` (the start screen offers that scenario)', () => {
    expect(read('')).toEqual({ kind: 'none' });
    expect(read('?scenario=dev-sandbox')).toEqual({ kind: 'none' });
  });

  it('gives each setup its own code: changing any one parameter changes it', () => {
    const others: ClassSetup[] = [
      { ...SETUP, scenarioId: 'arce-era' },
      { ...SETUP, preset: 'full' },
      { ...SETUP, side: 'us' },
      { ...SETUP, controllers: 'hotseat' },
      { ...SETUP, level: 'normal' },
      { ...SETUP, seed: 4243 },
      { ...SETUP, lang: 'es' },
      { ...SETUP, team: 'Los Condores' },
    ];
    const codes = new Set([SETUP, ...others].map(checkCode));
    expect(codes.size).toBe(others.length + 1);
  });
});

describe('a tampered or broken link opens the normal start screen, saying what was wrong', () => {
  it('refuses a changed parameter whose code was kept', () => {
    for (const [name, value] of [
      ['seed', '4243'],
      ['side', 'us'],
      ['level', 'easy'],
      ['preset', 'full'],
      ['controllers', 'hotseat'],
      ['team', 'Team 2'],
    ] as const) {
      expect(problemOf(edited(name, value)), name).toBe(
        `its check code “${checkCode(SETUP)}” does not match the rest of the link, so something in it was changed.`,
      );
    }
    expect(problemOf(edited('check', 'ZZZZ'))).toContain('“ZZZZ” does not match');
  });

  it('names a missing, repeated or unknown parameter', () => {
    for (const name of LINK_PARAMS) expect(problemOf(edited(name, null)), name).toBe(`its “${name}” setting is missing.`);
    expect(problemOf(`${setupQuery(SETUP)}&seed=4242`)).toBe('it gives the “seed” setting more than once.');
    expect(problemOf(`${setupQuery(SETUP)}&cheat=1`)).toBe('it has a setting the game does not know, “cheat”.');
    // A half-copied link: only a side and a seed.
    expect(problemOf('?side=us&seed=3')).toBe('its “scenario” setting is missing.');
  });

  it('names each bad value', () => {
    const cases: [string, string, string][] = [
      ['scenario', 'atlantis', 'it names a scenario this game does not have, “atlantis”.'],
      ['preset', 'marathon', 'it names a game length this scenario does not have, “marathon”.'],
      ['side', 'china', 'it names a side nobody can play in this scenario, “china”.'],
      ['side', '', 'it names a side nobody can play in this scenario, “”.'],
      ['controllers', 'humans', 'it says the other sides are played by “humans” (the game knows “ai” and “hotseat”).'],
      ['level', 'godlike', 'it names a computer level the game does not have, “godlike” (easy, normal or hard).'],
      ['seed', '-5', 'its seed “-5” is not a whole number the game can use.'],
      ['seed', '1.5', 'its seed “1.5” is not a whole number the game can use.'],
      ['seed', '99999999999', 'its seed “99999999999” is not a whole number the game can use.'],
      ['seed', '', 'its seed “” is not a whole number the game can use.'],
      ['lang', 'xx', 'it names a language the game does not speak, “xx”.'],
      ['team', '', 'its team name “” is empty, too long or not as the setup page writes it.'],
      ['team', '  Team 1 ', 'its team name “  Team 1 ” is empty, too long or not as the setup page writes it.'],
      ['team', 'T\u0007', 'its team name “T\u0007” is empty, too long or not as the setup page writes it.'],
    ];
    for (const [name, value, words] of cases) expect(problemOf(edited(name, value)), `${name}=${value}`).toBe(words);
    expect(problemOf(edited('team', 'x'.repeat(41)))).toContain('is empty, too long');
  });

  it('shows at most 40 characters of what it was given', () => {
    expect(problemOf(edited('scenario', 'a'.repeat(500)))).toBe(`it names a scenario this game does not have, “${'a'.repeat(40)}”.`);
  });
});

describe('the game a link starts', () => {
  it('is the chosen scenario, preset, side, level, seed and team', () => {
    expect(choiceOf(SETUP, cards[0]!.face)).toEqual({
      scenarioId: 'paz-pivot',
      side: 'bolivia',
      seed: 4242,
      preset: 'class',
      turns: cards[0]!.face.presets!.find((p) => p.id === 'class')!.turns,
      mode: 'solo',
      aiLevel: 'hard',
      team: 'Los Cóndores',
    });
    const full = choiceOf({ ...SETUP, preset: 'full', controllers: 'hotseat' }, cards[0]!.face);
    expect(full.preset).toBeUndefined();
    expect(full.turns).toBeUndefined();
    expect(full.mode).toBe('hotseat');
  });

  it('is recognised as the class game, and no other game is', () => {
    const c = choiceOf(SETUP, cards[0]!.face);
    expect(isClassGame(SETUP, c)).toBe(true);
    expect(isClassGame(SETUP, null)).toBe(false);
    for (const patch of [
      { seed: 1 },
      { side: 'us' },
      { aiLevel: 'easy' as const },
      { team: undefined },
      { preset: undefined },
      { mode: 'watch' as const },
    ])
      expect(isClassGame(SETUP, { ...c, ...patch }), JSON.stringify(patch)).toBe(false);
    // Hot-seat: whichever side holds the device, it is the same game.
    const hs = { ...SETUP, controllers: 'hotseat' as const, side: 'us' };
    expect(isClassGame(hs, { ...choiceOf(hs, cards[0]!.face), side: 'bolivia' })).toBe(true);
  });
});

describe("a team's save", () => {
  const entry: ScenarioEntry = { id: paz.scenario.id, hash: paz.hash, scenario: paz.scenario };

  it('carries the team, loads with it, and is named after it', async () => {
    const store = createGameStore([entry]);
    expect(await store.getState().startGame(choiceOf(SETUP, cards[0]!.face))).toBe(true);
    const { choice, game, log } = store.getState();
    expect(choice?.team).toBe('Los Cóndores');
    const save = saveGame(entry, choice!, game!, log, '2026-12-01T10:00:00.000Z')!;
    expect(save.setup.team).toBe('Los Cóndores');
    expect(saveFileName(save)).toBe('altiplano-los-cóndores-paz-pivot-2026-12-01.json');
    const back = loadSave(JSON.parse(JSON.stringify(save)), [entry]);
    expect(back.ok && back.choice.team).toBe('Los Cóndores');
    expect(back.ok && isClassGame(SETUP, back.choice)).toBe(true);
  });

  it('still loads without a team, and refuses a team that is not a short name', async () => {
    const store = createGameStore([entry]);
    await store.getState().startGame({ scenarioId: 'paz-pivot', side: 'us', seed: 3 });
    const { choice, game, log } = store.getState();
    const save = saveGame(entry, choice!, game!, log, '2026-12-01T10:00:00.000Z')!;
    expect(save.setup.team).toBeUndefined();
    expect(saveFileName(save)).toBe('altiplano-paz-pivot-2026-12-01.json');
    expect(loadSave(save, [entry]).ok).toBe(true);
    for (const team of ['', 'x'.repeat(41), 7]) {
      const r = loadSave({ ...save, setup: { ...save.setup, team } }, [entry]);
      expect(r.ok ? 'ok' : r.code).toBe('badField');
    }
  });

  it('makes a file name of any team name: letters and digits kept, the rest one dash, never a path', () => {
    expect(teamFilePart('Team 1')).toBe('team-1');
    expect(teamFilePart('../../etc/passwd')).toBe('etc-passwd');
    expect(teamFilePart('  <Équipe> & “Ñandú” ')).toBe('équipe-ñandú');
    expect(teamFilePart('!!!')).toBe('');
  });

  it('cleans a typed team name as the setup page does', () => {
    expect(cleanTeam('  Team \t 3  ')).toBe('Team 3');
    expect(cleanTeam('   ')).toBeNull();
    expect(cleanTeam('x'.repeat(41))).toBeNull();
    expect(cleanTeam('x'.repeat(40))).toBe('x'.repeat(40));
  });
});
