// What accepting several pairs at once did: how many became a match, and for each refused pair
// which one and why (in words, not a code).
import { Alert, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkPairSummary } from '../../api/support-families';
import type { Schema } from '../../api/client';

type Pair = Schema<'SupportProposal'>['pairs'][number];
const KNOWN = ['support_request_not_open', 'pair_not_eligible', 'forbidden'] as const;

export function BulkSummary({ summary, pairs }: { summary: BulkPairSummary; pairs: Pair[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [summary]);
  const refused = summary.results.filter((r) => r.outcome === 'refused');
  const label = (requestId: string) => {
    const pair = pairs.find((p) => p.request.id === requestId);
    return pair ? `${pair.request.reference} – ${pair.family.reference}` : requestId;
  };
  return (
    <div ref={ref} tabIndex={-1} data-testid="bulk-summary">
      <Alert type={refused.length ? 'warning' : 'ok'} className="kt-alert">
        <Paragraph>
          {t('supportFamilies.proposal.bulkAccepted', { count: summary.accepted })}
          {refused.length ? ` ${t('supportFamilies.proposal.bulkRefused', { count: refused.length })}` : ''}
        </Paragraph>
        {refused.length ? (
          <UnorderedList>
            {refused.map((r) => {
              const reason = KNOWN.find((k) => k === r.code) ?? 'other';
              return (
                <UnorderedListItem key={r.requestId}>
                  {label(r.requestId)}: {t(`supportFamilies.proposal.refusedReasons.${reason}`)}
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        ) : null}
      </Alert>
    </div>
  );
}
