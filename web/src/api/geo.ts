import { useQuery } from '@tanstack/react-query';
import { client, read } from './client';

export function useMunicipalities() {
  return useQuery({
    queryKey: ['geo', 'municipalities'],
    queryFn: () => read(client.GET('/api/geo/municipalities')),
    staleTime: Infinity,
  });
}
