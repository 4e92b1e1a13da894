// Entry point of the browser app: mounts providers (data cache, language) and the router.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from './i18n/i18n.tsx';
import { ApiError } from './api/client.ts';
import { AuthGate, meKey } from './features/auth/auth.tsx';
import { Loading } from './shared/states.tsx';
import '../domain/contracts/zod-locale.ts';
import './app.css';

/** A session that expired while the app was open: ask who is signed in again (→ sign-in screen). */
function onApiError(err: unknown) {
  if (err instanceof ApiError && err.status === 401) void queryClient.invalidateQueries({ queryKey: meKey });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // Slow connections: keep data for a while and do not refetch on every window focus.
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Retry network hiccups once; an answer from the server (4xx) will not change by retrying.
      retry: (count, err) => count < 1 && !(err instanceof ApiError && err.status >= 400 && err.status < 500),
    },
  },
});

// The router and every screen come after sign-in: the sign-in page needs none of them (issue #13).
const AppRoutes = lazy(() => import('./router.tsx').then((m) => ({ default: m.AppRoutes })));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <AuthGate>
            <Suspense fallback={<Loading />}>
              <AppRoutes />
            </Suspense>
          </AuthGate>
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
