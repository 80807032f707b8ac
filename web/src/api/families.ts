// The family dossier API: my families, registering a family with its trajectory, the dossier,
// adding, correcting and removing people, the audited BSN reveal, story and intake, consent and its
// withdrawal, and the trajectory's actions.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read, type Schema } from './client';
import {
  consentScopeValues,
  endingReasonValues,
  entryPointValues,
  familySortValues,
  managingWithoutHelpValues,
  networkRelationValues,
  trajectoryStatusValues,
} from './schema';

export const ENTRY_POINTS = entryPointValues;
export type EntryPoint = Schema<'EntryPoint'>;
export const STATUSES = trajectoryStatusValues;
export type TrajectoryStatus = Schema<'TrajectoryStatus'>;
export const ENDING_REASONS = endingReasonValues;
export const MANAGING_WITHOUT_HELP = managingWithoutHelpValues;
export const NETWORK_RELATIONS = networkRelationValues;
export type NetworkRelation = Schema<'NetworkRelation'>;
export const CONSENT_SCOPES = consentScopeValues;
export type ConsentScope = Schema<'ConsentScope'>;

export type FamilySummary = Schema<'FamilySummary'>;
export type UserRef = NonNullable<FamilySummary['regisseur']>;
export type HouseholdKind = FamilySummary['members'][number]['kind'];
export type FamilySearch = Schema<'FamilySearchBodyInput'>;
export type NewPerson = Schema<'NewPersonInput'>;
export type NewTrajectory = Schema<'NewTrajectoryInput'>;
export type NewFamily = Schema<'CreateFamilyBodyInput'>;
export type Person = Schema<'Person'>;
/** Only the fields given change; `version` is the one the edit is based on. */
export type PersonEdit = Schema<'EditPersonBodyInput'>;
export type Story = Schema<'Story'>;
export type Trajectory = Schema<'Trajectory'>;
export type ConsentOverview = Schema<'ConsentOverview'>;
export type PersonRef = ConsentOverview['children'][number]['required'][number];
export type Dossier = Schema<'Dossier'>;

const FAMILIES_KEY = ['families'] as const;
const familyParams = (familyId: string) => ({ params: { path: { familyId } } });
const personParams = (familyId: string, personId: string) => ({ params: { path: { familyId, personId } } });
const trajectoryParams = (trajectoryId: string) => ({ params: { path: { trajectoryId } } });

/** My families; a BSN is only ever sent in a POST body, never in the URL. */
export function useMyFamilies(search: FamilySearch, paging: { page: number; pageSize: number; sort: FamilySort }) {
  return useQuery({
    queryKey: [
      ...FAMILIES_KEY,
      'list',
      search.q ?? '',
      search.name ?? '',
      search.birthDate ?? '',
      search.postcode ?? '',
      search.bsn ? 'bsn' : '',
      paging,
    ],
    // Names, birth dates, postcodes and BSNs go in a POST body: a URL ends up in proxy logs.
    queryFn: () =>
      search.q || search.name || search.birthDate || search.postcode || search.bsn
        ? read(client.POST('/api/families/search', { body: { ...search, ...paging } }))
        : read(client.GET('/api/families', { params: { query: paging } })),
    gcTime: search.bsn ? 0 : undefined,
    placeholderData: keepPreviousData,
  });
}
export type FamilySort = Schema<'FamilySort'>;
export const FAMILY_SORTS = familySortValues;

export function useColleagues(teamId: string) {
  return useQuery({
    queryKey: ['teams', teamId, 'colleagues'],
    queryFn: () => read(client.GET('/api/teams/{teamId}/colleagues', { params: { path: { teamId } } })),
    enabled: teamId !== '',
  });
}

export function useCreateFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (family: NewFamily) => read(client.POST('/api/families', { body: family })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FAMILIES_KEY }),
  });
}

export function useDossier(familyId: string) {
  return useQuery({
    queryKey: [...FAMILIES_KEY, 'dossier', familyId],
    queryFn: () => read(client.GET('/api/families/{familyId}', familyParams(familyId))),
  });
}

function useDossierMutation<V, R>(familyId: string, request: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...FAMILIES_KEY, 'dossier', familyId] }),
  });
}

export function useRevealBsn(familyId: string) {
  return useMutation({
    mutationFn: (personId: string) =>
      read(client.POST('/api/families/{familyId}/persons/{personId}/bsn', personParams(familyId, personId))),
  });
}

export const useWriteStory = (familyId: string) =>
  useDossierMutation(
    familyId,
    (v: { kind: 'story' | 'intake'; body: string; toldBy?: string; inOwnWords: boolean; baseVersion: number }) =>
      read(
        client.PUT('/api/families/{familyId}/stories/{kind}', {
          params: { path: { familyId, kind: v.kind } },
          body: {
            body: v.body,
            ...(v.toldBy ? { toldBy: v.toldBy } : {}),
            inOwnWords: v.inOwnWords,
            baseVersion: v.baseVersion,
          },
        }),
      ),
  );

export const useRecordConsent = (familyId: string) =>
  useDossierMutation(familyId, (v: Schema<'ConsentBodyInput'>) =>
    read(client.POST('/api/families/{familyId}/consents', { ...familyParams(familyId), body: v })),
  );

export const useAddNetworkMember = (familyId: string) =>
  useDossierMutation(familyId, (v: { givenName: string; familyName: string; relation: NetworkRelation }) =>
    read(
      client.POST('/api/families/{familyId}/persons', { ...familyParams(familyId), body: { kind: 'network', ...v } }),
    ),
  );

/** A household member; `confirmDuplicate` after a possible_duplicate warning the user judged to be someone else. */
export const useAddHouseholdMember = (familyId: string) =>
  useDossierMutation(familyId, ({ confirmDuplicate, ...person }: NewPerson & { confirmDuplicate?: boolean }) =>
    read(
      client.POST('/api/families/{familyId}/persons', {
        params: { path: { familyId }, query: { confirmDuplicate: confirmDuplicate ? 'true' : undefined } },
        body: person,
      }),
    ),
  );

export const useEditPerson = (familyId: string) =>
  useDossierMutation(familyId, ({ personId, ...edit }: PersonEdit & { personId: string }) =>
    read(
      client.PATCH('/api/families/{familyId}/persons/{personId}', { ...personParams(familyId, personId), body: edit }),
    ),
  );

export const useRemovePerson = (familyId: string) =>
  useDossierMutation(familyId, ({ personId, ...body }: Schema<'RemovePersonBodyInput'> & { personId: string }) =>
    read(
      client.POST('/api/families/{familyId}/persons/{personId}/removal', {
        ...personParams(familyId, personId),
        body,
      }),
    ),
  );

export const useWithdrawConsent = (familyId: string) =>
  useDossierMutation(familyId, ({ consentId, ...body }: Schema<'WithdrawConsentBodyInput'> & { consentId: string }) =>
    read(
      client.POST('/api/families/{familyId}/consents/{consentId}/withdrawal', {
        params: { path: { familyId, consentId } },
        body,
      }),
    ),
  );

export const useChangeStatus = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (status: Schema<'StatusChangeBodyInput'>['status']) =>
    read(
      client.POST('/api/trajectories/{trajectoryId}/status', { ...trajectoryParams(trajectoryId), body: { status } }),
    ),
  );

export const useHandOver = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (v: { toUserId: string; note: string }) =>
    read(client.POST('/api/trajectories/{trajectoryId}/handover', { ...trajectoryParams(trajectoryId), body: v })),
  );

export const useAddTrajectoryMember = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (userId: string) =>
    read(
      client.POST('/api/trajectories/{trajectoryId}/members', { ...trajectoryParams(trajectoryId), body: { userId } }),
    ),
  );

export const useCloseTrajectory = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (v: Schema<'CloseTrajectoryBodyInput'>) =>
    read(client.POST('/api/trajectories/{trajectoryId}/close', { ...trajectoryParams(trajectoryId), body: v })),
  );

/** A new trajectory for a family whose trajectory was closed; the family lists and caseload change with it. */
export function useOpenTrajectory(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: Schema<'OpenTrajectoryBodyInput'>) =>
      read(client.POST('/api/families/{familyId}/trajectories', { ...familyParams(familyId), body: v })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: FAMILIES_KEY }),
        queryClient.invalidateQueries({ queryKey: ['caseload'] }),
        queryClient.invalidateQueries({ queryKey: ['timeline', familyId] }),
        // The plan's deadline now counts from the new trajectory's start.
        queryClient.invalidateQueries({ queryKey: ['plan', familyId] }),
      ]),
  });
}
