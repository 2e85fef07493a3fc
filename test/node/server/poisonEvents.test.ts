/**
 * Issue 11 point 2 on every store (the real PostgreSQL in contract-postgres): values `emit()`
 * accepts but a database refuses are made storable, and an event a store still refuses costs
 * that one event, reported, never the queue.
 */
import { describe, expect, it } from 'vitest'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import type { EmitData } from '../../../src/server/ingestion/types'
import { contractStore } from './contractStore'

const long = (n: number) => 'x'.repeat(n)
const circular: Record<string, unknown> = { name: 'loop' }
circular.self = circular
let deep: Record<string, unknown> = { password: 'deep-secret' }
for (let i = 0; i < 40; i += 1) deep = { level: deep }

/** Values each database refused before (NUL, lone surrogates, too long, not JSON). */
const POISON: [string, string, EmitData][] = [
  ['NUL in a metadata string', 'user.logged_in', { metadata: { email: 'a\u0000@example.com' } }],
  ['NUL in a metadata key', 'user.logged_in', { metadata: { 'e\u0000mail': 'a@example.com' } }],
  ['lone high surrogate', 'user.logged_in', { metadata: { email: 'a\uD800@example.com' } }],
  ['lone low surrogate', 'user.logged_in', { metadata: { name: '\uDC00name' } }],
  ['NUL in a nested array', 'user.updated', { metadata: { changes: [{ to: 'x\u0000y' }] } }],
  ['NUL in userId', 'user.logged_in', { userId: 'usr_\u0000' }],
  ['NUL in the type', 'custom.\u0000event', {}],
  ['type over 100 characters', `custom.${long(120)}`, {}],
  ['userId over 255', 'user.logged_in', { userId: long(300) }],
  ['sessionId over 255', 'session.created', { sessionId: long(300) }],
  ['organizationId over 255', 'organization.created', { organizationId: long(300) }],
  ['source over 50', 'user.logged_in', { source: long(60) }],
  ['NUL in the user agent', 'user.logged_in', { request: { headers: { 'user-agent': 'agent\u0000' } } }],
  ['a bigint in metadata', 'user.updated', { metadata: { quota: 10n } }],
  ['a cycle in metadata', 'user.updated', { metadata: circular }],
  ['metadata 41 levels deep', 'user.updated', { metadata: deep }],
]

describe('poison events', () => {
  it('stores every value a database used to refuse, made storable, and jams nothing behind them', async () => {
    const store = contractStore([])
    const drops: string[] = []
    const ingestion = createEventIngestion({
      store,
      batchSize: 50,
      onDrop: (count, reason) => drops.push(`${count} ${reason}`),
    })
    for (let i = 0; i < 600; i += 1) {
      const [, type, data] = POISON[i % POISON.length] as (typeof POISON)[number]
      await ingestion.emit(type, data)
    }
    const result = await ingestion.shutdown()
    expect(drops).toEqual([])
    expect(result).toEqual({ written: 600, dropped: 0 })
    expect((await store.count({ filters: {} })).total).toBe(600)

    const page = await store.list({ filters: {}, sort: 'desc', limit: 100 })
    const text = JSON.stringify(page.events)
    expect(text).not.toMatch(/\\u0000|\\ud800|\\udc00/i)
    expect(text).not.toContain('deep-secret')
    const types = page.events.map((event) => event.type)
    expect(types).toContain('custom.\uFFFDevent')
    expect(types).toContain(`custom.${long(93)}`)
    expect(page.events.map((event) => event.userId)).toContain(long(255))
  }, 120_000)

  it('isolates an event the store still refuses: one dropped and reported, the rest written', async () => {
    const store = contractStore([])
    const drops: [number, string][] = []
    const refused: string[] = []
    const ingestion = createEventIngestion({
      store,
      batchSize: 40,
      onDrop: (count, reason) => drops.push([count, reason]),
      onReject: (event) => refused.push(event.id),
    })
    let bad = ''
    for (let i = 0; i < 40; i += 1) {
      // A date no database holds (before 4713 BC): the one value that cannot be made storable.
      const timestamp = i === 17 ? new Date(Date.UTC(-5000, 0, 1)) : undefined
      const event = await ingestion.emit('user.joined', {
        userId: `usr_${i}`,
        ...(timestamp ? { timestamp } : {}),
      })
      if (timestamp && event) bad = event.id
    }
    await ingestion.flush()
    expect(refused).toEqual([bad])
    expect(drops).toEqual([[1, expect.stringMatching(/^refused by the store: /)]])
    expect(ingestion.health()).toMatchObject({
      written: 39,
      dropped: 1,
      rejected: 1,
      queueSize: 0,
      healthy: true,
    })
    expect((await store.count({ filters: {} })).total).toBe(39)
    await ingestion.shutdown()
  }, 120_000)
})
