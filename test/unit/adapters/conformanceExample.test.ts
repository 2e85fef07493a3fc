/**
 * The worked example of a custom adapter (`examples/custom-adapter`) passes the same conformance
 * checks as the library's own adapters, and maps its API the way the docs say.
 */
import { describe, expect, it } from 'vitest'
import { http, HttpResponse } from 'msw'
import { authLogsHandlers } from '../../../examples/custom-adapter/authLogsHandlers'
import type { AuthLog } from '../../../examples/custom-adapter/authLogsWire'
import { authLogsAdapter } from '../../../examples/custom-adapter/authLogsAdapter'
import { sampleAuthLogs } from '../../../examples/custom-adapter/sampleAuthLogs'
import { createEventsClient } from '../../../src/api/client'
import { expectAdapterConformance } from '../../../src/api/testing/expectAdapterConformance'
import { verifyAdapter } from '../../../src/api/testing/verifyAdapter'
import { server } from '../../mocks/server'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const at = (iso: string) => Date.parse(iso) / 1000

const row = (uuid: string, extra: Partial<AuthLog> = {}): AuthLog => ({
  uuid,
  action: 'SignIn',
  created_at: at('2026-11-20T10:00:00.000Z'),
  actor_id: 'u_ana',
  ip: '203.0.113.7',
  user_agent: 'Mozilla/5.0',
  payload: { name: 'Ana Souza', email: 'ana@example.com' },
  outcome: 'success',
  ...extra,
})

describe('the worked example adapter (authLogsAdapter)', () => {
  it('passes verifyAdapter against its msw handlers, reading every row through page-number cursors', async () => {
    const logs = sampleAuthLogs({ now: NOW, count: 120 })
    server.use(...authLogsHandlers({ logs }))
    const report = await verifyAdapter({ adapter: authLogsAdapter() })
    expectAdapterConformance(report)
    expect(report).toMatchObject({ events: 120, pages: 5 })
    expect(report.checked).toEqual([
      'status',
      'list without filters',
      'filter types',
      'filter from',
      'filter userId',
    ])
  })

  it('maps actions onto the catalogue, and failures, "none" values and address lists onto the model', async () => {
    server.use(
      ...authLogsHandlers({
        logs: [
          row('a'),
          row('b', {
            created_at: at('2026-11-20T09:00:00.000Z'),
            outcome: 'error',
            actor_id: null,
            ip: '198.51.100.23, 10.0.0.4',
            user_agent: '',
            payload: { email: 'ana@example.com' },
          }),
          row('c', { created_at: at('2026-11-20T08:00:00.000Z'), action: 'ExportData', payload: null }),
        ],
      }),
    )
    const { events } = await createEventsClient({ adapter: authLogsAdapter() }).listEvents()
    expect(
      events.map(({ id, type, category, label, message, status, severity }) => ({
        id,
        type,
        category,
        label,
        message,
        status,
        severity,
      })),
    ).toEqual([
      {
        id: 'a',
        type: 'user.logged_in',
        category: 'user',
        label: 'Signed in',
        message: 'Ana Souza signed in',
        status: 'success',
        severity: 'success',
      },
      {
        id: 'b',
        type: 'user.logged_in',
        category: 'user',
        label: 'Signed in',
        message: 'Failed sign-in for ana@example.com',
        status: 'failed',
        severity: 'failed',
      },
      {
        id: 'c',
        type: 'ExportData',
        category: 'other',
        label: 'ExportData',
        message: 'ExportData',
        status: 'success',
        severity: 'info',
      },
    ])
    expect(events[0]!.timestamp.toISOString()).toBe('2026-11-20T10:00:00.000Z')
    expect(events[1]).toMatchObject({ ipAddress: '198.51.100.23', userId: undefined, userAgent: undefined })
    expect(events[2]!.metadata).toEqual({})
  })

  it('sends one type back as the API’s action and leaves what the API cannot do to the client', async () => {
    const logs = [
      row('a'),
      row('b', { action: 'SignOut' }),
      row('c', { action: 'Register', outcome: 'error' }),
    ]
    server.use(...authLogsHandlers({ logs }))
    const client = createEventsClient({ adapter: authLogsAdapter() })
    const signIns = await client.listEvents({ filters: { types: ['user.logged_in'] } })
    expect(signIns.events.map((event) => event.id)).toEqual(['a'])
    expect(signIns.clientFiltered).toEqual([])
    const failed = await client.listEvents({ filters: { severities: ['failed'] } })
    expect(failed.events.map((event) => event.id)).toEqual(['c'])
    expect(failed.clientFiltered).toEqual(['severities'])
  })

  it('skips a malformed row and says why, keeping the rest of the page', async () => {
    server.use(
      http.get('*/admin/auth-logs', () =>
        HttpResponse.json({
          data: [row('a'), { uuid: 'bad', action: 'SignIn', created_at: '2026-11-20' }],
          page: 1,
          total_pages: 1,
        }),
      ),
    )
    const page = await createEventsClient({ adapter: authLogsAdapter() }).listEvents()
    expect(page.events.map((event) => event.id)).toEqual(['a'])
    expect(page.skipped).toEqual([
      { index: 1, id: 'bad', issues: ['created_at: created_at must be Unix seconds'] },
    ])
  })

  it('reports "not installed" when the API is not at its base path', async () => {
    server.use(
      http.get('*/admin/auth-logs', () => HttpResponse.json({ error: 'not_found' }, { status: 404 })),
    )
    const status = await createEventsClient({ adapter: authLogsAdapter() }).getStatus()
    expect(status).toMatchObject({ state: 'disabled', enabled: false, reason: 'not-installed' })
  })
})
