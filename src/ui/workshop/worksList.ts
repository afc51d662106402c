import { html } from 'lit-html';
import type { Words } from '../../present/words';
import type { Work } from '../../state/workshop/works';

/** The author's works kept in this browser, each to open (the current one marked) or remove; `when` words the last edit's time. */
export function worksView(
  w: Words,
  works: readonly Work[],
  current: Work | null,
  when: Intl.DateTimeFormat,
  open: (x: Work) => void,
  remove: (x: Work) => void,
) {
  if (works.length === 0) return html`<p>${w.t('workshop.worksNone')}</p>`;
  return html`<ul class="ws-works">
    ${works.map(
      (x) => html`<li>
        <button type="button" class="ws-work" aria-current=${x.id === current?.id ? 'true' : 'false'} @click=${() => open(x)}>
          <strong>${x.name}</strong>
          <span class="hint">${w.t('workshop.edited', { when: when.format(x.updated) })}${x.id === current?.id ? ` ${w.t('workshop.current')}` : ''}</span>
        </button>
        <button type="button" class="ws-remove" aria-label=${w.t('workshop.remove', { name: x.name })} @click=${() => remove(x)}>✕</button>
      </li>`,
    )}
  </ul>`;
}
