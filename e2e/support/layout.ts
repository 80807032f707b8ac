// No sideways scrolling of the page on a phone: every page is checked at 390 px (project brief), and a
// table or chart that pushes the page wider than the window is the commonest layout regression (a wide
// table belongs in DataTable's scroll region, web/src/components/data-table.tsx). `checkpoint()` runs this
// on every page of a phone-sized journey; the failure names the outermost elements that stick out.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Viewports this narrow or narrower are phones: their checkpoints assert that the page fits. */
export const PHONE_MAX_WIDTH = 480;

export interface SidewaysOverflow {
  /** How many CSS pixels the page is wider than its window (0: it fits). */
  overflow: number;
  /**
   * The outermost elements that end right of the window (or, when none does, the innermost whose content
   * does), as "tag.class#testid right=… width=…".
   */
  offenders: string[];
}

export function sidewaysOverflow(page: Page): Promise<SidewaysOverflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const overflow = Math.max(0, root.scrollWidth - root.clientWidth);
    const offenders: Element[] = [];
    if (overflow > 0) {
      for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= root.clientWidth + 1) continue;
        if (offenders.some((outer) => outer.contains(el))) continue;
        offenders.push(el);
        if (offenders.length >= 5) break;
      }
      // No box sticks out, yet the page is wider: content spills out of a box that fits (unwrapped text in
      // a summary did so on the families page). Name the innermost elements whose content ends right of the window.
      if (offenders.length === 0) {
        const spilling = [...document.querySelectorAll('body *')].filter((el) => {
          const box = el.getBoundingClientRect();
          const spills = box.width > 0 && box.left + el.scrollWidth > root.clientWidth + 1;
          return spills && getComputedStyle(el).overflowX === 'visible';
        });
        offenders.push(
          ...spilling.filter((el) => !spilling.some((inner) => inner !== el && el.contains(inner))).slice(0, 5),
        );
      }
    }
    const describe = (el: Element) => {
      const box = el.getBoundingClientRect();
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const testId = el.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${classes}${testId ? `#${testId}` : ''} right=${Math.round(box.right)} width=${Math.round(box.width)}`;
    };
    return { overflow, offenders: offenders.map(describe) };
  });
}

/** Fails when the page scrolls sideways, naming what sticks out. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  expect(await sidewaysOverflow(page), `${where} is wider than the window`).toEqual({ overflow: 0, offenders: [] });
}

/**
 * The tables whose scroll region (DataTable's `.kt-table-scroll`) scrolls sideways, by test id or title: on a
 * desktop-sized window a table that fits nowhere else should still fit the page column.
 */
export function sidewaysScrollingTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.kt-table-scroll')]
      .filter((region) => region.scrollWidth > region.clientWidth + 1)
      .map(
        (region) =>
          `${region.dataset.testid ?? region.getAttribute('aria-labelledby') ?? 'table'} (${region.scrollWidth} px in ${region.clientWidth})`,
      ),
  );
}

/** Fails when a table on the page needs sideways scrolling, naming it. */
export async function expectTablesFit(page: Page, where: string): Promise<void> {
  expect(await sidewaysScrollingTables(page), `tables on ${where} that scroll sideways`).toEqual([]);
}
