/** What a person reads off a rendered EventsDashboard: its list, the rows it holds, its live state. */
import { screen, within } from '@testing-library/react'

/** The events list. */
export const eventList = () => screen.getByRole('grid', { name: 'Authentication events' })

/** Ids of the rows drawn (the top of the list). */
export const rowIds = () =>
  within(eventList())
    .queryAllByRole('row')
    .map((row) => row.dataset.eventId)
    .filter(Boolean)

/** Events the list holds (rows are windowed: `aria-rowcount` counts them all, plus the header). */
export const heldCount = () => Number(eventList().getAttribute('aria-rowcount')) - 1

/** The live indicator's state text ('Live' once the stream runs), or undefined while none is shown. */
export const liveState = () =>
  screen
    .queryAllByRole('status')
    .find((element) => element.closest('.ae-events-dashboard__live'))
    ?.textContent?.trim()
