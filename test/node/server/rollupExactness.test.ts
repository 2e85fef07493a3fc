/**
 * Counts, totals and activity days stay exactly what counting the rows gives, whatever the
 * store keeps to answer them (the SQL stores answer from maintained rollups, issue 12 point 3):
 * after upserts that move events between hours, types and statuses, after retention deletes, in
 * zones whose days start off the hour, with bounds that cut hours, and with two writers
 * committing at once. The memory store, which counts the rows it holds, is the reference.
 */
import { describe, expect, it } from 'vitest'
import { createMemoryStore } from '../../../src/server/memoryStore'
import type { EventStore, StoreFilters } from '../../../src/server/store'
import type { StoredEvent } from '../../../src/server/wire'
import { contractStore, contractWriterPair } from './contractStore'
import { id } from './helpers'

const TYPES = [
  'user.logged_in',
  'session.created',
  'user.unbanned',
  'user.banned',
  'password.reset_requested',
  'security_rate_limit_exceeded',
  'security_new_device',
  'billing.subscription_renewed',
]
const SEVERITIES = [null, 'success', 'failed', 'warning', 'info'] as const
const START = Date.parse('2026-03-05T00:00:00Z') // around the US clock change of 2026-03-08

/** `count` events spread over ten days, deterministic, with every kind of key. */
function events(count: number, offset = 0): StoredEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const n = i + offset
    const hash = (n * 2_654_435_761) % 4_294_967_296
    return {
      id: id(n + 1),
      type: TYPES[hash % TYPES.length] as string,
      timestamp: new Date(START + ((hash * 7919) % (10 * 86_400_000))).toISOString(),
      status: hash % 5 === 0 ? 'failed' : 'success',
      displaySeverity: SEVERITIES[Math.floor(hash / 8) % SEVERITIES.length] ?? null,
      userId: `usr_${hash % 7}`,
      metadata: {},
      source: 'app',
    } as StoredEvent
  })
}

const HOUR = 3_600_000
/** Filter sets the rollups answer, with bounds on, off and between hours. */
const FILTERS: StoreFilters[] = [
  {},
  { since: new Date(START + 2 * 86_400_000 + 17 * 60_000 + 123) },
  { until: new Date(START + 6 * 86_400_000 + 5 * HOUR + 1) },
  {
    since: new Date(START + 3 * HOUR + 59 * 60_000),
    until: new Date(START + 3 * HOUR + 59 * 60_000 + 30_000),
  },
  { since: new Date(START + 26 * HOUR + 1), until: new Date(START + 8 * 86_400_000 - 1) },
  // Both edges over half an hour (each is its hour's rollup minus the rest of the hour).
  {
    since: new Date(START + 9 * HOUR + 10 * 60_000),
    until: new Date(START + 4 * 86_400_000 + 7 * HOUR + 50 * 60_000),
  },
  { types: ['user.logged_in', 'security_rate_limit_exceeded'] },
  { status: 'failed', since: new Date(START + 86_400_000) },
  { severities: ['warning', 'info'] },
  { severities: ['failed'], types: ['user.unbanned', 'user.banned', 'billing.subscription_renewed'] },
  { types: [] },
]
const ZONES = ['America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'UTC']

async function expectSameAnswers(store: EventStore, reference: EventStore) {
  for (const filters of FILTERS) {
    expect(await store.count({ filters }), JSON.stringify(filters)).toEqual(
      await reference.count({ filters }),
    )
    const page = { filters, sort: 'desc' as const, limit: 3 }
    expect((await store.list(page)).total, JSON.stringify(filters)).toBe((await reference.list(page)).total)
  }
  for (const timeZone of ZONES) {
    for (const filters of [FILTERS[0], FILTERS[4], FILTERS[8]] as StoreFilters[]) {
      const query = { sinceDay: '2026-03-04', untilDay: '2026-03-15', timeZone, filters }
      expect(await store.activity(query), `${timeZone} ${JSON.stringify(filters)}`).toEqual(
        await reference.activity(query),
      )
    }
  }
}

describe('counts and activity are exact', () => {
  it('after inserts, upserts that move events and retention deletes', async () => {
    const store = contractStore([])
    const reference = createMemoryStore()
    const first = events(400)
    await store.insert(first)
    await reference.insert(first)
    // The same ids again with other hours, types, statuses and severities: an upsert moves them.
    const moved = events(150, 3).map((event, i) => ({ ...event, id: id(i * 2 + 1) }))
    await store.insert(moved)
    await reference.insert(moved)
    await expectSameAnswers(store, reference)
    const cutoff = new Date(START + 4 * 86_400_000 + 90 * 60_000)
    expect(await store.deleteOlderThan(cutoff)).toBe(await reference.deleteOlderThan(cutoff))
    await expectSameAnswers(store, reference)
  })

  it('with two writers committing concurrently', async () => {
    const [one, two] = await contractWriterPair()
    const reference = createMemoryStore()
    const all = events(600)
    const batches = Array.from({ length: 30 }, (_, i) => all.slice(i * 20, i * 20 + 20))
    await Promise.all(batches.map((batch, i) => (i % 2 ? one : two).insert(batch)))
    await reference.insert(all)
    // A retention delete racing more writes of both writers.
    const late = events(100, 1000)
    const cutoff = new Date(START + 2 * 86_400_000)
    const [deleted] = await Promise.all([
      one.deleteOlderThan(cutoff),
      two.insert(late.slice(0, 50)),
      one.insert(late.slice(50)),
    ])
    await reference.insert(late)
    // Whether a racing row was deleted depends on who committed first: delete again, then compare.
    await one.deleteOlderThan(cutoff)
    await reference.deleteOlderThan(cutoff)
    expect(deleted).toBeGreaterThan(0)
    await expectSameAnswers(one, reference)
    await expectSameAnswers(two, reference)
  })
})
