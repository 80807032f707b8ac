import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFamilyInvolvement } from '../../api/involvement';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

/** The dossier's "who is involved": organisations and contacts from the referral index, per young person. */
export function FamilyInvolvementSection({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const involvement = useFamilyInvolvement(familyId);
  return (
    <section className="kt-section" aria-labelledby="dossier-involvement" data-testid="dossier-involvement">
      <Heading2 id="dossier-involvement">{t('involvement.family.heading')}</Heading2>
      <QueryView query={involvement}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t('involvement.family.empty')}</Paragraph>
          ) : (
            <UnorderedList>
              {data.items.map((i) => (
                <UnorderedListItem key={`${i.personId}-${i.organisationName}`}>
                  {t('involvement.family.item', {
                    person: i.personName,
                    organisation: i.organisationName,
                    contact: i.contactName,
                    phone: i.contactPhone,
                    since: format.date(i.registeredAt),
                  })}
                  {i.contactEmail ? `, ${i.contactEmail}` : ''}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )
        }
      </QueryView>
    </section>
  );
}
