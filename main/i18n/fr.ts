import type { Catalogue } from './messages.js';

/** TODO-TRANSLATE: filled in by the translation step. */
export const fr: Catalogue = {} as Catalogue;
