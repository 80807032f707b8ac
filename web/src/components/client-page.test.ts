// Client-side paging of the capped registration and match lists.
import { describe, expect, it } from 'vitest';
import { clientPage } from './client-page';

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('clientPage', () => {
  it('shows the first 25 of 290 in order, then the next 25', () => {
    const first = clientPage(list(290), 1, 25);
    expect(first).toMatchObject({ page: 1, from: 1, to: 25, total: 290 });
    expect(first.items).toEqual(list(25));
    const second = clientPage(list(290), 2, 25);
    expect(second).toMatchObject({ page: 2, from: 26, to: 50 });
    expect(second.items[0]).toBe(26);
  });

  it('shows a short last page', () => {
    const last = clientPage(list(290), 12, 25);
    expect(last).toMatchObject({ page: 12, from: 276, to: 290 });
    expect(last.items).toHaveLength(15);
  });

  it('clamps a page past the end (the list shrank) to the last page, and below 1 to the first', () => {
    expect(clientPage(list(50), 3, 25)).toMatchObject({ page: 2, from: 26, to: 50 });
    expect(clientPage(list(50), 0, 25)).toMatchObject({ page: 1, from: 1, to: 25 });
  });

  it('reports an empty list as 0–0 of 0 on page 1', () => {
    expect(clientPage([], 4, 20)).toEqual({ page: 1, items: [], from: 0, to: 0, total: 0 });
  });
});
