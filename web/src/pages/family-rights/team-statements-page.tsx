import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useTeamStatements } from '../../api/family-rights';
import { AppLink } from '../../components/app-link';
import { PageHeading } from '../../components/page-heading';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';
import './family-rights.css';

/** The team reads the family's own statements (Jeugdwet 7.3.8), marked as written by the family. */
export function TeamStatementsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { familyId = '' } = useParams();
  const statements = useTeamStatements(familyId);
  return (
    <div className="kt-rights-page">
      <PageHeading>{t('familyRights.team.title')}</PageHeading>
      <Paragraph>
        <AppLink to={`/families/${familyId}`}>{t('familyRights.team.toDossier')}</AppLink>
      </Paragraph>
      <Paragraph>{t('familyRights.team.intro')}</Paragraph>
      <QueryView query={statements}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('familyRights.team.empty')}</Paragraph>
          ) : (
            <ul className="kt-rights-list">
              {items.map((s) => (
                <li key={s.id}>
                  <strong>{s.title}</strong>
                  <Paragraph className="kt-rights-meta">
                    {format.dateTime(s.createdAt)} · {t('familyRights.common.by', { name: s.author })}
                  </Paragraph>
                  <Paragraph className="kt-rights-body">{s.body}</Paragraph>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
