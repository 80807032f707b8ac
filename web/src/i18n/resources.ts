import { WEB_MODULES } from '../pages';
import type { TextTree } from '../web-module';
import sharedEn from './en.json';
import sharedNl from './nl.json';

type Intersect<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;

/** The app shell's texts (menu, common buttons, errors) and every module's, in one tree: i18next's default namespace. */
export type AppTexts = typeof sharedNl & Intersect<(typeof WEB_MODULES)[number]['texts']['nl']>;

export interface TextSource {
  name: string;
  texts: { nl: TextTree; en: TextTree };
}

/**
 * Merges the sources' texts per language. Each top-level key has one owner; a second owner is a mistake that would
 * silently replace texts, so it throws.
 */
export function mergeTexts(sources: readonly TextSource[]): { nl: TextTree; en: TextTree } {
  const merged = { nl: {} as Record<string, string | TextTree>, en: {} as Record<string, string | TextTree> };
  const owners = new Map<string, string>();
  for (const source of sources) {
    for (const language of ['nl', 'en'] as const) {
      for (const [key, value] of Object.entries(source.texts[language])) {
        const owner = owners.get(`${language}:${key}`);
        if (owner !== undefined) throw new Error(`Text key '${key}' is defined by both ${owner} and ${source.name}`);
        owners.set(`${language}:${key}`, source.name);
        merged[language][key] = value;
      }
    }
  }
  return merged;
}

export const SHARED_TEXTS: TextSource = { name: 'shared (i18n/)', texts: { nl: sharedNl, en: sharedEn } };

export const TEXT_SOURCES: readonly TextSource[] = [SHARED_TEXTS, ...WEB_MODULES];
