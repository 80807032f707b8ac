import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { usePrivilegedChangeLog } from '../../api/privileged-changes';
import { PrivilegedChangesTable } from '../../components/privileged-changes-table';
import { QueryView } from '../../components/query-view';

/** Every change that gave or took access to case content: who asked, who approved or rejected, when. */
export function PrivilegedChanges() {
  const { t } = useTranslation();
  const log = usePrivilegedChangeLog();
  return (
    <section className="kt-section">
      <Heading2>{t('privileged.logHeading')}</Heading2>
      <Paragraph>{t('privileged.logIntro')}</Paragraph>
      <QueryView query={log}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('privileged.noneLogged')}</Paragraph>
          ) : (
            <PrivilegedChangesTable
              items={items}
              caption={t('privileged.logCaption', { count: items.length })}
              testId="privileged-changes"
            />
          )
        }
      </QueryView>
    </section>
  );
}
