/** Strings for sound and the settings panel. */
export const audio = {
} as const;
