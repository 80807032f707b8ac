// One request with its suggestions: eligible support families ranked, each score explained.
import {
  Alert,
  Button,
  Heading2,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAcceptPair, useRejectPair, useRequest, useSuggestions, useBoardKinds } from '../../api/support-families';
import { AppLink } from '../../components/app-link';
import { DataTable } from '../../components/data-table';
import { PageHeading } from '../../components/page-heading';
import { ProblemAlert } from '../../components/problem-alert';
import { QueryView } from '../../components/query-view';
import { kindLabels, slotLabel } from './labels';
import { ScoreExplanation } from './score-explanation';

export function RequestPage() {
  const { t, i18n } = useTranslation();
  const { requestId = '' } = useParams();
  const request = useRequest(requestId);
  const kinds = useBoardKinds().data?.items;
  const navigate = useNavigate();
  const accept = useAcceptPair();
  const reject = useRejectPair();
  return (
    <QueryView query={request}>
      {(r) => (
        <>
          <PageHeading>{t('supportFamilies.request.title', { reference: r.reference, name: r.givenName })}</PageHeading>
          <dl className="kt-sf-summary">
            <div>
              <dt>{t('supportFamilies.requests.statusCol')}</dt>
              <dd>{t(`supportFamilies.requestStatus.${r.status}`)}</dd>
            </div>
            <div>
              <dt>{t('supportFamilies.requests.place')}</dt>
              <dd>
                {r.neighbourhoodName ?? '—'}, {r.municipalityName}
              </dd>
            </div>
            <div>
              <dt>{t('supportFamilies.requests.waiting')}</dt>
              <dd>{t('supportFamilies.requests.days', { count: r.waitingDays })}</dd>
            </div>
          </dl>
          <Paragraph>
            {t('supportFamilies.request.asks', {
              kinds: kindLabels(kinds, r.supportKinds, i18n.language),
              ages: r.childAges.join(', '),
            })}
          </Paragraph>
          <Paragraph>
            {t('supportFamilies.request.when', { slots: r.availability.map((s) => slotLabel(t, s)).join(', ') })}
          </Paragraph>
          <Paragraph>
            {t('supportFamilies.request.referred', { by: t(`supportFamilies.referrers.${r.referredBy}`) })}
          </Paragraph>
          {r.upbringing ? (
            <Paragraph>
              {t('supportFamilies.request.upbringing')}: {r.upbringing}
            </Paragraph>
          ) : null}
          {r.offerBack ? (
            <Paragraph>
              {t('supportFamilies.request.offerBack')}: {r.offerBack}
            </Paragraph>
          ) : null}
          {r.status === 'open' ? (
            <Suggestions
              requestId={r.id}
              onAccept={(familyId) =>
                accept.mutate(
                  { requestId: r.id, familyId },
                  { onSuccess: (m) => void navigate(`/buurtgezinnen/koppelingen/${m.id}`) },
                )
              }
              onReject={(familyId) => reject.mutate({ requestId: r.id, familyId })}
              busy={accept.isPending || reject.isPending}
            />
          ) : null}
          <ProblemAlert error={accept.error ?? reject.error} />
        </>
      )}
    </QueryView>
  );
}

function Suggestions({
  requestId,
  onAccept,
  onReject,
  busy,
}: {
  requestId: string;
  onAccept: (familyId: string) => void;
  onReject: (familyId: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(requestId);
  return (
    <section className="kt-section">
      <Heading2>{t('supportFamilies.request.suggestions')}</Heading2>
      <QueryView query={suggestions}>
        {(s) => (
          <>
            {s.items.length === 0 ? (
              <Alert type="info" className="kt-alert">
                <Paragraph>{t('supportFamilies.request.noSuggestions')}</Paragraph>
              </Alert>
            ) : null}
            <Paragraph>
              {t('supportFamilies.request.notEligible', {
                far: s.notEligible.too_far ?? 0,
                support: s.notEligible.no_shared_support ?? 0,
                time: s.notEligible.no_shared_time ?? 0,
                full: s.notEligible.no_capacity ?? 0,
              })}
            </Paragraph>
            <DataTable
              caption={t('supportFamilies.request.suggestionsCaption', { count: s.items.length })}
              testId="suggestions"
              stack
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('supportFamilies.request.family')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('supportFamilies.request.score')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {s.items.map((item) => (
                  <TableRow key={item.family.id}>
                    <TableCell>
                      <AppLink to={`/buurtgezinnen/steungezinnen/${item.family.id}`}>
                        {item.family.givenName} ({item.family.reference})
                      </AppLink>
                      <br />
                      {item.family.neighbourhoodName}
                    </TableCell>
                    <TableCell>
                      <ScoreExplanation criteria={item.criteria} score={item.score} />
                    </TableCell>
                    <TableCell>
                      <div className="kt-sf-actions">
                        <Button
                          appearance="primary-action-button"
                          disabled={busy}
                          onClick={() => onAccept(item.family.id)}
                        >
                          {t('supportFamilies.proposal.accept', { name: item.family.givenName })}
                        </Button>
                        <Button appearance="subtle-button" disabled={busy} onClick={() => onReject(item.family.id)}>
                          {t('supportFamilies.proposal.reject', { name: item.family.givenName })}
                        </Button>
                      </div>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </DataTable>
          </>
        )}
      </QueryView>
    </section>
  );
}
