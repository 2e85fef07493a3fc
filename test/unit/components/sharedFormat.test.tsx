import { describe, expect, it } from 'vitest'
import { modifierClass, partClass, rootClass } from '../../../src/components/shared/classNames'
import { formatCount, formatTimestamp, formatUtc } from '../../../src/components/shared/format'
import { mergeLabels } from '../../../src/components/shared/labels'

const instant = new Date('2026-03-02T14:05:07.123Z')

describe('formatTimestamp', () => {
  it('shows milliseconds in the requested time zone and locale', () => {
    expect(formatTimestamp(instant, { locale: 'en-GB', timeZone: 'UTC', withMs: true })).toBe(
      '02/03/2026, 14:05:07.123',
    )
    expect(formatTimestamp(instant, { locale: 'en-GB', timeZone: 'Asia/Tokyo', withMs: true })).toBe(
      '02/03/2026, 23:05:07.123',
    )
  })

  it('leaves milliseconds out unless asked', () => {
    expect(formatTimestamp(instant, { locale: 'en-GB', timeZone: 'UTC' })).toBe('02/03/2026, 14:05:07')
  })

  it('falls back instead of throwing on an unknown time zone', () => {
    expect(formatTimestamp(instant, { locale: 'en-GB', timeZone: 'Mars/Olympus', withMs: true })).toMatch(
      /^02\/03\/2026, \d\d:05:07\.123$/,
    )
  })

  it('gives an empty string for an invalid date', () => {
    expect(formatTimestamp(new Date('nope'))).toBe('')
    expect(formatUtc(new Date('nope'))).toBe('')
  })
})

describe('formatUtc and formatCount', () => {
  it('formats the instant in UTC with milliseconds', () => {
    expect(formatUtc(instant)).toBe('2026-03-02 14:05:07.123 UTC')
  })

  it('groups digits by locale', () => {
    expect(formatCount(12345, 'en-US')).toBe('12,345')
    expect(formatCount(12345, 'de-DE')).toBe('12.345')
  })
})

describe('class names and labels', () => {
  it('builds BEM part classes and drops them when unstyled', () => {
    expect(partClass(false, 'event-list', 'row')).toBe('ae-event-list__row')
    expect(partClass(false, 'event-list')).toBe('ae-event-list')
    expect(partClass(true, 'event-list', 'row')).toBeUndefined()
    expect(modifierClass(false, 'button', undefined, ['primary', false])).toBe('ae-button ae-button--primary')
    expect(rootClass(true, 'event-list', 'host')).toBe('host')
    expect(rootClass(false, 'event-list', 'host')).toBe('ae-event-list host')
  })

  it('merges partial labels over the defaults, ignoring undefined entries', () => {
    const defaults = { a: 'A', b: 'B' }
    expect(mergeLabels(defaults, { b: 'bee', a: undefined })).toEqual({ a: 'A', b: 'bee' })
    expect(mergeLabels(defaults)).toBe(defaults)
  })
})
