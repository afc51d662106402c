import { html, nothing, type TemplateResult } from 'lit-html';
import { formatValue, type MeterInfo, meterList } from '../../present/meterInfo';
import type { Words } from '../../present/words';
import { type DealState, gameTurn, movesThatMattered, type Scenario, turnDate } from '../../sim';
import {
  type ChoiceRow,
  type CompareGroup,
  columnLabels,
  dealsOf,
  eventChoices,
  meterPaths,
  type SetupDifference,
  scoresOf,
  sidesOf,
  type TeamGame,
} from '../../state/compare';
import { move } from '../end/moves';
import { round1 } from '../end/scoreCard';
import { turnLabel } from '../turnLabel';
import { multiLineChart, teamSwatch } from './chart';
import { teamActionRow } from './teamActions';

/** What every view of a group needs: its words, scenario, teams and their labels, and an id prefix unique to the group. */
type Ctx = {
  w: Words;
  sc: Scenario;
  g: CompareGroup;
  labels: string[];
  id: (part: string) => string;
  region: (caption: string) => string;
};

function lengthOf(c: Ctx, preset: string | undefined): string {
  const p = preset ? c.sc.presets?.find((x) => x.id === preset) : undefined;
  return p ? c.w.text(p.name) : c.w.t('compare.full', { turns: c.sc.turns });
}

function fieldValue(c: Ctx, d: SetupDifference['field'], v: string): string {
  switch (d) {
    case 'side':
      return v
        .split('+')
        .map((a) => c.w.actor(a))
        .join(c.w.t('end.playersSeparator'));
    case 'preset':
      return lengthOf(c, v || undefined);
    case 'seed':
      return v;
    case 'mode':
      return c.w.t(`compare.mode.${v as 'solo' | 'hotseat' | 'watch'}`);
    case 'aiLevel':
      return c.w.t(`compare.level.${v as 'easy' | 'normal' | 'hard'}`);
  }
}

/** Whether the teams played the same game, and if not, what differs, team by team. */
function setupNote(c: Ctx) {
  const { w, g } = c;
  const first = g.teams[0]?.loaded.choice;
  if (g.differences.length === 0 && first)
    return html`<p class="compare-same">${w.t('compare.sameSetup', {
      setup: w.t('compare.setupLine', { side: w.actor(first.side), length: lengthOf(c, first.preset), seed: first.seed }),
    })}</p>`;
  return html`<div class="compare-differ" role="note">
    <p><strong>${w.t('compare.differ')}</strong></p>
    <ul>
      ${g.differences.map(
        (d) =>
          html`<li>${w.t('compare.differLine', {
            field: w.t(`compare.field.${d.field}`),
            values: d.values
              .map((v, i) => w.t('compare.differValue', { team: c.labels[i] ?? '', value: fieldValue(c, d.field, v) }))
              .join('; '),
          })}</li>`,
      )}
    </ul>
  </div>`;
}

/** A table with one column per team: its header row names and numbers the teams, each with its line's swatch. */
function teamTable(c: Ctx, caption: string, rows: TemplateResult[], marked: (t: TeamGame) => boolean = () => false) {
  return html`<div class="compare-scroll" role="region" tabindex="0" aria-label=${c.region(caption)}>
    <table class="compare-table">
      <caption>${caption}</caption>
      <thead>
        <tr>
          <td></td>
          ${c.g.teams.map(
            (t, i) =>
              html`<th scope="col">${teamSwatch(i)} ${c.w.t('compare.teamNumber', { n: i + 1, team: c.labels[i] ?? t.team })}${
                marked(t)
                  ? html` <span class="played" title=${c.w.actor(t.loaded.choice.side)}>${c.w.t('compare.playedMark')}</span>`
                  : nothing
              }</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

function row(head: string, cells: readonly unknown[], cls = '') {
  return html`<tr class=${cls}><th scope="row">${head}</th>${cells.map((x) => html`<td>${x}</td>`)}</tr>`;
}

function teamsSection(c: Ctx) {
  const { w, g, sc } = c;
  const rows = [
    row(
      w.t('compare.row.file'),
      g.teams.map((t) => html`<span class="file-name">${t.file}</span>`),
    ),
    row(
      w.t('compare.row.side'),
      g.teams.map((t) =>
        sidesOf(t)
          .map((a) => w.actor(a))
          .join(w.t('end.playersSeparator')),
      ),
    ),
    row(
      w.t('compare.row.length'),
      g.teams.map((t) => lengthOf(c, t.loaded.choice.preset)),
    ),
    row(
      w.t('compare.row.seed'),
      g.teams.map((t) => String(t.loaded.choice.seed)),
    ),
    row(
      w.t('compare.row.finished'),
      g.teams.map((t) => {
        const game = t.loaded.game;
        const state = game.over
          ? w.t('compare.finished')
          : w.t('compare.unfinished', { turn: gameTurn(game.setup, game.turn), turns: game.setup.turns });
        return t.loaded.older ? `${state}; ${w.t('compare.older')}` : state;
      }),
    ),
    row(
      w.t('compare.row.score'),
      g.teams.map((t) => {
        const sides = sidesOf(t);
        return sides.map((side) => {
          const s = scoresOf(t.loaded.game, sc)[side];
          if (!s) return nothing;
          const score = w.t('compare.scoreOf', { score: round1(s.score), max: s.max, winAt: round1(s.winAt) });
          // A two-player team has a score per side: each is named.
          return html`<strong class="team-score">${sides.length > 1 ? w.t('compare.scoreFor', { actor: w.actor(side), score }) : score}</strong> `;
        });
      }),
      'score-row',
    ),
    row(
      w.t('compare.row.result'),
      g.teams.map((t) => {
        const sides = sidesOf(t);
        return sides
          .map((side) => {
            const won = scoresOf(t.loaded.game, sc)[side]?.won ? w.t('compare.won') : w.t('compare.lost');
            return sides.length > 1 ? w.t('compare.scoreFor', { actor: w.actor(side), score: won }) : won;
          })
          .join('; ');
      }),
    ),
  ];
  const actions = g.teams.map((t, i) => teamActionRow(w, t, i));
  if (actions.some((a) => a !== nothing)) rows.push(row(w.t('compare.row.actions'), actions));
  return html`<section class="compare-section">
    <h3 id=${c.id('teams')}>${w.t('compare.teams')}</h3>
    ${teamTable(c, w.t('compare.teams'), rows)}
  </section>`;
}

/** One table per side the teams played: that side's objectives, each team's points on each. */
function scoresSection(c: Ctx) {
  const { w, g, sc } = c;
  const sides = [...new Set(g.teams.flatMap(sidesOf))];
  return html`<section class="compare-section">
    <h3 id=${c.id('scores')}>${w.t('compare.scores')}</h3>
    ${sides.map((side) => {
      const cards = g.teams.map((t) => scoresOf(t.loaded.game, sc)[side]);
      const objectives = [...new Set(cards.flatMap((card) => card?.lines.map((l) => l.objective) ?? []))];
      const rows = objectives.map((o) =>
        row(
          w.objective(side, o),
          cards.map((card) => {
            const l = card?.lines.find((x) => x.objective === o);
            if (!l) return w.t('compare.notScored');
            const met = w.t(l.met ? 'end.yes' : l.points > 0 ? 'end.partial' : 'end.no');
            return html`<span class=${l.met ? 'met' : l.points > 0 ? 'partial' : 'unmet'}>${w.t('compare.cell', { points: round1(l.points), max: l.max, met })}</span>`;
          }),
        ),
      );
      rows.push(
        row(
          w.t('compare.total'),
          cards.map((card) =>
            card
              ? html`<strong>${w.t('compare.scoreOf', { score: round1(card.score), max: card.max, winAt: round1(card.winAt) })}</strong>
                  ${card.won ? w.t('compare.won') : w.t('compare.lost')}`
              : w.t('compare.notScored'),
          ),
          'total-row',
        ),
      );
      const several = sides.length > 1;
      return html`${several ? html`<p class="hint">${w.t('compare.scoresPlayed', { actor: w.actor(side) })}</p>` : nothing}
        ${teamTable(c, w.t('compare.scoresFor', { actor: w.actor(side) }), rows, (t) => several && sidesOf(t).includes(side))}`;
    })}
  </section>`;
}

function dealList(c: Ctx, deals: readonly DealState[]) {
  if (deals.length === 0) return html`<span class="none">${c.w.t('compare.noDeals')}</span>`;
  return html`<ul class="deal-list">
    ${deals.map(
      (d) =>
        html`<li>${c.w.t('compare.dealLine', {
          id: d.id,
          a: c.w.actor(d.from),
          b: c.w.actor(d.to),
          date: turnLabel(c.w, c.sc, d.signedTurn ?? d.proposedTurn),
          terms: d.terms.map((x) => c.w.term(x.term)).join(', '),
        })}</li>`,
    )}
  </ul>`;
}

/** The deals each team's side signed and refused (in a game watched or played two-handed, every deal). */
function dealsSection(c: Ctx) {
  const { w, g } = c;
  const deals = g.teams.map((t) =>
    dealsOf(t.loaded.game, t.loaded.choice.mode === 'solo' || !t.loaded.choice.mode ? t.loaded.choice.side : undefined),
  );
  return html`<section class="compare-section">
    <h3 id=${c.id('deals')}>${w.t('compare.deals')}</h3>
    ${teamTable(c, w.t('compare.deals'), [
      row(
        w.t('compare.signed'),
        deals.map((d) => dealList(c, d.signed)),
      ),
      row(
        w.t('compare.refusedDeals'),
        deals.map((d) => dealList(c, d.refused)),
      ),
    ])}
  </section>`;
}

function matteredSection(c: Ctx) {
  const { w, g, sc } = c;
  const cells = g.teams.map((t) => {
    const moves = movesThatMattered(t.loaded.game, sc, t.loaded.choice.side, 5);
    return moves.length === 0
      ? html`<span class="none">${w.t('compare.matteredNone')}</span>`
      : html`<ol class="mattered-list">${moves.map((x) => move(w, sc, t.loaded.game, x))}</ol>`;
  });
  return html`<section class="compare-section">
    <h3 id=${c.id('mattered')}>${w.t('compare.mattered')}</h3>
    <p class="hint">${w.t('compare.matteredNote')}</p>
    ${teamTable(c, w.t('compare.mattered'), [row(w.t('compare.mattered'), cells, 'mattered-row')])}
  </section>`;
}

function choiceHead(c: Ctx, r: ChoiceRow): string {
  const p = { event: c.w.event(r.event), actor: c.w.actor(r.actor), n: r.occurrence };
  return r.occurrence > 1 ? c.w.t('compare.eventAgain', p) : c.w.t('compare.eventBy', p);
}

/** The events the teams answered differently, each team's answer side by side. */
function choicesSection(c: Ctx) {
  const { w, g, sc } = c;
  if (g.teams.length < 2) return nothing;
  const { divergent, same } = eventChoices(g.teams.map((t) => t.loaded.game));
  const optionLabel = (event: string, option: string): string =>
    w.text(sc.events?.find((e) => e.id === event)?.options?.find((o) => o.id === option)?.label) || option;
  const rows = divergent.map((r) =>
    row(
      choiceHead(c, r),
      r.answers.map((a) =>
        a
          ? html`<span class="answer">${w.t('compare.answer', { option: optionLabel(r.event, a.option), date: turnLabel(w, sc, a.turn) })}</span>`
          : html`<span class="none">${w.t('compare.notMet')}</span>`,
      ),
    ),
  );
  return html`<section class="compare-section">
    <h3 id=${c.id('choices')}>${w.t('compare.choices')}</h3>
    ${divergent.length === 0 ? html`<p>${w.t('compare.choicesNone')}</p>` : teamTable(c, w.t('compare.choices'), rows)}
    ${same.length > 0 ? html`<p class="hint">${w.t('compare.choicesSame', { n: same.length })}</p>` : nothing}
  </section>`;
}

/**
 * The date of a history snapshot: the quarter whose end it records. The first is taken before the
 * first turn, so a game from the scenario's start has a snapshot at turn 0: the quarter before.
 */
function snapshotLabel(w: Words, sc: Scenario, turn: number): string {
  if (turn >= 1) return turnLabel(w, sc, turn);
  const d = turnDate(sc, 1);
  return d.quarter === 1 ? w.quarter(d.year - 1, 4) : w.quarter(d.year, d.quarter - 1);
}

function meterChart(c: Ctx, info: MeterInfo) {
  const { w, g, sc } = c;
  const paths = meterPaths(
    g.teams.map((t) => t.loaded.game),
    info.id,
  );
  const format = (v: number): string => formatValue(w, info, v);
  const list = paths
    .map((p, i) =>
      w.t('compare.chartTeam', {
        team: w.t('compare.teamNumber', { n: i + 1, team: c.labels[i] ?? '' }),
        from: format(p[0]?.value ?? 0),
        to: format(p[p.length - 1]?.value ?? 0),
      }),
    )
    .join('; ');
  const turns = [...new Set(paths.flatMap((p) => p.map((q) => q.turn)))].sort((a, b) => a - b);
  const caption = w.t('compare.chartValues', { meter: info.name });
  return html`<figure class="compare-chart-card" data-meter=${info.id}>
    <figcaption><strong>${info.name}</strong></figcaption>
    ${multiLineChart(paths, { label: w.t('compare.chartLabel', { meter: info.name, list }), format, turn: (t) => snapshotLabel(w, sc, t) })}
    <details class="chart-values no-print">
      <summary>${caption}</summary>
      <table class="compare-table">
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${w.t('compare.turn')}</th>
            ${g.teams.map((t, i) => html`<th scope="col">${w.t('compare.teamNumber', { n: i + 1, team: c.labels[i] ?? t.team })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${turns.map(
            (turn) => html`<tr>
              <th scope="row">${snapshotLabel(w, sc, turn)}</th>
              ${paths.map((p) => {
                const v = p.find((q) => q.turn === turn)?.value;
                return html`<td class="num">${v === undefined ? '—' : format(v)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </details>
  </figure>`;
}

function chartsSection(c: Ctx) {
  const { w, g, sc } = c;
  return html`<section class="compare-section compare-charts">
    <h3 id=${c.id('charts')}>${w.t('compare.charts')}</h3>
    <p class="hint">${w.t('compare.chartsNote')}</p>
    <ul class="compare-legend" aria-label=${w.t('compare.legend')}>
      ${g.teams.map((t, i) => html`<li>${teamSwatch(i)} ${w.t('compare.teamNumber', { n: i + 1, team: c.labels[i] ?? t.team })}</li>`)}
    </ul>
    <div class="compare-chart-grid">${meterList(w, sc).map((info) => meterChart(c, info))}</div>
  </section>`;
}

/** One scenario's comparison: the setups, the teams, their scores, deals, decisive moves, differing choices and meters. */
export function groupView(w: Words, g: CompareGroup, index: number, groups: number) {
  const sc = g.entry.scenario;
  // With several scenarios on the page, each table's region names its scenario, so no two regions share a name.
  const region = (caption: string): string => (groups > 1 ? w.t('compare.region', { caption, scenario: w.text(sc.title) }) : caption);
  const c: Ctx = { w, sc, g, labels: columnLabels(g.teams), id: (part) => `g${index + 1}-${part}`, region };
  return html`<section class="compare-group" aria-labelledby=${c.id('title')} data-scenario=${g.entry.id}>
    <h2 id=${c.id('title')}>${w.t('compare.group', { scenario: w.text(sc.title), n: g.teams.length })}</h2>
    ${setupNote(c)} ${teamsSection(c)} ${scoresSection(c)} ${dealsSection(c)} ${matteredSection(c)} ${choicesSection(c)}
    ${chartsSection(c)}
  </section>`;
}
