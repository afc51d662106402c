/**
 * Whether the teachers' pages (the guide, the class setup, the comparison) are beside this page.
 * They are pages of their own on the served game; the offline single file (`npm run build:offline`)
 * holds only the game, so there their links are left out rather than lead nowhere.
 */
export const TEACHER_PAGES: boolean = import.meta.env.MODE !== 'offline';
