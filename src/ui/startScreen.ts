import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { type AiLevel, type Scenario, textOf, turnDate } from '../sim';
import type { GameStore, PlayMode } from '../state/createGameStore';
import { h, renderInto } from './dom';
import { actorName } from '../present/names';
import { playModeField, startingSide } from './playModeField';

/** A seed that looks random but is short enough to read out to a class. */
export function freshSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return 1000 + ((a[0] ?? 0) % 900000);
}

/**
 * The first screen: the default game one click away, or a set-up (scenario, side,
 * who plays the others, length, seed) with the side's briefing and the scenario's
 * sources; then Start.
 */
export function mountStartScreen(root: HTMLElement, store: StoreApi<GameStore>, defaultScenario: string, defaultSide: string): () => void {
  const form: { scenarioId: string; side: string; turns: number; seed: number; aiLevel: AiLevel; mode: PlayMode } = {
    scenarioId: defaultScenario,
    side: defaultSide,
    turns: 0,
    seed: freshSeed(),
    aiLevel: 'normal',
    mode: 'solo',
  };

  const scenarioOf = (id: string): Scenario | undefined => store.getState().scenarios.find((s) => s.id === id)?.scenario;

  const start = (quick: boolean): void => {
    const sc = scenarioOf(quick ? defaultScenario : form.scenarioId);
    if (!sc) return;
    const side = quick ? defaultSide : startingSide(sc, form.mode, form.side);
    const turns = quick || form.turns === 0 ? undefined : form.turns;
    store.getState().startGame({
      scenarioId: sc.id,
      side,
      seed: form.seed,
      ...(turns !== undefined ? { turns } : {}),
      ...(quick ? {} : { aiLevel: form.aiLevel, mode: form.mode }),
    });
  };

  const render = (): void => {
    const { scenarios, game, ui } = store.getState();
    root.hidden = ui.screen !== 'start';
    if (ui.screen !== 'start') return;
    const sc = scenarioOf(form.scenarioId) ?? scenarios[0]?.scenario;
    if (!sc) {
      renderInto(root, [h('p', {}, [t('start.none')])]);
      return;
    }
    form.scenarioId = sc.id;
    const playable = sc.actors.filter((a) => a.playable);
    if (!playable.some((a) => a.id === form.side)) form.side = playable[0]?.id ?? '';
    if (form.turns !== 0 && !(sc.presets ?? []).some((p) => p.turns === form.turns)) form.turns = 0;
    const me = sc.actors.find((a) => a.id === form.side);
    const def = scenarioOf(defaultScenario);
    const others = sc.actors
      .filter((a) => (form.mode === 'watch' ? true : form.mode === 'hotseat' ? !a.playable : a.id !== form.side))
      .map((a) => textOf(a.name));

    // The default scenario first; the others in file order.
    const ordered = [...scenarios].sort((a, b) => (a.id === defaultScenario ? -1 : b.id === defaultScenario ? 1 : 0));
    const scenarioRadios = ordered.map((e) =>
      h('label', { class: `choice-card${e.id === sc.id ? ' chosen' : ''}` }, [
        h('input', {
          type: 'radio',
          name: 'scenario',
          id: `sc-${e.id}`,
          value: e.id,
          checked: e.id === sc.id,
          onchange: () => ((form.scenarioId = e.id), render()),
        }),
        h('span', { class: 'choice-text' }, [
          h('strong', {}, [textOf(e.scenario.title)]),
          h('span', { class: 'meta' }, [t('start.turns', { turns: e.scenario.turns, date: turnDate(e.scenario, 1).label })]),
          e.scenario.summary ? h('span', { class: 'summary' }, [textOf(e.scenario.summary)]) : null,
        ]),
      ]),
    );
    const sideRadios = playable.map((a) =>
      h('label', { class: `choice-card side${a.id === form.side ? ' chosen' : ''}` }, [
        h('input', {
          type: 'radio',
          name: 'side',
          id: `side-${a.id}`,
          value: a.id,
          checked: a.id === form.side,
          onchange: () => ((form.side = a.id), render()),
        }),
        h('span', { class: 'choice-text' }, [
          h('strong', {}, [textOf(a.name)]),
          a.interests ? h('span', { class: 'summary' }, [textOf(a.interests)]) : null,
        ]),
      ]),
    );
    const length = h(
      'select',
      { id: 'start-length', onchange: (e: Event) => ((form.turns = Number((e.target as HTMLSelectElement).value)), render()) },
      [
        h('option', { value: '0', selected: form.turns === 0 }, [t('start.full', { turns: sc.turns })]),
        ...(sc.presets ?? []).map((p) =>
          h('option', { value: String(p.turns), selected: form.turns === p.turns }, [
            t('start.presetTurns', { name: textOf(p.name), turns: p.turns }),
          ]),
        ),
      ],
    );
    const seed = h('input', {
      id: 'start-seed',
      type: 'number',
      min: 0,
      step: 1,
      inputmode: 'numeric',
      value: String(form.seed),
      'aria-describedby': 'seed-hint',
      oninput: (e: Event) => {
        const v = Math.trunc(Number((e.target as HTMLInputElement).value));
        if (Number.isFinite(v)) form.seed = Math.abs(v);
      },
    });
    const b = me?.briefing;
    renderInto(root, [
      h('div', { class: 'start-inner' }, [
        h('header', { class: 'start-head' }, [
          h('h1', { id: 'start-title' }, [t('start.title')]),
          h('p', { class: 'lead' }, [t('start.lead')]),
          def
            ? h('button', { type: 'button', class: 'primary big', id: 'quick-start', onclick: () => start(true) }, [
                t('start.quick', { scenario: textOf(def.title), actor: actorName(def, defaultSide) }),
              ])
            : null,
          h('p', { class: 'hint' }, [t('start.quickHint', { seed: form.seed })]),
          game && !game.over
            ? h('button', { type: 'button', id: 'resume', onclick: () => store.getState().setUi({ screen: 'game' }) }, [t('start.resume')])
            : null,
        ]),
        h('form', { class: 'setup', 'aria-labelledby': 'setup-title', onsubmit: (e: Event) => (e.preventDefault(), start(false)) }, [
          h('h2', { id: 'setup-title' }, [t('start.setup')]),
          h('div', { class: 'setup-grid' }, [
            h('div', { class: 'setup-col' }, [
              h('fieldset', {}, [h('legend', {}, [t('start.scenario')]), ...scenarioRadios]),
              playModeField(sc, form, form.side, render),
              h('fieldset', {}, [h('legend', {}, [t('start.side')]), ...sideRadios]),
              h('fieldset', {}, [
                h('legend', {}, [t('start.others')]),
                h('p', {}, [t('start.othersAi', { actors: others.join(', ') })]),
                h('div', { class: 'field' }, [
                  h('label', { for: 'start-level' }, [t('start.level')]),
                  h(
                    'select',
                    { id: 'start-level', onchange: (e: Event) => (form.aiLevel = (e.target as HTMLSelectElement).value as AiLevel) },
                    (['easy', 'normal', 'hard'] as const).map((l) =>
                      h('option', { value: l, selected: form.aiLevel === l }, [t(`start.level.${l}`)]),
                    ),
                  ),
                ]),
              ]),
              h('div', { class: 'field' }, [h('label', { for: 'start-length' }, [t('start.length')]), length]),
              h('div', { class: 'field' }, [
                h('label', { for: 'start-seed' }, [t('start.seed')]),
                h('div', { class: 'seed-row' }, [
                  seed,
                  h('button', { type: 'button', id: 'new-seed', onclick: () => ((form.seed = freshSeed()), render()) }, [
                    t('start.newSeed'),
                  ]),
                ]),
                h('p', { class: 'hint', id: 'seed-hint' }, [t('start.seedHint')]),
              ]),
            ]),
            h('div', { class: 'setup-col' }, [
              me && b
                ? h('section', { class: 'briefing', 'aria-labelledby': 'briefing-title' }, [
                    h('h3', { id: 'briefing-title' }, [t('start.briefing', { actor: textOf(me.name) })]),
                    h('h4', {}, [t('start.situation')]),
                    h('p', {}, [textOf(b.situation)]),
                    h('h4', {}, [t('start.wants')]),
                    h('p', {}, [textOf(b.wants)]),
                    h('h4', {}, [t('start.fears')]),
                    h('p', {}, [textOf(b.fears)]),
                  ])
                : null,
              (sc.documents ?? []).length > 0
                ? h('details', { class: 'documents' }, [
                    h('summary', {}, [t('start.sources')]),
                    h('p', { class: 'hint' }, [t('start.sourcesNote')]),
                    h(
                      'ul',
                      {},
                      (sc.documents ?? []).map((d) =>
                        h('li', {}, [h('strong', {}, [textOf(d.title)]), d.date ? ` (${d.date})` : '', ' ', h('code', {}, [d.file])]),
                      ),
                    ),
                  ])
                : null,
            ]),
          ]),
          h('button', { type: 'submit', class: 'primary big', id: 'start-game' }, [t('start.begin')]),
        ]),
      ]),
    ]);
  };
  render();
  return store.subscribe((s, p) => {
    if (s.ui.screen !== p.ui.screen || s.game !== p.game) render();
  });
}
