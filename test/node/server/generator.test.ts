/** The event generator: deterministic, and realistic in the ways the UI needs to show. */
import { describe, expect, it } from 'vitest'
import { getEventTypeInfo } from '../../../src/api/catalogue/catalogue'
import { STUDIO_TYPES } from '../../../src/api/catalogue/studioTypes'
import { classifyEvent } from '../../../src/api/classify'
import { parseIpv4, parseIpv6 } from '../../../src/api/ip'
import { maskSecrets } from '../../../src/api/mask'
import { createEventStream, generateEvents } from '../../../src/server/generator'
import type { StudioWireEvent } from '../../../src/server/wire'

const NOW = new Date('2026-11-20T12:00:00.000Z')
const HOUR = 3_600_000
const year = generateEvents({ seed: 'realism', now: NOW, days: 365, eventsPerDay: 120 })
const time = (event: StudioWireEvent) => Date.parse(event.timestamp)

function inDocumentationRange(ip: string): boolean {
  const v4 = parseIpv4(ip)
  if (v4) return ['192.0.2', '198.51.100', '203.0.113'].includes(v4.slice(0, 3).join('.'))
  const v6 = parseIpv6(ip)
  return v6?.[0] === 0x2001 && v6[1] === 0x0db8
}

describe('generateEvents: determinism', () => {
  it('gives the same events (ids included) for the same options, and others for another seed', () => {
    const options = { seed: 11, now: NOW, days: 20, eventsPerDay: 50 }
    const a = generateEvents(options)
    expect(generateEvents(options)).toEqual(a)
    const b = generateEvents({ ...options, seed: 12 })
    expect(b.map((event) => event.id)).not.toEqual(a.map((event) => event.id))
  })

  it('uses unique UUID-shaped ids, sorted newest first within (now - days, now]', () => {
    expect(new Set(year.map((event) => event.id)).size).toBe(year.length)
    for (const event of year)
      expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const times = year.map(time)
    expect(times.every((t, i) => i === 0 || t <= (times[i - 1] as number))).toBe(true)
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime())
    expect(Math.min(...times)).toBeGreaterThan(NOW.getTime() - 365 * 24 * HOUR)
  })

  it('averages roughly eventsPerDay', () => {
    expect(year.length / 365).toBeGreaterThan(90)
    expect(year.length / 365).toBeLessThan(150)
    const quiet = generateEvents({ seed: 'realism', now: NOW, days: 365, eventsPerDay: 10 })
    expect(quiet.length / 365).toBeLessThan(20)
  })
})

describe('generateEvents: realism', () => {
  it('is busier on weekdays than on weekends, and in office hours than at night', () => {
    const perWeekday = [0, 0, 0, 0, 0, 0, 0]
    const perHour = Array<number>(24).fill(0)
    for (const event of year) {
      const date = new Date(event.timestamp)
      perWeekday[date.getUTCDay()] = (perWeekday[date.getUTCDay()] ?? 0) + 1
      perHour[date.getUTCHours()] = (perHour[date.getUTCHours()] ?? 0) + 1
    }
    const weekday = perWeekday.slice(1, 6).reduce((sum, n) => sum + n, 0) / 5
    const weekend = ((perWeekday[0] ?? 0) + (perWeekday[6] ?? 0)) / 2
    expect(weekday).toBeGreaterThan(2 * weekend)
    const office = perHour.slice(10, 16).reduce((sum, n) => sum + n, 0) / 6
    const night = perHour.slice(1, 5).reduce((sum, n) => sum + n, 0) / 4
    expect(office).toBeGreaterThan(4 * night)
  })

  it('has credential-stuffing bursts: 30+ failed sign-ins from one address within 15 minutes', () => {
    const failed = year
      .filter((event) => event.type === 'user.logged_in' && event.status === 'failed')
      .reverse()
    const bursts = new Set<string>()
    const byIp = new Map<string, number[]>()
    for (const event of failed)
      byIp.set(event.ipAddress as string, [...(byIp.get(event.ipAddress as string) ?? []), time(event)])
    for (const [ip, times] of byIp) {
      for (let i = 0; i + 30 < times.length; i += 1) {
        if ((times[i + 30] as number) - (times[i] as number) <= 15 * 60_000)
          bursts.add(`${ip}@${Math.floor((times[i] as number) / (6 * HOUR))}`)
      }
    }
    const spikes = new Set([...bursts].map((key) => key.split('@')[0]))
    expect(spikes.size).toBeGreaterThan(0)
    expect(bursts.size).toBeGreaterThanOrEqual(5)
    const attackers = [...byIp.entries()].filter(([, times]) => times.length >= 30).map(([ip]) => ip)
    for (const ip of attackers) expect(inDocumentationRange(ip)).toBe(true)
  })

  it('emits every Studio event type but the never-emitted login.failed, so every category appears', () => {
    const types = new Set(year.map((event) => event.type))
    const studio = STUDIO_TYPES.map((info) => info.type).filter((type) => type !== 'login.failed')
    expect(studio.filter((type) => !types.has(type))).toEqual([])
    const categories = new Set(year.map((event) => getEventTypeInfo(event.type).category))
    const expected = new Set([...STUDIO_TYPES.map((info) => info.category), 'other'])
    expect(categories).toEqual(expected)
  })

  it('follows each successful sign-in with session.created (carrying a token) for the same user', () => {
    const ascending = [...year].reverse()
    ascending.forEach((event, index) => {
      if (!(event.type === 'user.logged_in' || event.type === 'oauth.sign_in') || event.status !== 'success')
        return
      const session = ascending
        .slice(index + 1, index + 20)
        .find((next) => next.type === 'session.created' && next.userId === event.userId)
      expect(session, event.id).toBeDefined()
      expect(time(session as StudioWireEvent) - time(event)).toBeLessThan(1000)
      expect(typeof session?.metadata?.token).toBe('string')
    })
  })

  it('puts secrets in metadata that masking hides', () => {
    const session = year.find((event) => event.type === 'session.created') as StudioWireEvent
    expect(maskSecrets(session.metadata)?.token).not.toBe(session.metadata?.token)
    const otp = year.find((event) => event.type === 'phone_number.otp_requested') as StudioWireEvent
    expect(maskSecrets(otp.metadata)?.code).not.toBe(otp.metadata?.code)
  })

  it('has failed sign-ins without a user id, as Studio writes them', () => {
    const failed = year.filter((event) => event.type === 'user.logged_in' && event.status === 'failed')
    expect(failed.length).toBeGreaterThan(100)
    for (const event of failed) expect(event.userId).toBeNull()
  })

  it('uses documentation addresses only, several agents per user, and non-Latin names', () => {
    const agents = new Map<string, Set<string>>()
    for (const event of year) {
      if (event.ipAddress) expect(inDocumentationRange(event.ipAddress), event.ipAddress).toBe(true)
      if (event.userId && event.userAgent)
        agents.set(event.userId, (agents.get(event.userId) ?? new Set()).add(event.userAgent))
    }
    const multi = [...agents.values()].filter((set) => set.size >= 2)
    expect(multi.length).toBeGreaterThanOrEqual(10)
    const allAgents = new Set(year.map((event) => event.userAgent))
    for (const pattern of [/^curl\//, /^okhttp\//, /iPhone/, /Android/, /Windows NT/, /Macintosh/]) {
      expect(
        [...allAgents].some((agent) => agent && pattern.test(agent)),
        String(pattern),
      ).toBe(true)
    }
    expect(year.some((event) => event.ipAddress?.includes(':'))).toBe(true)
    const names = new Set(
      year.map((event) => event.metadata?.name).filter((name): name is string => typeof name === 'string'),
    )
    expect([...names].some((name) => /[\u0400-\u04ff]/.test(name))).toBe(true)
    expect([...names].some((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true)
    expect([...names].some((name) => /[\u0600-\u06ff]/.test(name))).toBe(true)
    expect(new Set(year.map((event) => event.organizationId).filter(Boolean)).size).toBeGreaterThanOrEqual(3)
  })

  it('words and classifies every event with the shared catalogue', () => {
    for (const event of year) {
      expect(event.display?.severity).toBe(classifyEvent({ type: event.type, status: event.status }))
      expect(event.display?.message).toBeTruthy()
      expect(event.display?.message).not.toMatch(/\{|\}/)
    }
  })
})

describe('createEventStream', () => {
  it('gives exactly the number of events asked, after start, never going back in time', () => {
    const stream = createEventStream({ seed: 'realism', start: NOW })
    let previous = NOW.getTime()
    for (let i = 1; i <= 50; i += 1) {
      const at = new Date(NOW.getTime() + i * 10_000)
      const batch = stream.next(4, at)
      expect(batch).toHaveLength(4)
      const times = batch.map(time).reverse()
      expect(times[0]).toBeGreaterThanOrEqual(previous)
      expect(
        times.every(
          (t, j) => t > NOW.getTime() && t <= at.getTime() && (j === 0 || t >= (times[j - 1] as number)),
        ),
      ).toBe(true)
      previous = times[times.length - 1] as number
    }
    expect(stream.at).toEqual(new Date(NOW.getTime() + 50 * 10_000))
  })

  it('is deterministic and shares the cast of generateEvents with the same seed', () => {
    const run = () => {
      const stream = createEventStream({ seed: 'realism', start: NOW, eventsPerDay: 400 })
      return [
        ...stream.next(10, new Date(NOW.getTime() + 60_000)),
        ...stream.until(new Date(NOW.getTime() + 6 * HOUR)),
      ]
    }
    const live = run()
    expect(run()).toEqual(live)
    const historicUsers = new Set(year.map((event) => event.userId).filter(Boolean))
    const liveUsers = live.map((event) => event.userId).filter(Boolean)
    expect(liveUsers.length).toBeGreaterThan(0)
    expect(liveUsers.filter((user) => historicUsers.has(user)).length).toBeGreaterThan(liveUsers.length * 0.8)
  })

  it('produces about the configured rate with until()', () => {
    const stream = createEventStream({
      seed: 'rate',
      start: new Date('2026-11-16T00:00:00Z'),
      eventsPerDay: 200,
    })
    const week = stream.until(new Date('2026-11-23T00:00:00Z'))
    expect(week.length / 7).toBeGreaterThan(120)
    expect(week.length / 7).toBeLessThan(300)
    expect(stream.until(new Date('2026-11-22T00:00:00Z'))).toEqual([])
  })
})

describe('createEventStream at simulator speed', () => {
  it('keeps producing events for minutes at hundreds a second (bans never take the whole cast)', () => {
    const start = Date.parse('2026-11-20T12:00:00Z')
    const stream = createEventStream({ seed: 'live-speed', start: new Date(start) })
    const counts: number[] = []
    for (let i = 1; i <= 4000; i += 1) counts.push(stream.next(12, new Date(start + i * 50)).length)
    expect(counts.slice(-500).every((n) => n === 12)).toBe(true)
    // 48,000 events on one thread: 115 s at load average 28 on 2 cores, a few seconds idle.
  }, 240_000)
})
