import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './app/queryClient';
import { createAppRouter } from './app/router';
import './styles.css';

performance.mark('gantry:app-evaluated');
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const router = createAppRouter();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
