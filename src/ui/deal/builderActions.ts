import { type GameState, type Scenario, whatWouldYouWant } from '../../sim';
import type { DealBuilderDialog, DealDraft, GameStore } from '../../state/createGameStore';
import type { Mount } from '../view';
import { viewerOf } from '../viewer';
import { type BuilderRequest, draftFor, freshDraft, sendAction } from './draft';

/** Everything a builder view reads (with the render's words), taken from one render's state. */
export type Builder = {
  s: GameStore;
  m: Mount;
  game: GameState;
  sc: Scenario;
  me: string;
  dialog: DealBuilderDialog;
  /** Null when the side has nobody to negotiate with. */
  draft: DealDraft | null;
};

/** The builder as the store has it now, or null when it is closed or nobody can use it. */
export function builderOf(s: GameStore, m: Mount): Builder | null {
  const me = viewerOf(s);
  const dialog = s.ui.dialog;
  if (!s.game || !s.entry || !me || dialog?.kind !== 'dealBuilder') return null;
  const sc = s.entry.scenario;
  return { s, m, game: s.game, sc, me, dialog, draft: draftFor(s.game, sc, me, dialog, s.ui.drafts[me]) };
}

/** Moves focus to one of the builder's elements (the view has rendered the change by the time this runs). */
export function focusPart(m: Mount, part: string): void {
  m.root.querySelector<HTMLElement>(`#${CSS.escape(m.id(part))}`)?.focus();
}

/** Where focus goes when the builder opens on a request: the partner, or the title of a counter-offer. */
export function startFocus(req: BuilderRequest): string {
  return req.counterOf !== undefined ? 'builder-title' : 'builder-partner';
}

/** The builder's current state, read fresh (handlers run after the render that made them). */
function current(m: Mount): Builder | null {
  return builderOf(m.store.getState(), m);
}

/** Writes a changed draft: the dialog forgets the last wish and refusal; a side's own draft (not a counter) is kept for next time. */
function saveDraft(b: Builder, draft: DealDraft, extra: Partial<DealBuilderDialog> = {}): void {
  const { wish: _w, refusal: _r, adopted: _a, ...dialog } = b.dialog;
  b.s.setUi({
    dialog: { ...dialog, draft, ...extra },
    drafts: draft.counterOf === undefined ? { ...b.s.ui.drafts, [b.me]: draft } : b.s.ui.drafts,
  });
}

/** Changes the draft with `f` (tick, amount, partner…). */
export function editDraft(m: Mount, f: (sc: Scenario, d: DealDraft) => DealDraft): void {
  const b = current(m);
  if (b?.draft) saveDraft(b, f(b.sc, b.draft));
}

/** Starts a blank draft with another partner. */
export function changePartner(m: Mount, partner: string): void {
  editDraft(m, (sc, d) => freshDraft(sc, d.owner, partner));
}

/** "What would you want for this?": asks the partner, and keeps its answer in the dialog. */
export function askWish(m: Mount): void {
  const b = current(m);
  if (!b?.draft) return;
  const wish = whatWouldYouWant(b.game, b.sc, b.me, b.draft.partner, [...b.draft.terms]);
  const { adopted: _a, ...dialog } = b.dialog;
  b.s.setUi({ dialog: { ...dialog, draft: b.draft, wish } });
}

/** Puts what the partner asked for into the draft, then moves to the send button. */
export function adoptWish(m: Mount): void {
  const b = current(m);
  const wish = b?.dialog.wish;
  if (!b?.draft || !wish?.ok) return;
  const adopted = freshDraft(b.sc, b.me, b.draft.partner, wish.terms, b.draft.counterOf);
  saveDraft(b, adopted, { adopted: true });
  focusPart(m, 'builder-send');
}

/** Sends the draft; the answer view follows the offer the outcome made, or the dialog says why it was refused. */
export async function sendDraft(m: Mount): Promise<void> {
  const b = current(m);
  if (!b?.draft) return;
  const draft = b.draft;
  // Pinned in the dialog first, so that the answer below is matched to this very draft.
  if (b.dialog.draft !== draft) b.s.setUi({ dialog: { ...b.dialog, draft } });
  const o = await b.s.dispatch(sendAction(draft));
  const after = current(m);
  if (!after || after.draft !== draft) return;
  if (!o.ok) {
    // Said here, where the player is looking: the error banner is behind the modal dialog.
    after.s.setUi({ dialog: { ...after.dialog, draft, refusal: o.reason } });
    after.s.clearError();
    return;
  }
  const made = o.events.find((e) => (e.type === 'DealProposed' && e.from === b.me) || (e.type === 'DealCountered' && e.by === b.me));
  const following = made?.type === 'DealProposed' ? made.deal : made?.type === 'DealCountered' ? made.counter : undefined;
  const { [b.me]: _sent, ...others } = after.s.ui.drafts;
  after.s.setUi({
    dialog: { ...after.dialog, draft, following: following ?? null },
    drafts: draft.counterOf === undefined ? others : after.s.ui.drafts,
  });
  focusPart(m, 'builder-answer-title');
}

/** Accepts or rejects a counter-offer from the answer view. */
export async function answerCounter(m: Mount, deal: number, response: 'accept' | 'reject'): Promise<void> {
  const b = current(m);
  if (!b) return;
  const o = await b.s.dispatch({ type: 'respondDeal', actor: b.me, deal, response });
  if (o.ok) focusPart(m, 'builder-answer-title');
}

/** Starts the builder over on another request (a new deal with a partner, or a counter to a counter). */
export function reopen(m: Mount, req: BuilderRequest): void {
  m.store.getState().openDialog({ kind: 'dealBuilder', ...req });
  focusPart(m, startFocus(req));
}
