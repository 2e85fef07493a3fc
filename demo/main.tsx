// The demo admin page: <EventsDashboard> from the BUILT library (vite.config.ts aliases the
// package name to dist/), pointed at the reference server on the same origin by default.
// Query parameters point it elsewhere: ?baseUrl=https://admin.example.com&adapter=studio|audit-log|infra&basePath=/api/studio&poll=2000
// and set the colour scheme: ?scheme=light|dark|system.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { auditLogAdapter, createEventsClient, infraAdapter, studioAdapter } from 'react-auth-events'
import 'react-auth-events/styles.css'
import './demo.css'
import { applyColorScheme, initialColorScheme } from './colorScheme'
import { DemoPage } from './DemoPage'

// Before the first render, so a dark page never flashes white.
applyColorScheme(initialColorScheme())

const params = new URLSearchParams(window.location.search)
const basePath = params.get('basePath') ?? undefined
const adapterName = params.get('adapter') ?? 'studio'
const adapter =
  adapterName === 'audit-log'
    ? auditLogAdapter({ basePath })
    : adapterName === 'infra'
      ? infraAdapter({ basePath, scope: params.get('scope') === 'all' ? 'all' : 'self' })
      : studioAdapter({ basePath })
const client = createEventsClient({
  baseUrl: params.get('baseUrl') ?? '',
  adapter,
  credentials: params.get('baseUrl') ? 'include' : 'same-origin',
})
const poll = Number(params.get('poll')) || undefined
const queryClient = new QueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <DemoPage client={client} adapter={adapter} pollInterval={poll} />
    </QueryClientProvider>
  </StrictMode>,
)
