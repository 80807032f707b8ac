// The family timeline: /api/families/:familyId/timeline (newest first, optionally filtered by kind).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import { timelineKindValues } from './schema';

export const TIMELINE_KINDS = timelineKindValues;
export type TimelineKind = Schema<'TimelineKind'>;
export type TimelineLink = Schema<'TimelineLink'>;
export type TimelineEvent = Schema<'TimelineEvent'>;
export type Timeline = Schema<'Timeline'>;

export function useTimeline(familyId: string, kinds: readonly TimelineKind[] = []) {
  return useQuery({
    queryKey: ['timeline', familyId, [...kinds]],
    queryFn: () =>
      read(
        client.GET('/api/families/{familyId}/timeline', {
          params: { path: { familyId }, query: { kinds: kinds.length > 0 ? kinds.join(',') : undefined } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
