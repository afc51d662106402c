/** Strings for the DOM panels: start screen, actions, events, news, turn report, end screen, cause detail. */
export const panels = {
} as const;
