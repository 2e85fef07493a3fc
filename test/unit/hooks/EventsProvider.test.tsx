import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createEventsClient } from '../../../src/api/client'
import { EventsProvider, useEventsClient } from '../../../src/hooks/EventsProvider'
import { eventKeys } from '../../../src/hooks/keys'
import { useEventCounts } from '../../../src/hooks/useEventCounts'
import { useEventsStatus } from '../../../src/hooks/useEventsStatus'
import { useEventStream } from '../../../src/hooks/useEventStream'
import { useActivity } from '../../../src/hooks/useActivity'
import { useEvents } from '../../../src/hooks/useEvents'
import { loadFixture } from '../../helpers/fixtures'
import { STUDIO } from '../../helpers/studioMocks'
import { server } from '../../mocks/server'
import { renderEventsHook } from './hookTestUtils'

afterEach(() => vi.restoreAllMocks())

const statusFixture = (name: string) =>
  http.get(`${STUDIO}/events/status`, () =>
    HttpResponse.json(loadFixture<JsonBodyType>(`studio/${name}.json`)),
  )

describe('<EventsProvider>', () => {
  it('uses the host’s QueryClient when there is one, without warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(statusFixture('status-enabled'))
    const host = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const client = createEventsClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <EventsProvider client={client}>{children}</EventsProvider>
      </QueryClientProvider>
    )
    const { result } = renderHook(() => ({ status: useEventsStatus(), queryClient: useQueryClient() }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.status.status).toBe('success'))
    expect(result.current.queryClient).toBe(host)
    expect(host.getQueryData(eventKeys.status(client.scope))).toMatchObject({ state: 'enabled' })
    expect(warn).not.toHaveBeenCalled()
  })

  it('creates one stable QueryClient of its own when there is none, and warns in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(statusFixture('status-enabled'))
    const client = createEventsClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <EventsProvider client={client}>{children}</EventsProvider>
    )
    const { result, rerender } = renderHook(
      () => ({ status: useEventsStatus(), queryClient: useQueryClient() }),
      {
        wrapper,
      },
    )
    await waitFor(() => expect(result.current.status.status).toBe('success'))
    const first = result.current.queryClient
    rerender()
    rerender()
    expect(result.current.queryClient).toBe(first)
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('created its own'))
  })

  it.each<[string, () => unknown]>([
    ['useEventsClient', () => useEventsClient()],
    ['useEvents', () => useEvents()],
    ['useEventCounts', () => useEventCounts()],
    ['useEventsStatus', () => useEventsStatus()],
    ['useActivity', () => useActivity()],
    ['useEventStream', () => useEventStream()],
  ])('%s outside it throws a clear message', (_name, hook) => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const host = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>{children}</QueryClientProvider>
    )
    expect(() => renderHook(hook, { wrapper })).toThrow(
      'useEventsClient must be used within <EventsProvider>',
    )
  })
})

describe('useEventsStatus', () => {
  it.each([
    ['status-enabled', 'enabled'],
    ['status-configured-not-ready', 'not-ready'],
    ['status-disabled', 'disabled'],
  ])('reads %s as %s', async (fixture, state) => {
    server.use(statusFixture(fixture))
    const { result } = renderEventsHook(() => useEventsStatus())
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.data!.state).toBe(state)
    expect(result.current.data!.capabilities.counts).toBe('all-time')
  })

  it('reports the extensions a backend advertises as capabilities', async () => {
    server.use(statusFixture('status-extended'))
    const { result } = renderEventsHook(() => useEventsStatus())
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.data!.capabilities).toMatchObject({
      counts: 'window',
      activity: true,
      cursor: true,
    })
  })

  it('exposes a typed error', async () => {
    server.use(
      http.get(`${STUDIO}/events/status`, () =>
        HttpResponse.json(loadFixture<JsonBodyType>('studio/error-401.json'), { status: 401 }),
      ),
    )
    const { result } = renderEventsHook(() => useEventsStatus())
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toMatchObject({ name: 'HttpError', status: 401, kind: 'unauthorized' })
  })
})
