import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from './client';
import type { NewOrganisation, Organisation } from './admin-types';
import type { Items, OrganisationType } from './types';

const ORGANISATIONS_KEY = ['admin', 'organisations'] as const;

export function useOrganisations(type?: OrganisationType) {
  return useQuery({
    queryKey: [...ORGANISATIONS_KEY, type ?? 'all'],
    queryFn: () => api.get<Items<Organisation>>(withQuery('/api/admin/organisations', { type })),
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: NewOrganisation) => api.post<Organisation>('/api/admin/organisations', organisation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY }),
  });
}
