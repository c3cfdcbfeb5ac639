/** Writes renderer/content/translations/en.json, the English source of the health content's translations. */
import { writeFileSync } from 'node:fs';
import { contentSourceText } from '../renderer/content/source.js';

const target = new URL('../renderer/content/translations/en.json', import.meta.url);
writeFileSync(target, contentSourceText());
console.log(`Wrote ${target.pathname}`);
