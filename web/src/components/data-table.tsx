import { Table, TableCaption } from '@utrecht/component-library-react';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import './list.css';

interface DataTableProps {
  caption: ReactNode;
  children: ReactNode;
  busy?: boolean;
  testId?: string;
  /** Many columns: keep them readable and let the region scroll sideways on a phone. */
  wide?: boolean;
  /**
   * On a phone, show each row as a card with every cell labelled by its column (no sideways
   * scrolling). Wide tables stack unless told not to: their last columns would be off-screen.
   */
  stack?: boolean;
}

/** Gives every body cell its column's header text as `data-label`, which the stacked phone layout shows. */
function useColumnLabels(enabled: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const table = ref.current?.querySelector('table');
    if (!enabled || !table) return;
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
    for (const row of table.querySelectorAll('tbody tr, tfoot tr')) {
      [...row.children].forEach((cell, index) => {
        const label = headers[index];
        if (label && cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
      });
    }
  });
  return ref;
}

/**
 * A captioned table in a horizontally scrollable, keyboard-focusable region, so wide tables stay
 * usable on a phone (axe: scrollable-region-focusable). The visible title sits outside the
 * scrolling area so it is never cut off; the table keeps its own (visually hidden) caption as its name.
 */
export function DataTable({ caption, children, busy = false, testId, wide = false, stack = wide }: DataTableProps) {
  const captionId = useId();
  const ref = useColumnLabels(stack);
  const className = [wide ? 'kt-table--wide' : '', stack ? 'kt-table--stack' : ''].filter(Boolean).join(' ');
  return (
    <div className="kt-table-block" ref={ref}>
      <p id={captionId} className="utrecht-table__caption kt-table-title" aria-hidden="true">
        {caption}
      </p>
      <div className="kt-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-testid={testId}>
        <Table busy={busy} aria-busy={busy || undefined} className={className || undefined}>
          <TableCaption className="kt-visually-hidden">{caption}</TableCaption>
          {children}
        </Table>
      </div>
    </div>
  );
}
