import '../../src/styles.css'
import { render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { EventDetailView } from '../../src/components/EventDetailModal/EventDetailView'
import { AeRoot } from '../../src/components/shared/Root'
import { makeEvent } from '../unit/components/sharedTestEvents'

beforeAll(async () => {
  await page.viewport(1100, 900)
})

const event = makeEvent({
  sessionId: 'sess-1',
  organizationId: 'org-1',
  ipAddress: '198.51.100.7',
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
})

describe('EventDetailView layout', () => {
  it.each([760, 360])('starts every value at the same x in every section (%i px)', (width) => {
    render(
      <AeRoot colorScheme="light" style={{ width }}>
        <EventDetailView event={event} locale="en-US" timeZone="UTC" />
      </AeRoot>,
    )
    const sections = screen.getAllByRole('region')
    expect(sections.length).toBeGreaterThanOrEqual(3)
    const starts = new Set<number>()
    for (const section of sections) {
      for (const value of section.querySelectorAll('dl > div > dd, dl > dd')) {
        starts.add(Math.round(value.getBoundingClientRect().left))
      }
    }
    expect(starts.size).toBe(1)
  })
})
