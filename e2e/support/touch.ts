// Touch targets on the family's pages (issue 15 item 8: "large touch targets"; WCAG 2.5.8, and the
// portal's own rule of 44 × 44 px): every button, disclosure, menu link, field and choice the page shows.
// A link inside running text is exempt (WCAG's inline exception); a radio button or checkbox counts with
// its label, which is what a finger taps.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const MIN_TARGET_PX = 44;

/** The targets smaller than 44 × 44 px, as "tag 'name' w×h". */
export function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const found: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'main button, main summary, main select, main textarea, main input, main a, nav a',
    );
    for (const el of targets) {
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      // A link in running text: the inline exception.
      if (el.tagName === 'A' && el.closest('p') && getComputedStyle(el).display === 'inline') continue;
      const choice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
      const box = (choice ? (el.closest('label') ?? el.labels?.[0] ?? el) : el).getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.height + 0.5 < min || box.width + 0.5 < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).name ?? '')
          .trim()
          .slice(0, 40);
        found.push(`${el.tagName.toLowerCase()} '${name}' ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return found;
  }, MIN_TARGET_PX);
}

export async function expectTouchTargets(page: Page, where: string): Promise<void> {
  expect(await smallTouchTargets(page), `${where}: touch targets smaller than ${MIN_TARGET_PX} px`).toEqual([]);
}
