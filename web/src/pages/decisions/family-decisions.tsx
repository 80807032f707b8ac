// "Beschikkingen" of one family: its decisions with period, provider, status and a link to the letter,
// and its open requests — for the consultant (or a professional holding the mandate) a link to the
// decision form. Shown in the dossier and, for a consultant who cannot open the dossier, on its own page.
import {
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFamilyDecisions, type FamilyDecisions } from '../../api/decisions';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { useFormat } from '../../i18n/format';

type Level = 'basic' | 'ambulant' | 'day_treatment' | 'residential' | 'crisis' | 'protection' | 'generic';

function Decisions({ data }: { data: FamilyDecisions }) {
  const { t } = useTranslation();
  const format = useFormat();
  const day = (iso: string) => format.date(`${iso}T12:00:00Z`);
  const open = data.requests.filter((r) => r.status === 'open');
  return (
    <>
      {open.length > 0 ? (
        <>
          <Paragraph>{t('decisions.family.openRequests', { count: open.length })}</Paragraph>
          <UnorderedList data-testid="family-open-requests">
            {open.map((r) => (
              <UnorderedListItem key={r.id}>
                {t('decisions.family.request', {
                  name: r.youthGivenName,
                  question: r.question,
                  due: day(r.answerDue),
                })}
                {r.late ? ` — ${t('decisions.queue.late')}` : ''}{' '}
                {data.canDecide ? (
                  <AppLink to={`/decisions/requests/${r.id}`}>{t('decisions.family.decide')}</AppLink>
                ) : null}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      {data.items.length === 0 ? (
        <Paragraph>{t('decisions.family.none')}</Paragraph>
      ) : (
        <DataTable caption={t('decisions.family.caption')} testId="family-decisions" stack>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('decisions.family.decision')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.family.help')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.family.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.items.map((d) => (
              <TableRow key={d.id}>
                <TableHeaderCell scope="row" data-label={t('decisions.family.decision')}>
                  <AppLink to={`/decisions/${d.id}/letter`}>
                    {t('decisions.family.letter', { reference: d.reference })}
                  </AppLink>
                  <br />
                  {t('decisions.family.decidedOn', { name: d.youthGivenName, date: format.date(d.decidedAt) })}
                </TableHeaderCell>
                <TableCell data-label={t('decisions.family.help')}>
                  {d.allocations.length === 0 ? (
                    t(`decisions.rejections.${d.rejectionReason ?? '7'}`, { defaultValue: '' })
                  ) : (
                    <UnorderedList>
                      {d.allocations.map((a) => (
                        <UnorderedListItem key={a.id}>
                          {t('decisions.family.allocation', {
                            help: a.productName ?? t(`decisions.levels.${(a.levelOfHelp ?? 'generic') as Level}`),
                            provider: a.providerName,
                            from: day(a.startsOn),
                            until: day(a.endsOn),
                          })}
                          {a.status !== 'active' ? ` (${t(`decisions.allocationStatus.${a.status}`)})` : ''}
                        </UnorderedListItem>
                      ))}
                    </UnorderedList>
                  )}
                </TableCell>
                <TableCell data-label={t('decisions.family.status')}>{t(`decisions.outcomes.${d.outcome}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </DataTable>
      )}
    </>
  );
}

/** The dossier's section; quiet when the caller may not see it. */
export function FamilyDecisionsSection({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const decisions = useFamilyDecisions(familyId);
  return (
    <section className="kt-section" aria-labelledby="family-decisions">
      <Heading2 id="family-decisions">{t('decisions.family.title')}</Heading2>
      <ProblemAlert error={decisions.error} />
      {decisions.data ? <Decisions data={decisions.data} /> : null}
    </section>
  );
}

/** A consultant's view of one family's decisions, reached from a request. */
export function FamilyDecisionsPage() {
  const { t } = useTranslation();
  const { familyId = '' } = useParams();
  const decisions = useFamilyDecisions(familyId);
  return (
    <>
      <PageHeading>{t('decisions.family.pageTitle')}</PageHeading>
      <QueryView query={decisions}>{(d) => <Decisions data={d} />}</QueryView>
    </>
  );
}
