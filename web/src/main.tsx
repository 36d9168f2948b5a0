import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/600.css';
import './styles.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { Layout } from './components/Layout';
import { SearchPage } from './pages/SearchPage';
import { DocumentPage } from './pages/DocumentPage';
import { EntitiesPage } from './pages/EntitiesPage';
import { EntityPage } from './pages/EntityPage';
import { MoneyPage } from './pages/MoneyPage';
import { CountriesPage } from './pages/CountriesPage';
import { CountryPage } from './pages/CountryPage';
import { TimelinePage } from './pages/TimelinePage';
import { WatchlistsPage } from './pages/WatchlistsPage';
import { IngestPage } from './pages/IngestPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { Loading } from './components/Status';

// sigma and the world atlas are big: loaded with their pages only.
const GraphPage = lazy(() => import('./pages/GraphPage').then((m) => ({ default: m.GraphPage })));
const MapPage = lazy(() => import('./pages/MapPage').then((m) => ({ default: m.MapPage })));
const page = (el: React.ReactNode) => <Suspense fallback={<Loading />}>{el}</Suspense>;

const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/search" replace /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'documents/:id', element: <DocumentPage /> },
      { path: 'entities', element: <EntitiesPage /> },
      { path: 'entities/:id', element: <EntityPage /> },
      { path: 'graph', element: page(<GraphPage />) },
      { path: 'money', element: <MoneyPage /> },
      { path: 'countries', element: <CountriesPage /> },
      { path: 'countries/:cc', element: <CountryPage /> },
      { path: 'timeline', element: <TimelinePage /> },
      { path: 'map', element: page(<MapPage />) },
      { path: 'watchlists', element: <WatchlistsPage /> },
      { path: 'ingest', element: <IngestPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
