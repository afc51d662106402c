import type { StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/messages';
import { fmt, signed } from '../present/format';
import { actorName, termDef } from '../present/names';
import { wordsOf } from '../present/words';
import {
  type Action,
  assessDeal,
  check,
  currentActor,
  type DealState,
  type DealTerm,
  type GameState,
  ownValue,
  type Scenario,
  type TermDef,
  termInForce,
  textOf,
  trustBetween,
  viewTerms,
  type Wish,
  whatWouldYouWant,
} from '../sim';
import type { GameStore } from '../state/createGameStore';
import { compareDeals, counteredOf, partnersOf, termList, termText, termValue, usableTerms } from './dealCard';
import { h, idPart, renderInto } from './dom';
import { refusalText } from './refusalText';
import { viewerOf } from './viewer';
import './negotiation.css';

/** What opens the builder: a partner to start with, terms to prefill, or an offer to counter. */
export type BuilderRequest = { partner?: string; terms?: DealTerm[]; counterOf?: number };

/** Other panels open the builder with this DOM event, so they need no handle on it. */
export const OPEN_BUILDER = 'altiplano:negotiate';

export function openDealBuilder(req: BuilderRequest = {}): void {
  document.dispatchEvent(new CustomEvent<BuilderRequest>(OPEN_BUILDER, { detail: req }));
}

type Row = { include: boolean; amount: number };

type Draft = {
  /** The side the draft belongs to (hot-seat: each side keeps its own, and never sees the other's). */
  owner: string;
  partner: string;
  rows: Record<string, Row>;
  counterOf?: number;
};

/** The amount's step: the scenario's, or (as the sim's bargaining uses) a quarter of the range. */
function stepOf(def: TermDef): number {
  const a = def.amount;
  if (!a) return 1;
  return a.step ?? Math.max((a.max - a.min) / 4, 1e-9);
}

function snap(def: TermDef, v: number): number {
  const a = def.amount;
  if (!a) return 1;
  const step = stepOf(def);
  const n = a.min + Math.round((v - a.min) / step) * step;
  return Math.round(Math.min(a.max, Math.max(a.min, n)) * 1e6) / 1e6;
}

function termsOf(sc: Scenario, d: Draft): DealTerm[] {
  return usableTerms(sc, d.owner, d.partner)
    .filter((def) => d.rows[def.id]?.include)
    .map((def) => ({ term: def.id, amount: def.amount ? snap(def, d.rows[def.id]?.amount ?? def.amount.default) : 1 }));
}

function freshRows(sc: Scenario, me: string, partner: string, terms: DealTerm[] = []): Record<string, Row> {
  const given = new Map(terms.map((x) => [x.term, x.amount]));
  const rows: Record<string, Row> = {};
  for (const def of usableTerms(sc, me, partner)) {
    const a = given.get(def.id);
    rows[def.id] = { include: a !== undefined, amount: a ?? def.amount?.default ?? 1 };
  }
  return rows;
}

/**
 * The deal builder: a dialog where the player picks a counterpart, assembles a deal from
 * the scenario's terms (each with its amount, who gives it and what it is worth to each
 * side), sees the counterpart's likely answer live (the sim's own assessment, with its
 * reasons), can ask "what would you want for this?", and sends the offer. The answer shows
 * at once: accepted, rejected with its reason, or a counter-offer side by side with what
 * was sent, to accept, reject or counter again.
 */
export function mountDealBuilder(root: HTMLElement, store: StoreApi<GameStore>): () => void {
  const dialog = h('dialog', { class: 'deal-builder', id: 'deal-builder', 'aria-labelledby': 'builder-title' });
  root.append(dialog);
  const drafts = new Map<string, Draft>();
  let draft: Draft | null = null;
  let view: 'compose' | 'answer' = 'compose';
  /** The deal whose fate the answer view follows (the latest in a chain of counters). */
  let following: number | null = null;
  let wish: Wish | null = null;
  let opener: Element | null = null;
  const live = h('p', { class: 'sr-only', 'aria-live': 'polite', id: 'builder-live' });

  const ctx = (): { game: GameState; sc: Scenario; me: string } | null => {
    const s = store.getState();
    const me = viewerOf(s);
    if (!s.game || !s.entry || !me) return null;
    return { game: s.game, sc: s.entry.scenario, me };
  };

  const close = (): void => {
    if (dialog.open) dialog.close();
  };
  dialog.addEventListener('close', () => {
    wish = null;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    else document.getElementById('neg-open')?.focus();
  });

  const open = (req: BuilderRequest): void => {
    const c = ctx();
    if (!c) return;
    const partners = partnersOf(c.sc, c.me);
    const counter = req.counterOf !== undefined ? c.game.deals.find((d) => d.id === req.counterOf) : undefined;
    const partner =
      counter?.from ?? (req.partner && partners.includes(req.partner) ? req.partner : (drafts.get(c.me)?.partner ?? partners[0]));
    opener = document.activeElement;
    view = 'compose';
    wish = null;
    following = null;
    if (partner === undefined) {
      draft = null;
    } else if (counter || req.terms) {
      draft = {
        owner: c.me,
        partner,
        rows: freshRows(c.sc, c.me, partner, req.terms ?? counter?.terms),
        ...(counter ? { counterOf: counter.id } : {}),
      };
    } else {
      const kept = drafts.get(c.me);
      draft = kept && kept.partner === partner ? kept : { owner: c.me, partner, rows: freshRows(c.sc, c.me, partner) };
    }
    if (draft && !draft.counterOf) drafts.set(c.me, draft);
    render();
    if (!dialog.open) dialog.showModal();
    (
      document.getElementById(draft?.counterOf !== undefined ? 'builder-title' : 'builder-partner') ??
      document.getElementById('builder-title')
    )?.focus();
  };

  // ── live parts of the compose view, refreshed without rebuilding the controls ──
  let liveParts: {
    perTerm: Map<string, { you: HTMLElement; them: HTMLElement; out?: HTMLOutputElement }>;
    summary: HTMLElement;
    send: HTMLButtonElement;
    sendWhy: HTMLElement;
    ask: HTMLButtonElement;
  } | null = null;

  const sendBlock = (game: GameState, sc: Scenario, me: string, d: Draft, terms: DealTerm[]): string | null => {
    if (terms.length === 0) return t('builder.empty');
    if (d.counterOf !== undefined) {
      const r = check(game, sc, sendAction(me, d, terms));
      return r ? refusalText(r) : null;
    }
    if (currentActor(game, sc) !== me) return t('builder.notYourMove');
    if (game.deals.some((x) => x.status === 'proposed' && x.from === me && x.to === d.partner))
      return t('builder.waiting', { actor: actorName(sc, d.partner) });
    // Anything else the game would refuse (a term still in force between you, say), in its words.
    const r = check(game, sc, sendAction(me, d, terms));
    return r ? refusalText(r) : null;
  };

  const sendAction = (me: string, d: Draft, terms: DealTerm[]): Action =>
    d.counterOf !== undefined
      ? { type: 'counterDeal', actor: me, deal: d.counterOf, terms }
      : { type: 'proposeDeal', actor: me, to: d.partner, terms };

  const refresh = (): void => {
    const c = ctx();
    if (!c || !draft || !liveParts) return;
    const { game, sc, me } = c;
    const terms = termsOf(sc, draft);
    const them = actorName(sc, draft.partner);
    const a = assessDeal(game, sc, draft.partner, me, terms, draft.counterOf);
    const views = new Map(a.terms.map((v) => [v.term, v]));
    for (const def of usableTerms(sc, me, draft.partner)) {
      const parts = liveParts.perTerm.get(def.id);
      const row = draft.rows[def.id];
      if (!parts || !row) continue;
      const amount = def.amount ? snap(def, row.amount) : 1;
      if (parts.out) parts.out.value = wordsOf(store.getState()).amount(def, amount);
      const mine = termValue(sc, me, def.id, amount);
      parts.you.textContent = t('builder.toYou', { value: signed(mine, 1) });
      parts.you.className = `term-value ${mine > 0 ? 'up' : mine < 0 ? 'down' : 'flat'}`;
      // What they think of it, counting trust: as part of the deal, or as it would count if added.
      const v = views.get(def.id) ?? viewTerms(game, sc, draft.partner, me, [{ term: def.id, amount }])[0];
      const theirs = v ? v.value : 0;
      parts.them.textContent =
        t('builder.toThem', { actor: them, value: signed(theirs, 1) }) +
        (v?.note
          ? ` — ${wordsOf(store.getState()).say(v.note)}`
          : v && v.credibility < 1 && v.credibility > 0
            ? ` — ${t('builder.credibility', { actor: them, pct: Math.round(v.credibility * 100) })}`
            : '');
      parts.them.className = `term-value ${theirs > 0 ? 'up' : theirs < 0 ? 'down' : 'flat'}`;
      parts.you.closest('.builder-term')?.classList.toggle('included', row.include);
    }
    const block = sendBlock(game, sc, me, draft, terms);
    renderInto(liveParts.summary, [
      h('h3', {}, [t('builder.summary')]),
      terms.length === 0
        ? h('p', { class: 'meta' }, [t('builder.empty')])
        : h('div', {}, [
            h('p', { class: 'deal-line', id: 'builder-terms-line' }, [terms.map((x) => termText(sc, x.term, x.amount)).join('; ')]),
            h('p', { class: 'value-you' }, [t('builder.yourValue', { value: fmt(ownValue(sc, me, terms), 1) })]),
            h('p', { class: 'value-them' }, [t('builder.theirValue', { actor: them, value: fmt(a.value, 1), need: fmt(a.need, 1) })]),
            h('div', { class: `likely ${a.accept ? 'yes' : 'no'}`, id: 'builder-likely' }, [
              h('h4', {}, [t('builder.likely')]),
              h('p', { class: 'likely-head' }, [
                a.accept ? `✓ ${t('builder.likelyAccept', { actor: them })}` : `✗ ${t('builder.likelyRefuse', { actor: them })}`,
              ]),
              h(
                'ul',
                { class: 'reasons' },
                a.reasons.map((r) => h('li', {}, [wordsOf(store.getState()).say(r)])),
              ),
            ]),
          ]),
    ]);
    liveParts.send.disabled = block !== null;
    liveParts.sendWhy.textContent = block ?? '';
    liveParts.ask.disabled = terms.length === 0;
  };

  const wishView = (sc: Scenario, me: string, d: Draft): HTMLElement | null => {
    if (!wish) return null;
    const them = actorName(sc, d.partner);
    if (!wish.ok)
      return h('div', { class: 'wish blocked', id: 'builder-wish', role: 'status' }, [
        h('p', { class: 'warn' }, [t('builder.blocked', { actor: them })]),
        h('p', {}, [wordsOf(store.getState()).say(wish.reason)]),
      ]);
    const w = wish;
    const fromMe = w.asks.filter((x) => termDef(sc, x.term)?.giver !== d.partner);
    const fromThem = w.asks.filter((x) => termDef(sc, x.term)?.giver === d.partner);
    return h('div', { class: 'wish', id: 'builder-wish', role: 'status' }, [
      // What it asks of you, and what it would put in itself (when your terms leave it room to give back).
      ...(w.asks.length === 0
        ? [h('p', {}, [t('builder.asksNone', { actor: them })])]
        : [
            fromMe.length > 0 ? h('p', {}, [t('builder.asks', { actor: them })]) : null,
            fromMe.length > 0 ? termList(sc, fromMe, me) : null,
            fromThem.length > 0 ? h('p', {}, [t('builder.gives2', { actor: them })]) : null,
            fromThem.length > 0 ? termList(sc, fromThem, me) : null,
          ]),
      h('p', { class: 'meta' }, [
        t('builder.theirValue', { actor: them, value: fmt(w.assessment.value, 1), need: fmt(w.assessment.need, 1) }),
      ]),
      w.asks.length > 0
        ? h(
            'button',
            {
              type: 'button',
              id: 'builder-adopt',
              onclick: () => {
                d.rows = freshRows(sc, me, d.partner, w.terms);
                wish = null;
                live.textContent = t('builder.adopt');
                render();
                document.getElementById('builder-send')?.focus();
              },
            },
            [t('builder.adopt')],
          )
        : null,
    ]);
  };

  const composeView = (game: GameState, sc: Scenario, me: string): (Node | null)[] => {
    const partners = partnersOf(sc, me);
    if (!draft || partners.length === 0) {
      liveParts = null;
      return [h('p', {}, [t('builder.noPartner')])];
    }
    const d = draft;
    const them = actorName(sc, d.partner);
    const perTerm = new Map<string, { you: HTMLElement; them: HTMLElement; out?: HTMLOutputElement }>();
    const rows = usableTerms(sc, me, d.partner).map((def) => {
      const key = idPart(def.id);
      const row = (d.rows[def.id] ??= { include: false, amount: def.amount?.default ?? 1 });
      const you = h('span', { class: 'term-value' });
      const theirs = h('span', { class: 'term-value' });
      let out: HTMLOutputElement | undefined;
      let amount: HTMLElement | null = null;
      if (def.amount) {
        const unit = def.amount.unit ?? '';
        const label = unit ? t('builder.amount', { term: textOf(def.name), unit }) : t('builder.amountNoUnit', { term: textOf(def.name) });
        out = h('output', { class: 'amount-out', for: `amt-${key}`, id: `amt-out-${key}` });
        const range = h('input', {
          type: 'range',
          id: `amt-${key}`,
          min: def.amount.min,
          max: def.amount.max,
          step: stepOf(def),
          value: String(row.amount),
          'aria-label': label,
          'aria-valuetext': wordsOf(store.getState()).amount(def, row.amount),
          oninput: (e: Event) => {
            const el = e.target as HTMLInputElement;
            row.amount = snap(def, Number(el.value));
            el.setAttribute('aria-valuetext', wordsOf(store.getState()).amount(def, row.amount));
            wish = null;
            document.getElementById('builder-wish')?.remove();
            refresh();
          },
        });
        amount = h('div', { class: 'amount' }, [
          h('label', { for: `amt-${key}`, class: 'amount-label' }, [label]),
          h('div', { class: 'amount-row' }, [range, out]),
        ]);
      }
      perTerm.set(def.id, { you, them: theirs, ...(out ? { out } : {}) });
      const inForce = termInForce(game, sc, me, d.partner, def.id);
      return h('li', { class: `builder-term${row.include ? ' included' : ''}`, 'data-term': def.id }, [
        h('div', { class: 'term-head' }, [
          h('input', {
            type: 'checkbox',
            id: `inc-${key}`,
            checked: row.include,
            disabled: !!inForce && !row.include,
            'aria-describedby': inForce ? `term-meta-${key} term-force-${key}` : `term-meta-${key}`,
            onchange: (e: Event) => {
              row.include = (e.target as HTMLInputElement).checked;
              wish = null;
              document.getElementById('builder-wish')?.remove();
              refresh();
            },
          }),
          h('label', { for: `inc-${key}` }, [h('span', { class: 'sr-only' }, [t('builder.include', { term: '' })]), textOf(def.name)]),
        ]),
        h('p', { class: 'meta', id: `term-meta-${key}` }, [
          t('builder.gives', { actor: actorName(sc, def.giver) }),
          ' · ',
          def.duration ? t('builder.runs', { turns: def.duration }) : t('builder.once'),
        ]),
        inForce ? h('p', { class: 'reason', id: `term-force-${key}` }, [t('builder.inForce', { id: inForce.id })]) : null,
        def.description ? h('p', { class: 'desc' }, [textOf(def.description)]) : null,
        amount,
        h('p', { class: 'values' }, [you, theirs]),
      ]);
    });
    const summary = h('section', { class: 'builder-summary', 'aria-live': 'polite', 'aria-label': t('builder.summary') });
    const sendWhy = h('p', { class: 'send-why meta', id: 'builder-send-why' });
    const send = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        id: 'builder-send',
        'aria-describedby': 'builder-send-why',
        onclick: () => sendDraft(),
      },
      [d.counterOf !== undefined ? t('builder.sendCounter', { actor: them }) : t('builder.send', { actor: them })],
    );
    const ask = h(
      'button',
      {
        type: 'button',
        id: 'builder-ask',
        'aria-describedby': 'builder-ask-hint',
        onclick: () => {
          const c = ctx();
          if (!c || !draft) return;
          wish = whatWouldYouWant(c.game, c.sc, c.me, draft.partner, termsOf(c.sc, draft));
          const slot = document.getElementById('builder-wish-slot');
          const w = wishView(c.sc, c.me, draft);
          if (slot) renderInto(slot, [w]);
          live.textContent = wish.ok ? t('builder.asks', { actor: them }) : t('builder.blocked', { actor: them });
        },
      },
      [t('builder.ask')],
    );
    liveParts = { perTerm, summary, send, sendWhy, ask };
    const counter = d.counterOf !== undefined ? game.deals.find((x) => x.id === d.counterOf) : undefined;
    return [
      d.counterOf === undefined
        ? h('div', { class: 'builder-partner' }, [
            h('label', { for: 'builder-partner' }, [t('builder.with')]),
            h(
              'select',
              {
                id: 'builder-partner',
                onchange: (e: Event) => {
                  const p = (e.target as HTMLSelectElement).value;
                  draft = { owner: me, partner: p, rows: freshRows(sc, me, p) };
                  drafts.set(me, draft);
                  wish = null;
                  render();
                },
              },
              partners.map((p) => h('option', { value: p, selected: p === d.partner }, [actorName(sc, p)])),
            ),
          ])
        : counter
          ? h('p', { class: 'meta' }, [t('builder.countering', { actor: actorName(sc, counter.from), id: counter.id })])
          : null,
      h('p', { class: 'trust-line' }, [t('neg.trust', { actor: them, value: fmt(trustBetween(game, sc, me, d.partner), 0) })]),
      h('div', { class: 'builder-grid' }, [
        h('fieldset', { class: 'builder-terms' }, [
          h('legend', {}, [t('builder.terms', { actor: them })]),
          h('p', { class: 'hint' }, [t('builder.termsHint')]),
          h('ul', {}, rows),
        ]),
        h('div', { class: 'builder-side' }, [
          summary,
          h('div', { class: 'builder-send' }, [send, sendWhy]),
          h('div', { class: 'builder-ask' }, [
            ask,
            h('p', { class: 'hint', id: 'builder-ask-hint' }, [t('builder.askHint', { actor: them })]),
            h('div', { id: 'builder-wish-slot' }, [wishView(sc, me, d)]),
          ]),
        ]),
      ]),
    ];
  };

  const sendDraft = (): void => {
    const c = ctx();
    if (!c || !draft) return;
    const terms = termsOf(c.sc, draft);
    const sentDraft = draft;
    void store
      .getState()
      .dispatch(sendAction(c.me, draft, terms))
      .then((o) => {
        if (!o.ok) {
          // Refused: say why here, where the player is looking (the error banner is behind the dialog).
          if (liveParts) liveParts.sendWhy.textContent = refusalText(o.reason);
          store.getState().clearError();
          return;
        }
        // The offer just made is the one this outcome proposed.
        const made = o.events.find((e) => (e.type === 'DealProposed' && e.from === c.me) || (e.type === 'DealCountered' && e.by === c.me));
        following = made?.type === 'DealProposed' ? made.deal : made?.type === 'DealCountered' ? made.counter : null;
        if (sentDraft.counterOf === undefined) drafts.delete(c.me);
        view = 'answer';
        render();
        document.getElementById('builder-answer-title')?.focus();
      });
  };

  /** The last deal in the chain that starts at `id` (each counter answers the one before). */
  const latest = (game: GameState, id: number): DealState | undefined => {
    let d = game.deals.find((x) => x.id === id);
    for (let i = 0; d && d.status === 'countered' && i < 20; i++) {
      const next = game.deals.find((x) => x.counterOf === d?.id);
      if (!next) break;
      d = next;
    }
    return d;
  };

  const answerView = (game: GameState, sc: Scenario, me: string): (Node | null)[] => {
    const d = following !== null ? latest(game, following) : undefined;
    if (!d) return [h('p', {}, [t('builder.sent', { actor: draft ? actorName(sc, draft.partner) : '' })])];
    const other = d.from === me ? d.to : d.from;
    const name = actorName(sc, other);
    const prev = counteredOf(game, d);
    const out: (Node | null)[] = [h('h3', { id: 'builder-answer-title', tabindex: '-1' }, [t('builder.answerTitle')])];
    const again = h('button', { type: 'button', id: 'builder-new', onclick: () => open({ partner: other }) }, [t('builder.newDeal')]);
    const done = h('button', { type: 'button', id: 'builder-done', onclick: close }, [t('builder.done')]);
    if (d.status === 'signed' || d.status === 'completed') {
      out.push(
        h('p', { class: 'answer yes', id: 'builder-answer', role: 'status' }, [`✓ ${t('builder.accepted', { actor: name })}`]),
        termList(sc, d.terms, me),
      );
      out.push(h('div', { class: 'buttons' }, [done, again]));
    } else if (d.status === 'rejected') {
      out.push(
        h('p', { class: 'answer no', id: 'builder-answer', role: 'status' }, [
          `✗ ${d.from === me ? t('builder.rejected', { actor: name }) : t('offers2.replyRejected', { actor: actorName(sc, me), id: d.id })}`,
        ]),
      );
      if (d.reason)
        out.push(h('p', { class: 'answer-reason' }, [t('builder.reason', { reason: wordsOf(store.getState()).say(d.reason) })]));
      out.push(h('div', { class: 'buttons' }, [again, done]));
    } else if (d.status === 'proposed' && d.to === me && prev) {
      // A counter-offer to us: what we sent beside what came back, with the reason.
      out.push(h('p', { class: 'answer counter', id: 'builder-answer', role: 'status' }, [`⇄ ${t('builder.countered', { actor: name })}`]));
      if (prev.reason)
        out.push(h('p', { class: 'answer-reason' }, [t('builder.reason', { reason: wordsOf(store.getState()).say(prev.reason) })]));
      out.push(compareDeals(sc, me, prev, d), h('p', { class: 'meta' }, [t('builder.changedMark')]));
      out.push(
        h('div', { class: 'buttons' }, [
          h(
            'button',
            {
              type: 'button',
              class: 'primary',
              id: 'builder-accept',
              onclick: () => {
                void store
                  .getState()
                  .dispatch({ type: 'respondDeal', actor: me, deal: d.id, response: 'accept' })
                  .then((o) => {
                    if (o.ok) document.getElementById('builder-answer-title')?.focus();
                  });
              },
            },
            [t('builder.accept')],
          ),
          h(
            'button',
            {
              type: 'button',
              id: 'builder-reject',
              onclick: () => {
                void store
                  .getState()
                  .dispatch({ type: 'respondDeal', actor: me, deal: d.id, response: 'reject' })
                  .then((o) => {
                    if (o.ok) document.getElementById('builder-answer-title')?.focus();
                  });
              },
            },
            [t('builder.reject')],
          ),
          h('button', { type: 'button', id: 'builder-counter', onclick: () => open({ counterOf: d.id }) }, [t('builder.counterAgain')]),
        ]),
      );
    } else if (d.status === 'proposed') {
      out.push(
        h('p', { class: 'answer', id: 'builder-answer', role: 'status' }, [t('builder.waitingAnswer', { actor: name })]),
        h('div', { class: 'buttons' }, [done, again]),
      );
    } else {
      out.push(
        h('p', { class: 'answer', id: 'builder-answer', role: 'status' }, [
          d.status === 'withdrawn' ? t('builder.withdrawn') : t('builder.lapsed'),
        ]),
        h('div', { class: 'buttons' }, [done, again]),
      );
    }
    return out;
  };

  const render = (): void => {
    const c = ctx();
    if (!c) {
      close();
      return;
    }
    const counter = draft?.counterOf !== undefined;
    const title = counter && draft ? t('builder.counterTitle', { actor: actorName(c.sc, draft.partner) }) : t('builder.title');
    renderInto(dialog, [
      h('div', { class: 'builder-top' }, [
        h('h2', { id: 'builder-title', tabindex: '-1' }, [title]),
        h('button', { type: 'button', class: 'close', id: 'builder-close', 'aria-label': t('builder.close'), onclick: close }, [
          t('causes.close'),
        ]),
      ]),
      live,
      ...(view === 'compose' ? composeView(c.game, c.sc, c.me) : answerView(c.game, c.sc, c.me)),
    ]);
    if (view === 'compose') refresh();
  };

  document.addEventListener(OPEN_BUILDER, (e) => open((e as CustomEvent<BuilderRequest>).detail ?? {}));
  return store.subscribe((s, p) => {
    if (!dialog.open) return;
    // Hot-seat: the device changed hands, or the game ended or was replaced: the builder closes.
    if (s.choice?.side !== p.choice?.side || s.game?.setup !== p.game?.setup || s.ui.screen !== 'game' || !viewerOf(s)) {
      close();
      return;
    }
    if (s.game !== p.game) {
      if (view === 'compose') refresh();
      else render();
    }
  });
}
