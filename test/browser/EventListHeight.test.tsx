import '../../src/styles.css'
import type { CSSProperties } from 'react'
import { render, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { EventListView } from '../../src/components/EventList/EventListView'
import type { EventListViewProps } from '../../src/components/EventList/EventListView'
import { AeRoot } from '../../src/components/shared/Root'
import { testEvents } from '../unit/components/sharedTestEvents'

const ROW = 44

beforeAll(async () => {
  await page.viewport(1100, 900)
})

const viewport = () => screen.getByRole('grid').querySelector<HTMLElement>('[role="rowgroup"][style]')!

function List(props: Partial<EventListViewProps> & { count: number }) {
  const { count, ...rest } = props
  return (
    <AeRoot colorScheme="light" style={{ width: 960 }}>
      <EventListView status="success" events={testEvents(count)} {...rest} />
    </AeRoot>
  )
}

describe('EventList height', () => {
  it('is as tall as its rows when they are few: two results, no empty box', () => {
    render(<List count={2} />)
    expect(viewport().clientHeight).toBe(2 * ROW)
    // The footer sits right under the last row.
    const grid = screen.getByRole('grid').getBoundingClientRect()
    const lastRow = screen.getAllByRole('row').at(-1)!.getBoundingClientRect()
    expect(grid.bottom - lastRow.bottom).toBeLessThan(4)
  })

  it('stops at the maximum and scrolls when there are many', () => {
    render(<List count={200} />)
    expect(viewport().clientHeight).toBe(480)
    expect(viewport().scrollHeight).toBe(200 * ROW)
  })

  it('takes its maximum from --ae-event-list-max-height', () => {
    render(<List count={200} style={{ '--ae-event-list-max-height': '300px' } as CSSProperties} />)
    expect(viewport().clientHeight).toBe(300)
  })

  it('fills a container the host gave a height, with few rows or many', () => {
    const host = (count: number) => (
      <AeRoot colorScheme="light" data-testid={`host-${count}`} style={{ width: 960, height: 700 }}>
        <EventListView status="success" events={testEvents(count)} fillHeight />
      </AeRoot>
    )
    const { unmount } = render(host(200))
    const box = screen.getByTestId('host-200').getBoundingClientRect()
    const grid = screen.getByRole('grid').getBoundingClientRect()
    expect(viewport().clientHeight).toBeGreaterThan(480)
    expect(grid.bottom).toBeLessThanOrEqual(box.bottom)
    // The footer ("Load more" or the count) stays inside the container.
    expect(box.bottom - grid.bottom).toBeLessThan(80)
    unmount()
    render(host(2))
    expect(viewport().clientHeight).toBeGreaterThan(2 * ROW)
  })
})
