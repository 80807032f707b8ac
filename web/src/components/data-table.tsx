import { Table, TableCaption } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import './list.css';

interface DataTableProps {
  caption: ReactNode;
  children: ReactNode;
  busy?: boolean;
  testId?: string;
  /** Many columns: keep them readable and let the region scroll sideways on a phone. */
  wide?: boolean;
  /** On a phone every row becomes a card; give each cell `data-label` with its column's name. */
  stack?: boolean;
}

/**
 * A captioned table in a horizontally scrollable, keyboard-focusable region, so wide tables stay
 * usable on a phone (axe: scrollable-region-focusable). The visible title sits outside the
 * scrolling area so it is never cut off; the table keeps its own (visually hidden) caption as its name.
 */
export function DataTable({ caption, children, busy = false, testId, wide = false, stack = false }: DataTableProps) {
  const captionId = useId();
  return (
    <div className="kt-table-block">
      <p id={captionId} className="utrecht-table__caption kt-table-title" aria-hidden="true">
        {caption}
      </p>
      <div className="kt-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} data-testid={testId}>
        <Table
          busy={busy}
          aria-busy={busy || undefined}
          className={[wide ? 'kt-table--wide' : '', stack ? 'kt-table--stack' : ''].join(' ').trim() || undefined}
        >
          <TableCaption className="kt-visually-hidden">{caption}</TableCaption>
          {children}
        </Table>
      </div>
    </div>
  );
}
