// The controls every server-paged list shares: a labelled search box, a sort choice where order
// matters, and a pager that says the real count ("1–25 van 899", or "van meer dan 500" for a list
// the server counts up to a cap). Page and sort live in the URL,
// the search text only in memory (list-state.ts).
import { Button, ButtonGroup, Paragraph, Textbox } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { useFieldIds } from './form/field-ids';
import { LabelledField } from './form/labelled-field';
import { SelectField } from './form/select-field';
import type { ListState } from './list-state';
import { pagerState } from './pager';
import './list.css';

interface ListToolbarProps<S extends string> {
  state: ListState<S>;
  /** The search box's label says what can be searched: "Zoek op kenmerk of naam". */
  searchLabel?: string | undefined;
  searchDescription?: string | undefined;
  /** Sort options in the order shown; omit where order does not matter. */
  sorts?: ReadonlyArray<{ value: S; label: string }> | undefined;
  /** Filters of the list itself, shown beside the search. */
  children?: ReactNode;
  label: string;
}

export function ListToolbar<S extends string>({
  state,
  searchLabel,
  searchDescription,
  sorts,
  children,
  label,
}: ListToolbarProps<S>) {
  const { t } = useTranslation();
  const ids = useFieldIds(Boolean(searchDescription), false);
  return (
    <form className="kt-filters kt-list-toolbar" role="search" aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {searchLabel ? (
        <LabelledField
          ids={ids}
          label={searchLabel}
          description={searchDescription}
          input={
            <Textbox
              id={ids.id}
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={state.input}
              onChange={(event) => state.setInput(event.target.value)}
              aria-describedby={ids.describedBy}
            />
          }
        />
      ) : null}
      {children}
      {sorts && sorts.length > 1 ? (
        <SelectField
          label={t('list.sort')}
          value={state.sort}
          onValueChange={(v) => state.setSort(v as S)}
          options={sorts}
        />
      ) : null}
    </form>
  );
}

interface ListPagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The server counted up to a cap and stopped: "1–25 van meer dan 500", and no page count. */
  totalCapped?: boolean | undefined;
  onPageChange: (page: number) => void;
}

/** "1–25 van 899" (or "van meer dan 500"; announced politely when it changes) and previous/next. */
export function ListPager({ page, pageSize, total, totalCapped, onPageChange }: ListPagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { from, to, pageCount, hasPrevious, hasNext } = pagerState({ page, pageSize, total, totalCapped });
  const range = { from: format.integer(from), to: format.integer(to), total: format.integer(total) };
  const paged = pageCount === null || pageCount > 1;
  return (
    <nav aria-label={t('pagination.label')} className="kt-pagination" data-testid="list-pager">
      <Paragraph aria-live="polite" aria-atomic="true">
        {total === 0 ? t('list.none') : t(totalCapped ? 'list.rangeMore' : 'list.range', range)}
        {pageCount === null
          ? ` · ${t('pagination.page', { page: format.integer(page) })}`
          : pageCount > 1
            ? ` · ${t('pagination.pageOf', { page, pageCount })}`
            : ''}
      </Paragraph>
      {paged ? (
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={!hasPrevious} onClick={() => onPageChange(page - 1)}>
            {t('pagination.previous')}
          </Button>
          <Button appearance="secondary-action-button" disabled={!hasNext} onClick={() => onPageChange(page + 1)}>
            {t('pagination.next')}
          </Button>
        </ButtonGroup>
      ) : null}
    </nav>
  );
}
