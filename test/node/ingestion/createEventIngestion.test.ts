import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryStore } from '../../../src/server/memoryStore'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import { REDACTED } from '../../../src/server/ingestion/buildStoredEvent'
import type { EventStore } from '../../../src/server/store'

const all = async (store: EventStore) => (await store.list({ filters: {}, sort: 'asc', limit: 1000 })).events

/** A store whose writes fail while `failing` is true. */
function flakyStore() {
  const inner = createMemoryStore()
  const state = { failing: true, attempts: 0 }
  const store: EventStore = {
    ...inner,
    async insert(events) {
      state.attempts += 1
      if (state.failing) throw new Error('connection refused')
      return inner.insert(events)
    },
  }
  return { store, state, inner }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('createEventIngestion', () => {
  it('records the IP from the first x-forwarded-for entry, the user agent, and display from the catalogue', async () => {
    const store = createMemoryStore()
    const ingestion = createEventIngestion({ store, batchSize: 1 })
    await ingestion.emit('user.logged_in', {
      status: 'failed',
      metadata: { email: 'ana@example.com', name: 'Ana' },
      request: { headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'user-agent': 'curl/8.5.0' } },
    })
    await ingestion.flush()
    const [event] = await all(store)
    expect(event).toMatchObject({
      type: 'user.logged_in',
      status: 'failed',
      ipAddress: '203.0.113.7',
      userAgent: 'curl/8.5.0',
      displaySeverity: 'failed',
    })
    expect(event!.displayMessage).toEqual(expect.any(String))
    expect(event!.displayMessage).not.toBe('')
    expect(event!.id).toMatch(/^[0-9a-f-]{36}$/)
    await ingestion.shutdown()
  })

  it('writes a batch when it is full, and otherwise on the timer', async () => {
    vi.useFakeTimers()
    const store = createMemoryStore()
    const ingestion = createEventIngestion({ store, batchSize: 3, flushInterval: 1000 })
    await ingestion.emit('user.joined')
    await ingestion.emit('user.joined')
    expect(ingestion.queueSize).toBe(2)
    await ingestion.emit('user.joined')
    await vi.advanceTimersByTimeAsync(0)
    expect(ingestion.queueSize).toBe(0)
    expect(await all(store)).toHaveLength(3)
    await ingestion.emit('session.created')
    await vi.advanceTimersByTimeAsync(1000)
    expect(await all(store)).toHaveLength(4)
    expect(ingestion.initialized).toBe(true)
    await ingestion.shutdown()
  })

  it('shutdown writes everything still queued', async () => {
    const store = createMemoryStore()
    const ingestion = createEventIngestion({ store, batchSize: 100, flushInterval: 60_000 })
    for (let i = 0; i < 42; i += 1) await ingestion.emit('user.updated')
    expect(await all(store)).toHaveLength(0)
    expect(await ingestion.shutdown()).toEqual({ written: 42, dropped: 0 })
    expect(await all(store)).toHaveLength(42)
    await expect(ingestion.emit('user.updated')).rejects.toThrow(/after shutdown/)
  })

  it('retries a failing store with a bounded queue and reports what it drops', async () => {
    vi.useFakeTimers()
    const { store, state, inner } = flakyStore()
    const drops: number[] = []
    const ingestion = createEventIngestion({
      store,
      batchSize: 5,
      flushInterval: 100,
      maxQueueSize: 20,
      onDrop: (count) => drops.push(count),
    })
    for (let i = 0; i < 25; i += 1) await ingestion.emit('user.logged_in')
    await vi.advanceTimersByTimeAsync(500)
    expect(ingestion.health()).toMatchObject({
      healthy: false,
      queueSize: 20,
      dropped: 5,
      lastError: 'connection refused',
    })
    expect(drops.reduce((a, b) => a + b, 0)).toBe(5)
    const attemptsWhileFailing = state.attempts
    // Backoff: far fewer attempts than timer ticks.
    expect(attemptsWhileFailing).toBeLessThan(5)
    state.failing = false
    await vi.advanceTimersByTimeAsync(31_000)
    expect(await all(inner)).toHaveLength(20)
    expect(ingestion.health()).toMatchObject({ healthy: true, queueSize: 0, written: 20 })
    await ingestion.shutdown()
  })

  it('include, exclude and redaction', async () => {
    const store = createMemoryStore()
    const ingestion = createEventIngestion({
      store,
      batchSize: 1,
      include: ['user.*', /^session\./],
      exclude: ['user.updated'],
      redactKeys: ['phoneNumber'],
    })
    expect(await ingestion.emit('organization.created')).toBeNull()
    expect(await ingestion.emit('user.updated')).toBeNull()
    await ingestion.emit('session.created', {
      metadata: {
        token: 'abc',
        nested: { accessToken: 'x', countryCode: 'PT' },
        phoneNumber: '+1555',
        email: 'a@b.c',
      },
    })
    await ingestion.flush()
    const [event] = await all(store)
    expect(event!.metadata).toEqual({
      token: REDACTED,
      nested: { accessToken: REDACTED, countryCode: 'PT' },
      phoneNumber: REDACTED,
      email: 'a@b.c',
    })
    await ingestion.shutdown()
  })

  it('redacts with the one masking rule at every depth (Better Auth names, 35 levels down)', async () => {
    const store = createMemoryStore()
    // Extra keys are compared the way the rule compares names (case, `_`, `-` and `.` ignored).
    const ingestion = createEventIngestion({ store, batchSize: 1, redactKeys: ['recovery_email'] })
    let deep: Record<string, unknown> = { password: 'hunter2', note: 'kept' }
    for (let level = 0; level < 35; level++) deep = { level: deep }
    await ingestion.emit('user.updated', {
      metadata: {
        deep,
        backupCodes: ['a1', 'b2'],
        'set-cookie': 'better-auth.session_token=x',
        verificationCode: '123456',
        passwordHash: 'scrypt$…',
        jwt: 'eyJ…',
        recoveryEmail: 'backup@example.com',
      },
    })
    await ingestion.flush()
    const [event] = await all(store)
    // Whatever depth the store keeps, the secret itself is never written.
    expect(JSON.stringify(event!.metadata)).not.toContain('hunter2')
    expect(event!.metadata).toMatchObject({
      backupCodes: REDACTED,
      'set-cookie': REDACTED,
      verificationCode: REDACTED,
      passwordHash: REDACTED,
      jwt: REDACTED,
      recoveryEmail: REDACTED,
    })
    await ingestion.shutdown()
  })

  it('deletes events older than the retention window', async () => {
    const now = new Date('2026-11-20T12:00:00Z')
    const store = createMemoryStore({
      events: [
        {
          id: 'old',
          type: 'user.joined',
          timestamp: '2026-10-01T00:00:00Z',
          status: 'success',
          metadata: {},
          source: 'app',
        },
        {
          id: 'new',
          type: 'user.joined',
          timestamp: '2026-11-19T00:00:00Z',
          status: 'success',
          metadata: {},
          source: 'app',
        },
      ],
    })
    const ingestion = createEventIngestion({ store, retentionDays: 30, now: () => now })
    await vi.waitFor(async () => expect((await all(store)).map((e) => e.id)).toEqual(['new']))
    await ingestion.shutdown()
  })
})
