/**
 * The Sources & checks page (src/ui/sourcesPage.ts) and the Who's who card, open over the start
 * screen or the game. `marked`: only the claims that are not confirmed; `ref`: the reference to
 * show (its item in the list takes focus).
 */
export type SourcesDialog = { readonly kind: 'sources'; readonly marked?: boolean; readonly ref?: string };

/** Who's who: every actor of the scenario, with its interests and sources. */
export type WhosWhoDialog = { readonly kind: 'whosWho'; readonly actor?: string };
