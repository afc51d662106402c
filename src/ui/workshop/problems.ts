import { html, nothing } from 'lit-html';
import type { Words } from '../../present/words';
import type { EditorProblem } from './editor';

// The workshop's problems list: each problem at its line and column, worded in the page's
// language, a button that puts the editor's cursor there; Up and Down move between them.

/** The problems list, or "checking", or the file's all-clear; `worded` words a problem, `jump` moves the editor to it. */
export function problemsView(
  w: Words,
  root: HTMLElement,
  ps: readonly EditorProblem[] | null,
  valid: boolean,
  worded: (p: EditorProblem) => string,
  jump: (line: number, column: number) => void,
) {
  if (ps === null) return html`<p class="ws-checking">${w.t('workshop.checking')}</p>`;
  const ok = valid ? html`<p class="ws-valid" id="ws-valid"><span aria-hidden="true">✔ </span>${w.t('workshop.valid')}</p>` : nothing;
  if (ps.length === 0) return ok;
  // Up and Down move between the problems (each is also in the Tab order).
  const arrows = (e: KeyboardEvent): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const all = [...root.querySelectorAll<HTMLButtonElement>('.ws-problem')];
    const i = all.indexOf(e.target as HTMLButtonElement);
    const next = all[i + (e.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };
  return html`${ok}<ol class="ws-problems" @keydown=${arrows}>
    ${ps.map(
      (p) => html`<li><button type="button" class="ws-problem ${p.severity}" @click=${() => jump(p.line, p.column)}>
        <span class="ws-at"><span class="ws-severity">${w.t(`workshop.severity.${p.severity}`)}</span> · ${w.t('workshop.problemAt', { line: p.line, column: p.column })}</span>
        <span class="ws-message">${worded(p)}</span>
        ${p.suggestion ? html`<span class="ws-suggestion">${w.t('workshop.didYouMean', { word: p.suggestion })}</span>` : nothing}
      </button></li>`,
    )}
  </ol>`;
}

/** The list's heading: how many problems and warnings, or none. */
export function problemsHeading(w: Words, ps: readonly EditorProblem[]): string {
  const errors = ps.filter((p) => p.severity === 'error').length;
  const warnings = ps.length - errors;
  if (ps.length === 0) return w.t('workshop.noProblems');
  const parts = [
    errors > 0 ? w.t('workshop.problems', { count: errors }) : '',
    warnings > 0 ? w.t('workshop.warnings', { count: warnings }) : '',
  ];
  return parts.filter((x) => x !== '').join(', ');
}
