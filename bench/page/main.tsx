/**
 * The page of the page benchmark (`bench/page.bench.mjs`): the whole dashboard over the
 * reference server on the same origin, production React with profiling (so `<Profiler>` reports
 * commits), and a render counter the benchmark reads through `window.__aeRenders`.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Profiler } from 'react'
import { createRoot } from 'react-dom/client'
import { createEventsClient } from '../../src/api/client'
import { EventsDashboard } from '../../src/components/EventsDashboard/EventsDashboard'
import { createRenderCounter } from '../../test/browser/renderCounter'
import '../../src/styles.css'

const container = document.getElementById('root')!
const counter = createRenderCounter(() => container)
const params = new URLSearchParams(location.search)
;(window as unknown as { __aeRenders: typeof counter }).__aeRenders = counter

createRoot(container).render(
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    <Profiler id="dashboard" onRender={counter.onCommit}>
      <EventsDashboard
        client={createEventsClient()}
        timeZone="UTC"
        locale="en-GB"
        pollInterval={params.has('poll') ? Number(params.get('poll')) : undefined}
        statsProps={params.has('chart') ? { showChart: true } : undefined}
      />
    </Profiler>
  </QueryClientProvider>,
)
