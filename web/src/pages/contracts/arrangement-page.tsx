import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../api/auth';
import { useArrangement, type CareArrangementDetail } from '../../api/contracts';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { hasRole } from '../../components/roles';
import { useFormat } from '../../i18n/format';
import { ArrangementFacts } from './arrangement-facts';
import './contracts.css';

/**
 * One arrangement: places used and free, and its placements. A youth is placed by a consultant's decision (an
 * allocation with this arrangement, checked against the capacity); the contract manager sees no client data,
 * only the allocation number, provider, period and decision reference. A consultant can open the decision.
 */
export function ArrangementPage() {
  const { t } = useTranslation();
  const { arrangementId = '' } = useParams();
  const arrangement = useArrangement(arrangementId);
  const a = arrangement.data;
  return (
    <>
      <PageHeading>{a ? a.name : t('contracts.arrangements.loading')}</PageHeading>
      <Paragraph>
        <AppLink to="/contracts/arrangements">{t('contracts.arrangements.back')}</AppLink>
        {a ? (
          <>
            {' · '}
            <AppLink to={`/contracts/arrangements/${a.id}/edit`}>{t('contracts.arrangements.edit')}</AppLink>
          </>
        ) : null}
      </Paragraph>
      <ProblemAlert error={arrangement.error} />
      {a ? (
        <>
          <ArrangementFacts a={a} />
          <Placements a={a} />
        </>
      ) : null}
    </>
  );
}

function Placements({ a }: { a: CareArrangementDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const consultant = hasRole(useCurrentUser(), 'consultant');
  return (
    <section aria-labelledby="placements-title">
      <Heading2 id="placements-title">{t('contracts.arrangements.placements')}</Heading2>
      <Paragraph>{t('contracts.arrangements.howToPlace')}</Paragraph>
      {a.placements.length === 0 ? (
        <Paragraph>{t('contracts.arrangements.noPlacements')}</Paragraph>
      ) : (
        <DataTable caption={t('contracts.arrangements.placementsCaption', { count: a.placements.length })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('contracts.arrangements.allocationNumber')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.provider')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.fields.period')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.arrangements.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('contracts.arrangements.decision')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {a.placements.map((p) => (
              <TableRow key={p.allocationNumber}>
                <TableHeaderCell scope="row">{p.allocationNumber}</TableHeaderCell>
                <TableCell>{p.providerName}</TableCell>
                <TableCell>
                  {format.date(p.startsOn)} – {format.date(p.endsOn)}
                </TableCell>
                <TableCell>
                  {p.current
                    ? t('contracts.arrangements.statusCurrent')
                    : t(`contracts.arrangements.statuses.${p.status}`)}
                </TableCell>
                <TableCell>
                  {consultant ? (
                    <AppLink to={`/decisions/${p.decisionId}/letter`}>{p.decisionReference}</AppLink>
                  ) : (
                    p.decisionReference
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </section>
  );
}
