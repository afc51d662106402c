/** The How to play page, open over the start screen or the game (src/ui/howToPlay.ts). */
export type HowToPlayDialog = { readonly kind: 'howToPlay' };
