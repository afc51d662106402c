import { html } from 'lit-html';
import { meterInfo } from '../../present/meterInfo';
import type { Words } from '../../present/words';
import { type Said, type Scenario, said } from '../../sim';
import type { GameStore } from '../../state/createGameStore';
import type { ExportNames, GameExport } from '../../state/exports';
import { downloadText } from '../download';
import { turnLabel } from '../turnLabel';
import type { Mount } from '../view';

// The export module (and the replay it runs) loads when a button is first pressed.
const exportsModule = () => import('../../state/exports');

type What = 'meters' | 'decisions' | 'game';

/** The export's "name" columns in the reader's language. */
export function exportNames(w: Words, sc: Scenario): ExportNames {
  return {
    meter: (id) => meterInfo(w, sc, id).name,
    actor: (id) => w.actor(id),
    department: (id) => w.department(id),
    target: (id) => w.target(id),
    action: (id) => w.action(id),
    event: (id) => w.event(id),
    option: (event, option) => w.text(sc.events?.find((e) => e.id === event)?.options?.find((o) => o.id === option)?.label) || option,
    term: (id) => w.term(id),
    date: (turn) => turnLabel(w, sc, turn),
  };
}

/** What the section last said, per mount, and for which game (a new game starts silent). */
const status = new WeakMap<Mount, { game: unknown; said: Said; failed: boolean }>();

/** One export built per game: the replay behind it runs once, whichever buttons are pressed. */
const built = new WeakMap<object, GameExport | null>();

async function save(m: Mount, w: Words, what: What): Promise<void> {
  const { entry, choice, game, log } = m.store.getState();
  if (!entry || !choice || !game) return;
  const mod = await exportsModule();
  let x = built.get(game);
  if (x === undefined) {
    x = mod.exportOfGame(entry, choice, game, log);
    built.set(game, x);
  }
  if (!x) {
    status.set(m, { game, said: said('exports.failed'), failed: true });
    m.refresh();
    return;
  }
  const names = exportNames(w, entry.scenario);
  const name = mod.exportFileName(x, what);
  // CSV files start with a byte-order mark, so spreadsheet programs read accents as UTF-8.
  if (what === 'meters') downloadText(name, mod.CSV_BOM + mod.metersCsv(x, names), 'text/csv;charset=utf-8');
  else if (what === 'decisions') downloadText(name, mod.CSV_BOM + mod.decisionsCsv(x, names), 'text/csv;charset=utf-8');
  else downloadText(name, mod.gameJson(x, names), 'application/json');
  status.set(m, { game, said: said('exports.done', { name }), failed: false });
  m.refresh();
}

/** The end screen's downloads: meters and decisions as CSV, the whole game as JSON, and a status line saying what was saved. */
export function exportsSection(s: GameStore, w: Words, m: Mount) {
  const last = status.get(m);
  const line = last && last.game === s.game ? last : null;
  const button = (what: What, key: 'exports.meters' | 'exports.decisions' | 'exports.game') =>
    html`<button type="button" id=${m.id(`export-${what}`)} @click=${() => void save(m, w, what)}>${w.t(key)}</button>`;
  return html`<section class="end-section end-exports no-print" aria-labelledby=${m.id('end-exports')}>
    <h2 id=${m.id('end-exports')}>${w.t('exports.title')}</h2>
    <p class="note">${w.t('exports.help')}</p>
    <div class="buttons">
      ${button('meters', 'exports.meters')} ${button('decisions', 'exports.decisions')} ${button('game', 'exports.game')}
    </div>
    <p class="export-status${line?.failed ? ' error' : ''}" role="status" aria-live="polite" data-testid="export-status">${line ? w.say(line.said) : ''}</p>
  </section>`;
}
