import { act, render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventFilters } from '../../../src/api/types'
import { EventFiltersProvider, useEventFiltersContext } from '../../../src/hooks/EventFiltersProvider'
import { useControllableState } from '../../../src/hooks/useControllableState'
import { useEventFilters } from '../../../src/hooks/useEventFilters'
import { useFiltersUrlSync } from '../../../src/hooks/useFiltersUrlSync'

afterEach(() => {
  vi.restoreAllMocks()
  window.history.replaceState(null, '', '/')
})

describe('useEventFilters', () => {
  it('keeps its own state when uncontrolled, with a setter per field', () => {
    const onValueChange = vi.fn()
    const { result } = renderHook(() => useEventFilters({ defaultValue: { q: 'alice' }, onValueChange }))
    expect(result.current.filters).toEqual({ q: 'alice' })
    act(() => result.current.toggleCategory('session'))
    act(() => result.current.toggleCategory('user'))
    act(() => result.current.toggleCategory('session'))
    act(() => result.current.setSeverities(['failed', 'warning']))
    const from = new Date('2026-03-01T00:00:00Z')
    act(() => result.current.setRange({ from }))
    expect(result.current.filters).toEqual({
      q: 'alice',
      categories: ['user'],
      severities: ['failed', 'warning'],
      from,
    })
    expect(result.current.isEmpty).toBe(false)
    expect(onValueChange).toHaveBeenLastCalledWith(result.current.filters)

    act(() => result.current.setSeverities([]))
    expect(result.current.filters.severities).toBeUndefined()
    act(() => result.current.setSort('asc'))
    act(() => result.current.clear())
    expect(result.current.filters).toEqual({ sort: 'asc' })
    expect(result.current.isEmpty).toBe(true)
  })

  it('applies two updates made in one event handler', () => {
    const { result } = renderHook(() => useEventFilters())
    act(() => {
      result.current.toggleSeverity('failed')
      result.current.toggleCategory('session')
    })
    expect(result.current.filters).toEqual({ severities: ['failed'], categories: ['session'] })
  })

  it('only asks for changes when controlled', () => {
    const onValueChange = vi.fn()
    const value: EventFilters = { severities: ['failed'] }
    const { result } = renderHook(() => useEventFilters({ value, onValueChange }))
    act(() => result.current.toggleSeverity('warning'))
    expect(onValueChange).toHaveBeenCalledWith({ severities: ['failed', 'warning'] })
    expect(result.current.filters).toBe(value)
  })
})

describe('useControllableState', () => {
  it('warns in development when switching between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { rerender } = renderHook(
      ({ prop }: { prop?: string }) => useControllableState({ prop, defaultProp: 'a', name: 'value' }),
      { initialProps: { prop: 'b' } as { prop?: string } },
    )
    expect(warn).not.toHaveBeenCalled()
    rerender({ prop: undefined })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('from controlled to uncontrolled'))
  })
})

function FilterChip() {
  const shared = useEventFiltersContext()
  const on = shared?.filters.severities?.includes('failed') ?? false
  return (
    <button type="button" data-state={on ? 'on' : 'off'} onClick={() => shared?.toggleSeverity('failed')}>
      Failed
    </button>
  )
}

function ShownFilters() {
  const shared = useEventFiltersContext()
  return <output>{shared ? JSON.stringify(shared.filters) : 'no provider'}</output>
}

describe('<EventFiltersProvider>', () => {
  it('shares one filter state between separate components', async () => {
    render(
      <EventFiltersProvider>
        <FilterChip />
        <ShownFilters />
      </EventFiltersProvider>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Failed' }))
    expect(screen.getByRole('status')).toHaveTextContent('{"severities":["failed"]}')
    expect(screen.getByRole('button', { name: 'Failed' })).toHaveAttribute('data-state', 'on')
  })

  it('is null-safe without a provider', () => {
    render(<ShownFilters />)
    expect(screen.getByRole('status')).toHaveTextContent('no provider')
  })

  it('can be controlled by the host', async () => {
    function Host({ children }: { children: ReactNode }) {
      const [value, setValue] = useState<EventFilters>({})
      return (
        <EventFiltersProvider value={value} onValueChange={setValue}>
          {children}
        </EventFiltersProvider>
      )
    }
    render(
      <Host>
        <FilterChip />
        <ShownFilters />
      </Host>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Failed' }))
    expect(screen.getByRole('status')).toHaveTextContent('failed')
  })
})

describe('URL sync', () => {
  it('opens the view a shared URL describes, and writes changes back keeping other params', () => {
    window.history.replaceState(null, '', '/admin?tab=events&severities=failed&from=2026-03-01T00:00:00.000Z')
    const { result } = renderHook(() => {
      const state = useEventFilters()
      useFiltersUrlSync({ filters: state.filters, onFiltersChange: state.setFilters })
      return state
    })
    expect(result.current.filters).toEqual({
      severities: ['failed'],
      from: new Date('2026-03-01T00:00:00.000Z'),
    })
    expect(window.location.search).toContain('severities=failed')

    act(() => result.current.toggleCategory('session'))
    const params = new URLSearchParams(window.location.search)
    expect(params.get('tab')).toBe('events')
    expect(params.get('categories')).toBe('session')
    expect(params.get('severities')).toBe('failed')

    act(() => result.current.clear())
    expect(window.location.search).toBe('?tab=events')
  })

  it('follows back/forward navigation', () => {
    const { result } = renderHook(() => {
      const state = useEventFilters()
      useFiltersUrlSync({ filters: state.filters, onFiltersChange: state.setFilters, history: 'push' })
      return state
    })
    act(() => result.current.setQuery('bob'))
    expect(window.location.search).toBe('?q=bob')
    act(() => {
      window.history.replaceState(null, '', '/?q=carol')
      window.dispatchEvent(new PopStateEvent('popstate'))
    })
    expect(result.current.filters).toEqual({ q: 'carol' })
  })

  it('is opt-in on the provider', async () => {
    render(
      <EventFiltersProvider syncWithUrl>
        <FilterChip />
      </EventFiltersProvider>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Failed' }))
    expect(window.location.search).toBe('?severities=failed')
  })
})
