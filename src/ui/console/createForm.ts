import { html, nothing } from 'lit-html';
import type { MessageKey } from '../../i18n/catalogue';
import { type ClassSetup, MAX_PER_TEAM, MAX_ROOMS, type Seating } from '../../net/protocol';
import { type Words, words } from '../../present/words';
import type { AiLevel, Said } from '../../sim';
import type { ScenarioCard } from '../../state/scenarioCard';
import { readingField } from '../readingField';
import { freshSeed } from '../seed';

/** The console's class setup as the teacher fills it in; boxes are kept as typed, and checked on Create. */
export type CreateForm = {
  scenarioId: string;
  preset: string;
  teams: string[];
  aiLevel: AiLevel;
  seedText: string;
  roomsText: string;
  perTeamText: string;
  seating: Seating;
  reading: 'advanced' | 'basic';
  busy: boolean;
  problem: Said | null;
};

const LEVELS: readonly AiLevel[] = ['easy', 'normal', 'hard'];
const playable = (c: ScenarioCard): string[] => c.face.actors.filter((a) => a.playable).map((a) => a.id);

export function newCreateForm(card: ScenarioCard): CreateForm {
  const preset = card.face.presets?.[0]?.id ?? '';
  return {
    scenarioId: card.id,
    preset,
    teams: playable(card),
    aiLevel: 'normal',
    reading: 'advanced',
    seedText: String(freshSeed()),
    roomsText: '1',
    perTeamText: '6',
    seating: 'assigned',
    busy: false,
    problem: null,
  };
}

function whole(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d{1,10}$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** The setup the server is sent, or the first problem with the form (a message key). */
export function setupOf(f: CreateForm): { ok: true; setup: ClassSetup } | { ok: false; problem: Said } {
  const seed = whole(f.seedText, 0, 2 ** 31 - 1);
  if (seed === null) return { ok: false, problem: { key: 'setup.seedBad' } };
  const rooms = whole(f.roomsText, 1, MAX_ROOMS);
  if (rooms === null) return { ok: false, problem: { key: 'console.create.roomsBad', params: { max: MAX_ROOMS } } };
  const perTeam = whole(f.perTeamText, 1, MAX_PER_TEAM);
  if (perTeam === null) return { ok: false, problem: { key: 'console.create.perTeamBad', params: { max: MAX_PER_TEAM } } };
  if (f.teams.length === 0) return { ok: false, problem: { key: 'setup.sidesNone' } };
  return {
    ok: true,
    setup: {
      scenarioId: f.scenarioId,
      ...(f.preset ? { preset: f.preset } : {}),
      seed,
      teams: [...f.teams],
      aiLevel: f.aiLevel,
      rooms,
      perTeam,
      seating: f.seating,
      ...(f.reading === 'basic' ? { reading: 'basic' as const } : {}),
    },
  };
}

/**
 * The console's first screen: a class from a setup (scenario, length, seed, which sides are teams
 * of students, the computer players' level, how many rooms (worlds) and seats, and whether students
 * are placed or choose). The same fields as the class setup page's, sent to the class server.
 */
export function createFormView(
  lang: string,
  cards: readonly ScenarioCard[],
  f: CreateForm,
  set: (patch: Partial<CreateForm>) => void,
  create: () => void,
) {
  const card = cards.find((c) => c.id === f.scenarioId) ?? cards[0];
  if (!card) return html`<p>${words(lang).t('start.none')}</p>`;
  const sc = card.face;
  const w: Words = words(lang, sc);
  const box = (id: string, label: string, value: string, key: 'seedText' | 'roomsText' | 'perTeamText', hint?: string) =>
    html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="number" min="0" step="1" inputmode="numeric" .value=${value} ?disabled=${f.busy}
        aria-describedby=${hint ? `${id}-hint` : nothing} @input=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).value })} />
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    </div>`;
  const submit = (e: Event): void => {
    e.preventDefault();
    create();
  };
  return html`<form class="setup-form console-create" aria-labelledby="console-create-title" @submit=${submit}>
    <h2 id="console-create-title">${w.t('console.create.title')}</h2>
    <p class="lead">${w.t('console.create.lead')}</p>
    <fieldset>
      <legend>${w.t('start.scenario')}</legend>
      ${cards.map(
        (c) => html`<label class="choice-card${c.id === card.id ? ' chosen' : ''}">
          <input type="radio" name="console-scenario" id=${`console-sc-${c.id}`} value=${c.id} .checked=${c.id === card.id}
            @change=${() => set({ scenarioId: c.id, preset: c.face.presets?.[0]?.id ?? '', teams: playable(c) })} />
          <span class="choice-text"><strong>${words(lang, c.face).text(c.face.title)}</strong></span>
        </label>`,
      )}
    </fieldset>
    <div class="field">
      <label for="console-length">${w.t('start.length')}</label>
      <select id="console-length" @change=${(e: Event) => set({ preset: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${f.preset === ''}>${w.t('start.full', { turns: sc.turns })}</option>
        ${(sc.presets ?? []).map((p) => html`<option value=${p.id} ?selected=${f.preset === p.id}>${w.t('start.presetTurns', { name: w.text(p.name), turns: p.turns })}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>${w.t('console.create.teams')}</legend>
      ${sc.actors
        .filter((a) => a.playable)
        .map(
          (a) => html`<label class="choice-card side${f.teams.includes(a.id) ? ' chosen' : ''}">
            <input type="checkbox" id=${`console-team-${a.id}`} value=${a.id} .checked=${f.teams.includes(a.id)}
              @change=${(e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                set({ teams: playable(card).filter((x) => (x === a.id ? on : f.teams.includes(x))) });
              }} />
            <span class="choice-text"><strong>${w.text(a.name)}</strong></span>
          </label>`,
        )}
      <p class="hint">${w.t('console.create.teamsHint')}</p>
    </fieldset>
    <div class="field">
      <label for="console-level">${w.t('start.level')}</label>
      <select id="console-level" @change=${(e: Event) => set({ aiLevel: (e.target as HTMLSelectElement).value as AiLevel })}>
        ${LEVELS.map((l) => html`<option value=${l} ?selected=${f.aiLevel === l}>${w.t(`start.level.${l}` as MessageKey)}</option>`)}
      </select>
    </div>
    ${readingField(w, 'console-reading', f.reading, (reading) => set({ reading }))}
    ${box('console-seed', w.t('start.seed'), f.seedText, 'seedText', w.t('start.seedHint'))}
    ${box('console-rooms', w.t('console.create.rooms'), f.roomsText, 'roomsText', w.t('console.create.roomsHint'))}
    ${box('console-per-team', w.t('console.create.perTeam'), f.perTeamText, 'perTeamText')}
    <fieldset>
      <legend>${w.t('console.create.seating')}</legend>
      ${(['assigned', 'choose'] as const).map(
        (k) => html`<label class="choice-card${f.seating === k ? ' chosen' : ''}">
          <input type="radio" name="console-seating" id=${`console-seating-${k}`} value=${k} .checked=${f.seating === k}
            @change=${() => set({ seating: k })} />
          <span class="choice-text"><strong>${w.t(`console.create.seating.${k}`)}</strong></span>
        </label>`,
      )}
    </fieldset>
    <p><button type="submit" class="primary big" id="console-create" ?disabled=${f.busy}>${w.t('console.create.go')}</button></p>
    ${f.busy ? html`<p role="status">${w.t('console.create.busy')}</p>` : nothing}
    ${f.problem ? html`<p class="error" role="alert" id="console-create-problem">${w.say(f.problem)}</p>` : nothing}
  </form>`;
}
