// The family dossier API: my families, registering a family with its trajectory, the dossier,
// adding, correcting and removing people, the audited BSN reveal, story and intake, consent and its
// withdrawal, and the trajectory's actions.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';

export const ENTRY_POINTS = [
  'gp_ojg',
  'school',
  'child_health_clinic',
  'self_referral',
  'signal',
  'veilig_thuis',
  'police',
  'other',
] as const;
export type EntryPoint = (typeof ENTRY_POINTS)[number];
export const STATUSES = ['registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed'] as const;
export type TrajectoryStatus = (typeof STATUSES)[number];
export const ENDING_REASONS = ['01', '02', '03', '04', '05'] as const;
export const MANAGING_WITHOUT_HELP = ['01', '02', '03', '04'] as const;
export const NETWORK_RELATIONS = ['grandparent', 'neighbour', 'friend', 'volunteer', 'other'] as const;
export type NetworkRelation = (typeof NETWORK_RELATIONS)[number];
export const CONSENT_SCOPES = ['story', 'plan', 'contact', 'meetings', 'instruments'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export type HouseholdKind = 'child' | 'parent' | 'household';

export interface UserRef {
  userId: string;
  displayName: string;
  organisationName: string;
}

export interface FamilySummary {
  id: string;
  reference: string;
  postcode: string | null;
  houseNumber: string | null;
  municipalityName: string;
  members: { givenName: string; familyName: string; birthDate: string | null; kind: HouseholdKind }[];
  status: TrajectoryStatus | null;
  regisseur: UserRef | null;
  myRelation: 'regisseur' | 'member' | 'team_lead';
}

export interface FamilySearch {
  name?: string;
  birthDate?: string;
  postcode?: string;
  bsn?: string;
}

export interface NewPerson {
  kind: HouseholdKind;
  givenName: string;
  familyName: string;
  birthDate?: string;
  bsn?: string;
  hasAuthority?: boolean;
  authorityNote?: string;
}
export interface NewTrajectory {
  entryPoint: EntryPoint;
  firstContactOn: string;
  regisseurId?: string;
  memberIds?: string[];
}

export interface NewFamily {
  teamId: string;
  postcode: string;
  houseNumber: string;
  municipalityCode: string;
  neighbourhoodCode?: string;
  members: NewPerson[];
  network: { givenName: string; familyName: string; relation: NetworkRelation }[];
  trajectory: NewTrajectory;
  confirmDuplicate?: boolean;
}

export interface Person {
  id: string;
  kind: HouseholdKind | 'network';
  givenName: string;
  familyName: string;
  birthDate: string | null;
  age: number | null;
  bsnMasked: string | null;
  hasAuthority: boolean | null;
  authorityNote: string | null;
  networkRelation: NetworkRelation | null;
  version: number;
  removedOn: string | null;
  removedReason: string | null;
}
/** Only the fields given change; `version` is the one the edit is based on. */
export interface PersonEdit {
  version: number;
  givenName?: string;
  familyName?: string;
  birthDate?: string | null;
  bsn?: string | null;
  hasAuthority?: boolean;
  authorityNote?: string | null;
  relation?: NetworkRelation;
  confirmDuplicate?: boolean;
}
export interface Story {
  kind: 'story' | 'intake';
  version: number;
  body: string;
  toldBy: string | null;
  inOwnWords: boolean;
  author: string;
  createdAt: string;
}
export interface Trajectory {
  id: string;
  status: TrajectoryStatus;
  nextStatuses: TrajectoryStatus[];
  entryPoint: EntryPoint | null;
  firstContactOn: string | null;
  openedAt: string;
  closedAt: string | null;
  team: { id: string; name: string };
  regisseur: UserRef;
  members: (UserRef & { isRegisseur: boolean })[];
  colleagues: UserRef[];
  handovers: { from: string; to: string; note: string; by: string; at: string }[];
  endingReason: string | null;
  satisfaction: number | null;
  satisfactionInformant: 'youth' | 'parent' | null;
  managingWithoutHelp: string | null;
}
export interface PersonRef {
  personId: string;
  name: string;
}
export interface ConsentOverview {
  complete: boolean;
  children: {
    personId: string;
    name: string;
    age: number;
    rule: 'parents' | 'youth_and_parents' | 'youth';
    required: PersonRef[];
  }[];
  consents: {
    id: string;
    organisation: { id: string; name: string };
    scopes: ConsentScope[];
    givenOn: string;
    givenBy: PersonRef[];
    note: string | null;
    complete: boolean;
    missing: PersonRef[];
  }[];
  withdrawn: {
    id: string;
    organisation: { id: string; name: string };
    scopes: ConsentScope[];
    givenOn: string;
    withdrawnOn: string;
    note: string | null;
  }[];
  organisations: { id: string; name: string }[];
}
export interface Dossier {
  id: string;
  reference: string;
  postcode: string | null;
  houseNumber: string | null;
  municipality: { code: string; name: string };
  neighbourhood: { code: string; name: string } | null;
  story: Story | null;
  intake: Story | null;
  members: Person[];
  network: Person[];
  formerMembers: Person[];
  trajectory: Trajectory | null;
  consent: ConsentOverview;
  emergency: boolean;
  abilities: { edit: boolean; openTrajectory: boolean; readInvolvement: boolean };
}

const FAMILIES_KEY = ['families'] as const;
const familyPath = (familyId: string) => `/api/families/${encodeURIComponent(familyId)}`;
const trajectoryPath = (trajectoryId: string) => `/api/trajectories/${encodeURIComponent(trajectoryId)}`;

/** My families; a BSN is only ever sent in a POST body, never in the URL. */
export function useMyFamilies(search: FamilySearch) {
  return useQuery({
    queryKey: [
      ...FAMILIES_KEY,
      'list',
      search.name ?? '',
      search.birthDate ?? '',
      search.postcode ?? '',
      search.bsn ? 'bsn' : '',
    ],
    // Names, birth dates, postcodes and BSNs go in a POST body: a URL ends up in proxy logs.
    queryFn: () =>
      search.name || search.birthDate || search.postcode || search.bsn
        ? api.post<{ items: FamilySummary[]; total: number }>('/api/families/search', search)
        : api.get<{ items: FamilySummary[]; total: number }>('/api/families'),
    gcTime: search.bsn ? 0 : undefined,
  });
}

export function useColleagues(teamId: string) {
  return useQuery({
    queryKey: ['teams', teamId, 'colleagues'],
    queryFn: () =>
      api.get<{ items: (UserRef & { isLead: boolean })[] }>(`/api/teams/${encodeURIComponent(teamId)}/colleagues`),
    enabled: teamId !== '',
  });
}

export function useCreateFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (family: NewFamily) =>
      api.post<{ id: string; reference: string; trajectoryId: string }>('/api/families', family),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FAMILIES_KEY }),
  });
}

export function useDossier(familyId: string) {
  return useQuery({
    queryKey: [...FAMILIES_KEY, 'dossier', familyId],
    queryFn: () => api.get<Dossier>(familyPath(familyId)),
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
      api.post<{ bsn: string }>(`${familyPath(familyId)}/persons/${encodeURIComponent(personId)}/bsn`),
  });
}

export const useWriteStory = (familyId: string) =>
  useDossierMutation(
    familyId,
    (v: { kind: 'story' | 'intake'; body: string; toldBy?: string; inOwnWords: boolean; baseVersion: number }) =>
      api.put<{ version: number }>(`${familyPath(familyId)}/stories/${v.kind}`, {
        body: v.body,
        ...(v.toldBy ? { toldBy: v.toldBy } : {}),
        inOwnWords: v.inOwnWords,
        baseVersion: v.baseVersion,
      }),
  );

export const useRecordConsent = (familyId: string) =>
  useDossierMutation(
    familyId,
    (v: { organisationId: string; scopes: ConsentScope[]; givenOn: string; givenByPersonIds: string[] }) =>
      api.post<ConsentOverview>(`${familyPath(familyId)}/consents`, v),
  );

export const useAddNetworkMember = (familyId: string) =>
  useDossierMutation(familyId, (v: { givenName: string; familyName: string; relation: NetworkRelation }) =>
    api.post<{ id: string }>(`${familyPath(familyId)}/persons`, { kind: 'network', ...v }),
  );

/** A household member; `confirmDuplicate` after a possible_duplicate warning the user judged to be someone else. */
export const useAddHouseholdMember = (familyId: string) =>
  useDossierMutation(familyId, ({ confirmDuplicate, ...person }: NewPerson & { confirmDuplicate?: boolean }) =>
    api.post<{ id: string }>(
      withQuery(`${familyPath(familyId)}/persons`, { confirmDuplicate: confirmDuplicate ? 'true' : undefined }),
      person,
    ),
  );

export const useEditPerson = (familyId: string) =>
  useDossierMutation(familyId, ({ personId, ...edit }: PersonEdit & { personId: string }) =>
    api.patch<Person>(`${familyPath(familyId)}/persons/${encodeURIComponent(personId)}`, edit),
  );

export const useRemovePerson = (familyId: string) =>
  useDossierMutation(
    familyId,
    ({ personId, ...body }: { personId: string; version: number; removedOn: string; reason?: string }) =>
      api.post<Person>(`${familyPath(familyId)}/persons/${encodeURIComponent(personId)}/removal`, body),
  );

export const useWithdrawConsent = (familyId: string) =>
  useDossierMutation(familyId, ({ consentId, ...body }: { consentId: string; withdrawnOn: string; note?: string }) =>
    api.post<ConsentOverview>(`${familyPath(familyId)}/consents/${encodeURIComponent(consentId)}/withdrawal`, body),
  );

export const useChangeStatus = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (status: TrajectoryStatus) =>
    api.post<Trajectory>(`${trajectoryPath(trajectoryId)}/status`, { status }),
  );

export const useHandOver = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (v: { toUserId: string; note: string }) =>
    api.post<Trajectory>(`${trajectoryPath(trajectoryId)}/handover`, v),
  );

export const useAddTrajectoryMember = (familyId: string, trajectoryId: string) =>
  useDossierMutation(familyId, (userId: string) =>
    api.post<Trajectory>(`${trajectoryPath(trajectoryId)}/members`, { userId }),
  );

export const useCloseTrajectory = (familyId: string, trajectoryId: string) =>
  useDossierMutation(
    familyId,
    (v: {
      endingReason: string;
      satisfaction?: number;
      satisfactionInformant?: 'youth' | 'parent';
      managingWithoutHelp?: string;
    }) => api.post<Trajectory>(`${trajectoryPath(trajectoryId)}/close`, v),
  );

/** A new trajectory for a family whose trajectory was closed; the family lists and caseload change with it. */
export function useOpenTrajectory(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: NewTrajectory & { teamId: string }) =>
      api.post<{ id: string; familyId: string }>(`${familyPath(familyId)}/trajectories`, v),
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
