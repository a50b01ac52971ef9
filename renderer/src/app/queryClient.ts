import { QueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../lib/apiError';

/**
 * Server state. No polling: Engine events keep the caches fresh (see useEngineEvents). Errors
 * that another try cannot fix (Engine down, bad input, refused) are not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Events keep lists current; a refocus after 30 s also refreshes the Engine's "Up 3 minutes" words.
        staleTime: 30_000,
        refetchInterval: false,
        refetchOnWindowFocus: true,
        retry: (failures, error) => {
          if (isApiRequestError(error) && error.code !== 'ENGINE_ERROR') return false;
          return failures < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
