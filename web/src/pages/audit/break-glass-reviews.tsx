import { Heading2, LinkList, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useOpenBreakGlassAccesses } from '../../api/audit';
import { AppLink } from '../../components/app-link';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

/** Emergency ("break the glass") accesses still waiting for judgement: each links to its own review page. */
export function BreakGlassReviews() {
  const { t } = useTranslation();
  const format = useFormat();
  const accesses = useOpenBreakGlassAccesses();
  return (
    <section className="kt-section" data-testid="break-glass-open">
      <Heading2>{t('audit.breakGlass.heading')}</Heading2>
      <QueryView query={accesses}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('audit.breakGlass.none')}</Paragraph>
          ) : (
            <LinkList>
              {items.map((access) => (
                <li key={access.id} className="utrecht-link-list__item">
                  <AppLink to={`/audit/noodtoegang/${access.id}`} className="utrecht-link-list__link">
                    {t('audit.breakGlass.itemLink', {
                      name: access.userName,
                      family: access.familyReference,
                      opened: format.dateTime(access.openedAt),
                    })}
                  </AppLink>
                </li>
              ))}
            </LinkList>
          )
        }
      </QueryView>
    </section>
  );
}
