import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  UnsupportedError,
} from '../../../src/api/errors'
import { EventIcon } from '../../../src/components/shared/EventIcon'
import { ErrorMessage } from '../../../src/components/shared/ErrorMessage'
import { AeRoot, useRootProps } from '../../../src/components/shared/Root'
import { SeverityBadge } from '../../../src/components/shared/SeverityBadge'

const URL_ = '/api/studio/api/events'

afterEach(() => {
  vi.useRealTimers()
})

describe('ErrorMessage', () => {
  it.each([
    [new HttpError(401, { error: 'Unauthorized', message: 'No session cookie' }, URL_), /sign in/i],
    [
      new HttpError(403, { success: false, message: 'Forbidden', reason: 'ip_blocked' }, URL_),
      /access denied: your IP address is blocked/i,
    ],
    [new HttpError(403, { message: 'Admins only' }, URL_), /access denied: admins only/i],
    [
      new HttpError(404, { error: 'Not found', path: '/x' }, URL_),
      /not found at \/api\/studio\/api\/events.*base path/i,
    ],
    [new HttpError(500, { error: 'Database is down' }, URL_), /HTTP 500.*Database is down/],
    [new NetworkError(URL_, new TypeError('Failed to fetch')), /unreachable/i],
    [new TimeoutError(URL_, 15000), /within 15 s/],
    [
      new InvalidResponseError(URL_, [{ path: 'events.3.timestamp', message: 'Invalid date' }]),
      /"events\.3\.timestamp": Invalid date/,
    ],
    [new UnsupportedError('counts', 'infra'), /does not support counts/],
    [new Error('Boom'), /Boom/],
  ])('explains %s', (error, text) => {
    render(<ErrorMessage error={error} />)
    expect(screen.getByRole('alert')).toHaveTextContent(text)
  })

  it('counts down to the retry of a rate limit', () => {
    vi.useFakeTimers()
    render(<ErrorMessage error={new RateLimitError({}, URL_, 3000)} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Retrying in 3 s')
    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByRole('alert')).toHaveTextContent('Retrying in 2 s')
    act(() => vi.advanceTimersByTime(5000))
    expect(screen.getByRole('alert')).toHaveTextContent('Retrying now')
  })

  it('offers a retry button and custom rendering', async () => {
    const retried: string[] = []
    const { rerender } = render(<ErrorMessage error={new Error('x')} onRetry={() => retried.push('yes')} />)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retried).toEqual(['yes'])
    rerender(
      <ErrorMessage
        error={new HttpError(401, {}, URL_)}
        renderError={(_, __, description) => <p>custom {description.kind}</p>}
      />,
    )
    expect(screen.getByText('custom unauthorized')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('takes partial labels', () => {
    render(<ErrorMessage error={new HttpError(401, {}, URL_)} labels={{ unauthorized: 'Bitte anmelden' }} />)
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte anmelden')
  })
})

describe('SeverityBadge and EventIcon', () => {
  it('shows the severity as text, not only colour', () => {
    render(<SeverityBadge severity="failed" labels={{ warning: 'Avertissement' }} />)
    expect(screen.getByText('Failed')).toHaveAttribute('data-severity', 'failed')
    render(<SeverityBadge severity="warning" labels={{ warning: 'Avertissement' }} />)
    expect(screen.getByText('Avertissement')).toBeInTheDocument()
  })

  it('draws the catalogue icon of a type, hidden from assistive technology', () => {
    const { container } = render(
      <>
        <EventIcon type="user.logged_in" severity="failed" />
        <EventIcon type="billing.renewed" />
        <EventIcon icon="trash" unstyled />
      </>,
    )
    const icons = container.querySelectorAll('svg')
    expect([...icons].map((svg) => svg.getAttribute('aria-hidden'))).toEqual(['true', 'true', 'true'])
    expect(icons[0]).toHaveAttribute('data-severity', 'failed')
    expect(icons[0]!.getAttribute('data-icon')).not.toBe('other')
    expect(icons[1]).toHaveAttribute('data-icon', 'other')
    expect(icons[2]).not.toHaveAttribute('class')
  })
})

function Probe() {
  const props = useRootProps(false)
  return (
    <span data-testid="probe" className={props.className} data-color-scheme={props['data-color-scheme']} />
  )
}

describe('AeRoot', () => {
  it('carries the colour scheme and makes components outside it their own root', () => {
    render(
      <>
        <AeRoot colorScheme="dark" data-testid="root">
          <Probe />
        </AeRoot>
        <Probe />
      </>,
    )
    expect(screen.getByTestId('root')).toHaveAttribute('data-color-scheme', 'dark')
    const [inside, outside] = screen.getAllByTestId('probe')
    expect(inside).not.toHaveClass('ae-root')
    expect(outside).toHaveClass('ae-root')
    expect(outside).toHaveAttribute('data-color-scheme', 'system')
  })
})
