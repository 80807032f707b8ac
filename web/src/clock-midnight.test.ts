// The date fields of the forms start at today's date in the Netherlands. Just after midnight the UTC
// date is still yesterday: a default taken from it made a sign-off look a day late and a contact
// attempt precede the signal it was about (src/clock-midnight.int.test.ts shows the server side).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ME_KEY } from './api/query-client';
import type { PlanView } from './api/plans';
import type { SignalDetail } from './api/signals';
import { SignOffForm } from './pages/plans/sign-off-form';
import { OutreachSection } from './pages/signals/outreach-section';

// The real i18n module sets the document's language on import; the forms only need `toLanguage`.
vi.mock('./i18n/index', () => ({
  LANGUAGES: ['nl', 'en'],
  toLanguage: () => 'nl',
  i18n: { t: (key: string) => key, language: 'nl' },
}));

afterEach(() => {
  vi.useRealTimers();
});

function render(element: ReactElement): string {
  const client = new QueryClient();
  client.setQueryData(ME_KEY, { roles: ['professional'], teams: [] });
  return renderToString(createElement(QueryClientProvider, { client }, element));
}

/** The value of every date input in the rendered HTML. */
const dateValues = (html: string) =>
  [...html.matchAll(/<input[^>]*type="date"[^>]*>/g)].map((m) => /value="([^"]*)"/.exec(m[0])?.[1]);

// Partial records: the forms read only these fields.
const plan = { familyId: 'f', current: { version: 1 } } as unknown as PlanView;
const signal = {
  id: 's',
  contactAttempts: [],
  outreach: null,
  category: 'rent_arrears',
  abilities: { recordOutreach: true },
} as unknown as SignalDetail;

describe.each([
  { name: 'winter', instant: '2026-03-10T23:30:00Z', dutchDate: '2026-03-11' },
  { name: 'summer', instant: '2026-07-10T22:30:00Z', dutchDate: '2026-07-11' },
])('at 00:30 Amsterdam time ($name)', ({ instant, dutchDate }) => {
  it('the sign-off form defaults to the Dutch date', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
    expect(dateValues(render(createElement(SignOffForm, { plan })))).toEqual([dutchDate]);
  });

  it('the contact-attempt form defaults to the Dutch date', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
    const values = dateValues(render(createElement(OutreachSection, { signal })));
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set([dutchDate]));
  });
});
