/** Strings for the map scene, its legend, tooltips and the departments table. */
export const map = {
} as const;
