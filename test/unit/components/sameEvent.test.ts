import { describe, expect, it } from 'vitest'
import { sameEvent } from '../../../src/components/EventList/sameEvent'
import { makeEvent } from './sharedTestEvents'

describe('sameEvent', () => {
  it('treats a refetched copy of an event (new objects, new Date) as the same', () => {
    const event = makeEvent({ id: 'a', metadata: { email: 'ada@example.com', nested: { tries: [1, 2] } } })
    const copy = structuredClone(event)
    expect(copy).not.toBe(event)
    expect(sameEvent(event, copy)).toBe(true)
  })

  it('tells apart another event, another time and changed data', () => {
    const event = makeEvent({ id: 'a', message: 'Signed in' })
    expect(sameEvent(event, { ...event, id: 'b' })).toBe(false)
    expect(sameEvent(event, { ...event, timestamp: new Date(event.timestamp.getTime() + 1) })).toBe(false)
    expect(sameEvent(event, { ...event, message: 'Signed out' })).toBe(false)
    expect(sameEvent(event, { ...event, metadata: { extra: true } })).toBe(false)
  })
})
