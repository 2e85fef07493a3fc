import '../../src/styles.css'
import { render, screen, within } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { ActivityDay } from '../../src/api/types'
import { ActivityGridView } from '../../src/components/ActivityGrid/ActivityGridView'
import { EventListView } from '../../src/components/EventList/EventListView'
import { AeRoot } from '../../src/components/shared/Root'
import { makeEvent } from '../unit/components/sharedTestEvents'

beforeAll(async () => {
  await page.viewport(1100, 900)
})

const NOW = new Date('2026-03-10T12:00:00Z')

describe('Security events stand out without a legend', () => {
  it('tags a security row in words, with an accent of its own', () => {
    const events = [
      makeEvent({
        id: 'evt-sec',
        type: 'security_credential_stuffing',
        category: 'security',
        label: 'Credential stuffing detected',
        message: 'Credential stuffing from 203.0.113.9',
        severity: 'warning',
      }),
      makeEvent({ id: 'evt-plain' }),
    ]
    render(
      <AeRoot colorScheme="light" style={{ width: 1000 }}>
        <EventListView status="success" events={events} />
      </AeRoot>,
    )
    const [security, plain] = screen.getAllByRole('row').slice(1)
    expect(within(security!).getByText('Security')).toBeVisible()
    expect(within(plain!).queryByText('Security')).toBeNull()
    expect(getComputedStyle(security!).boxShadow).not.toBe(getComputedStyle(plain!).boxShadow)
  })

  it('marks a day with security alerts with a shield and says so in its name', () => {
    const day = (date: string, security: { failed: number; warning: number; info: number }): ActivityDay => {
      const total = 10 + security.failed + security.warning + security.info
      return {
        date,
        total,
        success: 10,
        failed: security.failed,
        warning: security.warning,
        info: security.info,
        categories: {
          session: { total: 10, success: 10, failed: 0, warning: 0, info: 0 },
          security: { total: total - 10, success: 0, ...security },
        },
      }
    }
    render(
      <div style={{ width: 1000 }}>
        <ActivityGridView
          status="success"
          now={NOW}
          timeZone="UTC"
          locale="en-GB"
          days={[
            day('2026-03-09', { failed: 1, warning: 1, info: 0 }),
            day('2026-03-10', { failed: 0, warning: 0, info: 4 }),
          ]}
        />
      </div>,
    )
    const alerted = screen.getByRole('button', {
      name: /on Monday, 9 March 2026, 1 failed, 2 security alerts$/,
    })
    expect(alerted.querySelector('svg')).toBeVisible()
    // Routine security checks (info) are not alerts: no shield.
    const routine = screen.getByRole('button', { name: /on Tuesday, 10 March 2026$/ })
    expect(routine.querySelector('svg')).toBeNull()
  })
})
