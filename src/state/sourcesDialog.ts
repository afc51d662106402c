import type { Dialog } from './createGameStore';

/**
 * The Sources & checks page (src/ui/sourcesPage.ts) and the Who's who card, open over the start
 * screen or the game. `marked`: only the claims that are not confirmed; `ref`: the reference to
 * show (its item in the list takes focus); `back`: the dialog it was opened from (a reference
 * followed from the deal builder, Who's who or How to play), which comes back when it closes.
 */
export type SourcesDialog = {
  readonly kind: 'sources';
  readonly marked?: boolean;
  readonly ref?: string;
  readonly back?: Exclude<Dialog, SourcesDialog>;
};

/** Who's who: every actor of the scenario, with its interests and sources. */
export type WhosWhoDialog = { readonly kind: 'whosWho'; readonly actor?: string };
