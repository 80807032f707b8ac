// Every table downloads as CSV and as Excel (issue 14): the rows already on the page, so a download can
// never hold more than the reader was shown (suppressed cells stay empty). CSV through csv-stringify and
// XLSX through ExcelJS — both loaded only when a reader clicks, so the pages stay light. Dutch CSV uses
// a semicolon and a decimal comma (what Excel expects with Dutch settings) and starts with a BOM so
// accents survive; the XLSX keeps numbers as numbers.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@utrecht/component-library-react';
import { useLanguage } from '../i18n/use-language';

export interface DownloadColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null;
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name without characters a file system refuses: "Indicatoren Kampen 2026" → "indicatoren-kampen-2026". */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'tabel'
  );
}

export function TableDownload<Row>({
  fileName,
  columns,
  rows,
}: {
  fileName: string;
  columns: readonly DownloadColumn<Row>[];
  rows: readonly Row[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState(false);
  const base = safeFileName(fileName);
  const matrix = () => rows.map((row) => columns.map((c) => c.value(row)));

  async function downloadCsv() {
    const { stringify } = await import('csv-stringify/browser/esm/sync');
    const dutch = language === 'nl';
    const cells = matrix().map((r) =>
      r.map((v) => (v === null ? '' : typeof v === 'number' && dutch ? String(v).replace('.', ',') : String(v))),
    );
    const text = stringify([columns.map((c) => c.header), ...cells], { delimiter: dutch ? ';' : ',' });
    save(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
  }

  async function downloadXlsx() {
    setBusy(true);
    try {
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet(fileName.slice(0, 31).replace(/[[\]*?:/\\]/g, ' ') || 'Tabel');
      sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
      for (const r of matrix()) sheet.addRow(r.map((v) => v ?? undefined));
      sheet.columns.forEach((column, i) => {
        const header = columns[i]?.header ?? '';
        column.width = Math.min(60, Math.max(12, header.length + 2));
      });
      const buffer = await workbook.xlsx.writeBuffer();
      save(
        new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        `${base}.xlsx`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="kt-table-download">
      <Button appearance="secondary-action-button" onClick={() => void downloadCsv()}>
        {t('common.downloadCsv')}
      </Button>
      <Button appearance="secondary-action-button" onClick={() => void downloadXlsx()} disabled={busy} aria-busy={busy}>
        {t('common.downloadXlsx')}
      </Button>
    </div>
  );
}
