import { render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { EventDetailModalView } from '../../src/components/EventDetailModal/EventDetailModalView'
import { preloadEventDetailModal } from '../../src/components/EventDetailModal/preloadEventDetailModal'
import { EventListView } from '../../src/components/EventList/EventListView'
import { AeRoot } from '../../src/components/shared/Root'
import { makeEvent, testEvents } from '../unit/components/sharedTestEvents'
import '../../src/styles.css'

// Issue 13: at 390 px the list's Type and User columns were 0 px wide, the message 56 px and the
// time cut; the dialog's title broke mid-word and the copy icon fell onto its own line.
beforeAll(async () => {
  await page.viewport(390, 844)
  // Radix Dialog loads on first need (issue 12): the dialog's test measures it once it is in.
  await preloadEventDetailModal()
})

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
const fullyShown = (element: Element) => element.scrollWidth <= element.clientWidth + 1

describe('at 390 px', () => {
  it('list rows stack: type, status, message, who and the time, in full', async () => {
    const events = testEvents(20).map((event, i) =>
      i === 0 ? { ...event, userId: 'usr_8f2c1a', message: 'Sam Taylor signed in' } : event,
    )
    const { container } = render(
      <AeRoot colorScheme="light" style={{ width: 366 }}>
        <EventListView
          status="success"
          events={events}
          locale="en-GB"
          timeZone="UTC"
          onSortChange={() => undefined}
        />
      </AeRoot>,
    )
    await frame()
    const list = container.querySelector('.ae-event-list')!
    await expect.poll(() => list.getAttribute('data-layout')).toBe('stacked')
    const row = screen.getAllByRole('row').find((r) => r.getAttribute('data-event-id') === events[0]!.id)!
    const cell = (id: string) => row.querySelector<HTMLElement>(`.ae-event-list__cell--${id}`)!
    for (const id of ['type', 'status', 'message', 'user', 'timestamp']) {
      expect(cell(id).getBoundingClientRect().width, id).toBeGreaterThan(40)
    }
    expect(fullyShown(cell('timestamp'))).toBe(true)
    expect(fullyShown(cell('message'))).toBe(true)
    expect(fullyShown(cell('user'))).toBe(true)
    // Three lines fit in the row's height, nothing overlaps the next row.
    const rowBox = row.getBoundingClientRect()
    for (const id of ['message', 'user', 'timestamp'])
      expect(cell(id).getBoundingClientRect().bottom).toBeLessThanOrEqual(rowBox.bottom + 0.5)
    expect(within(row).getByText('usr_8f2c1a')).toBeVisible()
    // The sort toggle is still there.
    expect(screen.getByRole('button', { name: /Time/ })).toBeVisible()
  })

  it("the dialog's title does not break mid-word and each copy button stays beside its id", async () => {
    const event = makeEvent({
      id: 'evt_01HZY3K8Q9W2V7N4M6B5C1X0RT',
      message: 'Organization invitation accepted by administrator',
      sessionId: 'sess_4b1f0f2a9c8e4d7b9a6f3e2d1c0b',
      organizationId: 'org_acme_production_eu_west',
    })
    render(<EventDetailModalView event={event} defaultOpen locale="en-GB" timeZone="UTC" />)
    await frame()
    const dialog = screen.getByRole('dialog')
    const title = within(dialog).getByRole('heading', { level: 2 })
    // Every line break falls between words: each word's box is on one line.
    const range = document.createRange()
    const text = title.querySelector('bdi')!.firstChild as Text
    let at = 0
    for (const word of text.data.split(' ')) {
      range.setStart(text, at)
      range.setEnd(text, at + word.length)
      expect(range.getClientRects().length, word).toBe(1)
      at += word.length + 1
    }
    for (const name of ['Event ID', 'Session ID', 'Organization ID']) {
      const button = within(dialog).getByRole('button', { name: `Copy ${name}` })
      const id = button.previousElementSibling!
      const [idBox, buttonBox] = [id.getBoundingClientRect(), button.getBoundingClientRect()]
      expect(buttonBox.left, name).toBeGreaterThanOrEqual(idBox.right - 1)
      expect(buttonBox.top, name).toBeLessThan(idBox.bottom)
    }
  })
})
