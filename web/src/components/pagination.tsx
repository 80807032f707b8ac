import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('pagination.label')} className="kt-pagination">
      <Paragraph aria-live="polite">{t('pagination.pageOf', { page, pageCount })}</Paragraph>
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page <= 1} onClick={() => onPageChange(page - 1)}>
          {t('pagination.previous')}
        </Button>
        <Button
          appearance="secondary-action-button"
          disabled={page >= pageCount}
          onClick={() => onPageChange(page + 1)}
        >
          {t('pagination.next')}
        </Button>
      </ButtonGroup>
    </nav>
  );
}
