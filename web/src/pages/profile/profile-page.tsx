import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth';
import type { Me } from '../../api/types';
import { PageHeading } from '../../components/page-heading';
import { OwnSessions } from './own-sessions';
import { OwnTeams } from './own-teams';
import { TotpSettings } from './totp-settings';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageHeading>{t('profile.title')}</PageHeading>
      <ProfileDetails user={user} />
      <OwnTeams teams={user.teams} />
      <TotpSettings user={user} />
      <OwnSessions />
    </>
  );
}

function ProfileDetails({ user }: { user: Me }) {
  const { t } = useTranslation();
  const rows = [
    { key: t('profile.username'), value: user.username },
    { key: t('profile.displayName'), value: user.displayName },
    { key: t('profile.email'), value: user.email ?? t('common.none') },
    { key: t('profile.roles'), value: user.roles.map((role) => t(`roles.${role}`)).join(', ') },
    {
      key: t('profile.homeOrganisation'),
      value: `${user.homeOrganisation.name} (${t(`organisationTypes.${user.homeOrganisation.type}`)})`,
    },
  ];
  return (
    <section className="kt-section">
      <Heading2>{t('profile.detailsHeading')}</Heading2>
      <DataList appearance="rows" className="kt-data-list">
        {rows.map((row) => (
          <DataListItem key={row.key}>
            <DataListKey>{row.key}</DataListKey>
            <DataListValue>{row.value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <Paragraph>{t('profile.detailsManagedByAdmin')}</Paragraph>
    </section>
  );
}
