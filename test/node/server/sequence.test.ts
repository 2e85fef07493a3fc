/**
 * The `sequence` extension (round plan "Wire extension `sequence`"): every event carries `seq`
 * in commit order, `afterSeq` polls read strictly after it in that order with a `lastSeq` that
 * advances even when filters hide rows, and every list answer carries `headSeq`. Runs on every
 * contract store, with two concurrent writers on the SQL stores.
 */
import { describe, expect, it } from 'vitest'
import { fromWireEvent } from '../../../src/server/convert'
import { createEventsHandler } from '../../../src/server/handler'
import { createEventIngestion } from '../../../src/server/ingestion/createEventIngestion'
import type { EventStore } from '../../../src/server/store'
import { contractStore, contractWriterPair } from './contractStore'
import { call, id, ids, makeHandler } from './helpers'

const extensions = ['filters', 'cursor', 'sequence'] as const
const seqs = (answer: Awaited<ReturnType<typeof call>>) =>
  (answer.body.events as { seq: string }[]).map((event) => event.seq)
const joined = (n: number, timestamp: string, type = 'user.joined') =>
  fromWireEvent({ id: id(n), type, timestamp, status: 'success', source: 'app', metadata: {} })

describe('the sequence extension', () => {
  it('is advertised, puts seq on every event and headSeq on every list answer', async () => {
    const handler = makeHandler({ extensions })
    const status = await call(handler, '/api/events/status')
    expect(status.body.capabilities).toEqual(['filters', 'cursor', 'sequence'])
    const page = await call(handler, '/api/events?limit=5')
    expect(seqs(page).every((seq) => /^\d+$/.test(seq))).toBe(true)
    expect(page.body.headSeq).toBe('13')
    const empty = await call(makeHandler({ extensions, events: [] }), '/api/events')
    expect(empty.body).toMatchObject({ events: [], headSeq: '0' })
  })

  it('is not on the wire without the extension', async () => {
    const page = await call(makeHandler({ extensions: ['filters'] }), '/api/events?limit=2')
    expect('headSeq' in page.body).toBe(false)
    expect(seqs(page)).toEqual([undefined, undefined])
  })

  it('reads after a seq in seq order, pages with lastSeq, and ignores sort, cursor and offset', async () => {
    const handler = makeHandler({ extensions })
    const first = await call(handler, '/api/events?afterSeq=0&limit=5&sort=desc&offset=3')
    expect(seqs(first)).toEqual(['1', '2', '3', '4', '5'])
    expect(first.body).toMatchObject({ hasMore: true, lastSeq: '5', headSeq: '13' })
    const rest = await call(handler, `/api/events?afterSeq=${String(first.body.lastSeq)}&limit=100`)
    expect(seqs(rest)).toEqual(['6', '7', '8', '9', '10', '11', '12', '13'])
    expect(rest.body).toMatchObject({ hasMore: false, lastSeq: '13' })
    const idle = await call(handler, '/api/events?afterSeq=13')
    expect(idle.body).toMatchObject({ events: [], hasMore: false, lastSeq: '13', headSeq: '13' })
  })

  it('advances lastSeq past rows a filter hid', async () => {
    const handler = makeHandler({ extensions })
    const answer = await call(handler, '/api/events?afterSeq=0&types=user.banned')
    expect(answer.body.events as unknown[]).toHaveLength(1)
    expect(answer.body.lastSeq).toBe('13')
  })

  it('returns a row that becomes visible late (older timestamp, written after newer ones)', async () => {
    const store = contractStore([])
    const handler = createEventsHandler({ store, authorize: () => true, extensions })
    await store.insert([joined(1, '2026-11-20T12:00:01.000Z')])
    const head = (await call(handler, '/api/events')).body.headSeq as string
    await store.insert([joined(2, '2026-11-20T12:00:00.554Z')])
    const poll = await call(handler, `/api/events?afterSeq=${head}`)
    expect(ids(poll)).toEqual([id(2)])
    expect(Number(poll.body.lastSeq)).toBeGreaterThan(Number(head))
  })

  it('counts say the seq they were taken at (asOfSeq), exact while two writers commit', async () => {
    const quiet = makeHandler({ extensions: [...extensions, 'counts-window'] })
    const counted = await call(quiet, '/api/events/count')
    expect(counted.body).toMatchObject({ total: 13, asOfSeq: '13' })
    expect(
      'asOfSeq' in (await call(makeHandler({ extensions: ['filters'] }), '/api/events/count')).body,
    ).toBe(false)

    // Seqs are dense from 1 on an empty table, so counts taken at seq N count exactly N events.
    const [storeA, storeB] = await contractWriterPair()
    const handler = createEventsHandler({ store: storeA, authorize: () => true, extensions })
    const writers = [storeA, storeB].map((store: EventStore) =>
      createEventIngestion({ store, batchSize: 5, flushInterval: 5, redactKeys: false }),
    )
    const answers: { total: number; asOfSeq?: string }[] = []
    let writing = true
    const reader = (async () => {
      while (writing) {
        answers.push((await call(handler, '/api/events/count')).body as { total: number; asOfSeq?: string })
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < 150; i += 1) {
          await writer.emit('user.logged_in', { userId: `usr_${w}_${i}` })
          if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1))
        }
        await writer.shutdown()
      }),
    )
    writing = false
    await reader
    answers.push((await call(handler, '/api/events/count')).body as { total: number; asOfSeq?: string })
    const asOf = answers.filter((answer) => answer.asOfSeq !== undefined)
    expect(asOf.length).toBeGreaterThan(0)
    for (const answer of asOf) expect(answer.total).toBe(Number(answer.asOfSeq))
    expect(answers.at(-1)).toMatchObject({ total: 300, asOfSeq: '300' })
  }, 120_000)

  it('refuses an afterSeq that is not a seq', async () => {
    const answer = await call(makeHandler({ extensions }), '/api/events?afterSeq=-1')
    expect(answer.status).toBe(400)
    expect(answer.body.parameter).toBe('afterSeq')
  })

  it('loses nothing and repeats nothing with two writers committing concurrently', async () => {
    const [storeA, storeB] = await contractWriterPair()
    const handler = createEventsHandler({ store: storeA, authorize: () => true, extensions })
    const writers = [storeA, storeB].map((store: EventStore) =>
      createEventIngestion({ store, batchSize: 7, flushInterval: 10, redactKeys: false }),
    )
    const emitted: string[] = []
    const seen = new Map<string, number>()
    let afterSeq = '0'
    const poll = async () => {
      const answer = await call(handler, `/api/events?afterSeq=${afterSeq}&limit=50`)
      for (const event of answer.body.events as { id: string }[])
        seen.set(event.id, (seen.get(event.id) ?? 0) + 1)
      afterSeq = answer.body.lastSeq as string
      return answer.body.hasMore === true
    }
    let writing = true
    const reader = (async () => {
      while (writing) {
        await poll()
        // A macrotask between polls, so the writers' timers run even over the in-memory store.
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let i = 0; i < 300; i += 1) {
          const event = await writer.emit('user.logged_in', { userId: `usr_${w}_${i}` })
          if (event) emitted.push(event.id)
          if (i % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 1))
        }
        await writer.shutdown()
      }),
    )
    writing = false
    await reader
    while (await poll()) {
      // drain what the last writes left
    }
    expect(emitted).toHaveLength(600)
    expect([...seen.keys()].sort()).toEqual([...emitted].sort())
    expect([...seen.values()].every((count) => count === 1)).toBe(true)
  }, 120_000)
})
