/** Strings for saves: autosave, export, import and their errors. */
export const saves = {
} as const;
