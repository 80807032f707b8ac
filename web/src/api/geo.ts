import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Municipality } from './admin-types';
import type { Items } from './types';

export function useMunicipalities() {
  return useQuery({
    queryKey: ['geo', 'municipalities'],
    queryFn: () => api.get<Items<Municipality>>('/api/geo/municipalities'),
    staleTime: Infinity,
  });
}
