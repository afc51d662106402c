import { html, nothing, render } from 'lit-html';
import type { StoreApi } from 'zustand/vanilla';
import { words } from '../../present/words';
import type { GameStore } from '../../state/createGameStore';
import { browserWorks } from '../../state/workshop/idbWorks';
import { playTestQuery, startPlayTest } from '../../state/workshop/playTest';
import type { Work } from '../../state/workshop/works';
import './yourScenarios.css';

/**
 * The start screen's "Your scenarios": the works the author keeps in this browser (the workshop's
 * IndexedDB), the last edited first, each with Play (here, on the scenario it last validated to)
 * and Edit (in the workshop). Loaded after the start screen's first paint; reads no YAML and runs
 * no validator. Shows nothing when there are none.
 */
export async function mountYourScenarios(root: HTMLElement, store: StoreApi<GameStore>): Promise<void> {
  const works = browserWorks();
  let list: Work[] = [];
  try {
    list = await works.list();
  } catch {
    return;
  }
  const draw = (): void => {
    const w = words(store.getState().lang);
    render(
      list.length === 0
        ? nothing
        : html`<section class="your-scenarios" aria-labelledby="your-scenarios-title">
          <h2 id="your-scenarios-title">${w.t('workshop.startHeading')}</h2>
          <ul>
            ${list.map(
              (x) => html`<li>
                <strong>${x.name}</strong>
                <button type="button" class="your-play" ?disabled=${!x.valid} aria-describedby=${x.valid ? nothing : `your-invalid-${x.id}`}
                  @click=${() => {
                    // The address says what is playing, so a reload plays it again.
                    window.history.replaceState(null, '', `./index.html${playTestQuery({ work: x.id })}`);
                    void startPlayTest(store, works, { work: x.id });
                  }}>${w.t('workshop.startPlay', { name: x.name })}</button>
                <a class="your-edit" href=${`./workshop.html?work=${encodeURIComponent(x.id)}`}>${w.t('workshop.startEdit', { name: x.name })}</a>
                ${x.valid ? nothing : html`<span class="hint" id=${`your-invalid-${x.id}`}>${w.t('workshop.startInvalid')}</span>`}
              </li>`,
            )}
          </ul>
        </section>`,
      root,
    );
  };
  draw();
  store.subscribe((s, p) => {
    if (s.lang !== p.lang) draw();
  });
}
