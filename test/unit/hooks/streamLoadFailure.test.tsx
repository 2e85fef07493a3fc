/**
 * The stream's loop is loaded when the first stream starts (issue 12 point 2). When that script
 * cannot be downloaded (offline, a deploy replaced the chunk), the stream says so instead of
 * showing "live" forever, and `retry()` asks for the script again.
 */
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { useEventStream } from '../../../src/hooks/useEventStream'
import { renderEventsHook, studioBackend } from './hookTestUtils'

const attempts = vi.hoisted(() => ({ count: 0 }))

vi.mock('../../../src/hooks/streamController', () => {
  attempts.count += 1
  throw new TypeError('Failed to fetch dynamically imported module: /assets/streamController.js')
})

describe('useEventStream when its script fails to download', () => {
  it('is in error with a message that says what failed, and retry() asks again', async () => {
    studioBackend({ events: [] })
    const { result } = renderEventsHook(() => useEventStream())
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error?.message).toBe(
      'Could not load the live stream (its script failed to download)',
    )
    expect(result.current.error?.name).toBe('EventsApiError')
    const before = attempts.count

    act(() => result.current.retry())
    await waitFor(() => expect(attempts.count).toBeGreaterThan(before))
    await waitFor(() => expect(result.current.status).toBe('error'))
  })
})
