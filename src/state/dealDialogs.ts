import type { DealTerm, Refusal, Wish } from '../sim';

/**
 * A deal being put together in the builder (src/ui/deal/draft.ts makes and changes it). Plain
 * data in the store's UI state, never in the game: hot-seat sides each keep their own.
 */
export type DealDraft = {
  /** The side it belongs to: in hot-seat the other side never sees it. */
  readonly owner: string;
  readonly partner: string;
  /** The offer it answers, when it is a counter-offer. */
  readonly counterOf?: number;
  /** The terms ticked, in the order they were put in (a counter keeps the offer's order and amounts). */
  readonly terms: readonly DealTerm[];
  /** Amounts set on terms that are not ticked, kept for when they are ticked again. */
  readonly parked: Readonly<Record<string, number>>;
};

/**
 * The deal builder, open: what it was opened with (a partner, terms to prefill, an offer to
 * counter) and, once the player has done something, its draft, the last "what would you want"
 * answer, the offer sent whose answer it follows, and why a send was refused.
 */
export type DealBuilderDialog = {
  readonly kind: 'dealBuilder';
  readonly partner?: string;
  readonly terms?: readonly DealTerm[];
  readonly counterOf?: number;
  readonly draft?: DealDraft;
  readonly wish?: Wish;
  /** Set once the draft is sent: the offer it made (null if the outcome named none). */
  readonly following?: number | null;
  readonly refusal?: Refusal;
  /** The wish's terms were just put into the draft (said to screen readers). */
  readonly adopted?: boolean;
};

/** The confirmation before breaking one's promises in a deal. */
export type BreakDealDialog = { readonly kind: 'breakDeal'; readonly deal: number };
