import { describe, expect, it } from 'vitest';
import { NAV_ENTRIES, visibleEntries } from '../components/main-nav';
import { mergeTexts, SHARED_TEXTS, TEXT_SOURCES } from '../i18n/resources';
import type { TextTree, WebRoute } from '../web-module';
import { WEB_MODULES } from '.';

function leafKeys(tree: TextTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function routePaths(routes: readonly WebRoute[], prefix = ''): string[] {
  return routes.flatMap((route) => {
    const path = route.path === undefined ? prefix || '/' : `${prefix}/${route.path}`;
    return [path, ...routePaths(route.children ?? [], path)];
  });
}

describe('web modules', () => {
  it('every folder under pages/ is a module in WEB_MODULES', () => {
    // Lazy globs list the files without loading them; the folders are the first path segment.
    const folders = [...new Set(Object.keys(import.meta.glob('./*/**')).map((path) => path.split('/')[1]))];
    expect(WEB_MODULES.map((module) => module.name).sort()).toEqual(folders.sort());
  });

  it.each(TEXT_SOURCES.map((source) => [source.name, source] as const))('%s has the same keys in nl and en', (_, s) => {
    expect(leafKeys(s.texts.en).sort()).toEqual(leafKeys(s.texts.nl).sort());
  });

  it('no text key is defined by two modules', () => {
    expect(() => mergeTexts(TEXT_SOURCES)).not.toThrow();
  });

  it('a key defined twice stops the merge', () => {
    const twice = { name: 'twice', texts: { nl: { app: { name: 'X' } }, en: { app: { name: 'X' } } } };
    expect(() => mergeTexts([SHARED_TEXTS, twice])).toThrow(/'app' is defined by both shared \(i18n\/\) and twice/);
  });

  it('every menu label has a text in both languages', () => {
    const merged = mergeTexts(TEXT_SOURCES);
    const keys = { nl: new Set(leafKeys(merged.nl)), en: new Set(leafKeys(merged.en)) };
    for (const entry of NAV_ENTRIES) {
      expect(keys.nl.has(entry.label), entry.label).toBe(true);
      expect(keys.en.has(entry.label), entry.label).toBe(true);
    }
  });

  it('no two routes claim the same path', () => {
    const paths = routePaths(WEB_MODULES.flatMap((module): readonly WebRoute[] => module.routes));
    expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
  });

  // The main menu per role as it was written out by hand before the manifests; a role's menu only changes on purpose.
  // Approvals (issue 11: separation of duties) is new for administrators and team leads.
  // The meetlat and the learning log (issue 14) are new for professionals, team leads and policy advisors;
  // administrators get the meetlat (they load a region's definition).
  const MENUS = {
    professional: [
      '/',
      '/inbox',
      '/families',
      '/involvement',
      '/signals/queue',
      '/learning/meetlat',
      '/learning/log',
      '/profile',
      '/verzoeken-gezin',
    ],
    team_lead: [
      '/',
      '/inbox',
      '/families',
      '/involvement',
      '/signals/queue',
      '/insights/patterns',
      '/insights/outcomes',
      '/insights/signal-outcomes',
      '/insights/cbs-delivery',
      '/learning/meetlat',
      '/learning/log',
      '/profile',
      '/approvals',
    ],
    consultant: ['/', '/inbox', '/decisions', '/families', '/profile'],
    signaller: ['/', '/inbox', '/involvement', '/signals/submit', '/profile'],
    coordinator: ['/', '/inbox', '/buurtgezinnen', '/profile'],
    policy: [
      '/',
      '/inbox',
      '/buurtgezinnen-cijfers',
      '/insights/patterns',
      '/insights/outcomes',
      '/insights/budget',
      '/insights/signal-outcomes',
      '/learning/meetlat',
      '/learning/log',
      '/profile',
    ],
    admin: ['/', '/inbox', '/learning/meetlat', '/profile', '/admin', '/approvals'],
    privacy_officer: ['/', '/inbox', '/profile', '/verzoeken-gezin', '/privacy/shields', '/audit'],
    family: ['/', '/mijn', '/inbox', '/profile'],
    // Contract management (issue 13): contracts and budgets for the contract manager.
    contract_manager: ['/', '/inbox', '/contracts', '/budgets', '/insights/outcomes', '/insights/budget', '/profile'],
    // The provider's administrator (issue 13): its allocations, message box and claims.
    provider: [
      '/',
      '/inbox',
      '/provider/allocations',
      '/provider/messages',
      '/provider/claims',
      '/insights/outcomes',
      '/profile',
    ],
  } as const;

  it.each(Object.entries(MENUS))('the main menu of a %s', (role, menu) => {
    expect(visibleEntries(NAV_ENTRIES, { roles: [role as keyof typeof MENUS] }).map((entry) => entry.to)).toEqual(menu);
  });

  it('a user with several roles sees each entry once, in the menu order', () => {
    const roles = ['signaller', 'professional', 'admin', 'privacy_officer'] as const;
    expect(visibleEntries(NAV_ENTRIES, { roles: [...roles] }).map((entry) => entry.to)).toEqual([
      '/',
      '/inbox',
      '/families',
      '/involvement',
      '/signals/submit',
      '/signals/queue',
      '/learning/meetlat',
      '/learning/log',
      '/profile',
      '/admin',
      '/verzoeken-gezin',
      '/approvals',
      '/privacy/shields',
      '/audit',
    ]);
  });
});
