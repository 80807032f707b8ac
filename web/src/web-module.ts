import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from './api/types';

/**
 * One web capability, registered through `pages/index.ts`: its routes, its entries in the main menu and its texts.
 * The app shell (`app.tsx`, the main menu, `i18n/`) iterates the list, so adding a capability touches its own folder
 * and one line of that list.
 */
export interface WebModule<Texts extends TextTree = TextTree> {
  /** The folder name, used in error messages. */
  name: string;
  routes: readonly WebRoute[];
  nav: readonly NavEntry<TextKey<Texts>>[];
  /**
   * The capability's texts, merged into i18next's default namespace at start. Each module owns whole top-level keys
   * (`families`, `breakGlass`), so pages keep writing `t('families.title')`; a key owned twice stops the app.
   */
  texts: { nl: Texts; en: NoInfer<Texts> };
}

export interface TextTree {
  readonly [key: string]: string | TextTree;
}

export type Page = LazyExoticComponent<ComponentType>;

export interface WebRoute {
  /** Below the site root, as react-router writes it (`families/:familyId`); absent for the index page `/`. */
  path?: string;
  /** Shown at the path itself. */
  page?: Page;
  /** Where the path itself sends the user (`admin` → `admin/users`), relative to the path. */
  redirect?: string;
  /** Signed-in users with at least one of these roles; absent: every signed-in user. The server checks the same. */
  roles?: readonly Role[];
  /** Also for visitors without a session (login, the public forms). */
  public?: true;
  /** Wraps the page and the children, e.g. a second menu. */
  layout?: ComponentType;
  children?: readonly WebRoute[];
}

export interface NavEntry<Key extends string = string> {
  to: string;
  /** A key of the module's own texts, so a typo fails `typecheck`. */
  label: Key;
  /** Users with at least one of these roles see it; absent: every signed-in user. */
  roles?: readonly Role[];
  /** Position in the main menu, ascending (10 = home … 100 = audit). */
  order: number;
  /** Marked as current on the pages below it too. */
  section?: true;
  /** Shown after the label, e.g. the unread count. */
  badge?: ComponentType;
}

/** 'a.b' for every string leaf of a text tree. */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];

/** Keeps the literal text types, so i18next checks every `t('…')` key against the merged texts. */
export function defineWebModule<Texts extends TextTree>(module: WebModule<Texts>): WebModule<Texts> {
  return module;
}

/** A page loaded when first visited: each capability becomes its own chunk. */
export function lazyPage<Name extends string, M extends Record<Name, ComponentType>>(
  load: () => Promise<M>,
  name: Name,
): Page {
  return lazy(async () => ({ default: (await load())[name] }));
}
