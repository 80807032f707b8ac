import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, read } from './client';
import type { NewOrganisation } from './admin-types';
import type { OrganisationType } from './types';

const ORGANISATIONS_KEY = ['admin', 'organisations'] as const;

export function useOrganisations(type?: OrganisationType) {
  return useQuery({
    queryKey: [...ORGANISATIONS_KEY, type ?? 'all'],
    queryFn: () => read(client.GET('/api/admin/organisations', { params: { query: { type } } })),
  });
}

export function useCreateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: NewOrganisation) =>
      read(client.POST('/api/admin/organisations', { body: organisation })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORGANISATIONS_KEY }),
  });
}
