import { act } from '@testing-library/react'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { AuthEvent } from '../../../src/api/types'
import { useEvents } from '../../../src/hooks/useEvents'
import { useEventStream, type UseEventStreamOptions } from '../../../src/hooks/useEventStream'
import { renderEventsHook } from './hookTestUtils'

/** Lets fake time pass (ms) and everything it triggers settle, inside act. */
export async function advance(ms = 0): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}

/** Advances fake time in small steps until `check` passes (waitFor does not drive vitest's fake timers). */
export async function until(check: () => void, { step = 10, max = 200 } = {}): Promise<void> {
  let lastError: unknown
  for (let i = 0; i < max; i += 1) {
    try {
      check()
      return
    } catch (error) {
      lastError = error
      await advance(step)
    }
  }
  throw lastError
}

/** Renders a list and a stream side by side; records every batch the stream hands over. */
export function renderListAndStream(options: Omit<UseEventStreamOptions, 'onEvents'> = {}) {
  const batches: AuthEvent[][] = []
  const rendered = renderEventsHook(() => ({
    list: useEvents(),
    stream: useEventStream({ ...options, onEvents: (batch) => batches.push(batch) }),
  }))
  const delivered = () => batches.flat()
  return { ...rendered, batches, delivered }
}

/** Waits until the list has loaded and the stream has finished a first poll. */
export async function untilLive(result: {
  current: ReturnType<typeof renderListAndStream>['result']['current']
}) {
  await until(() => {
    expect(result.current.list.status).toBe('success')
    expect(result.current.stream.status).toBe('live')
    expect(result.current.stream.lastPollAt).toBeDefined()
  })
}

let visibility: DocumentVisibilityState = 'visible'
let online = true

/** Makes `document.visibilityState` and `navigator.onLine` controllable for a test. */
export function controlEnvironment() {
  visibility = 'visible'
  online = true
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online })
  return {
    hide: () => {
      visibility = 'hidden'
      document.dispatchEvent(new Event('visibilitychange'))
    },
    show: () => {
      visibility = 'visible'
      document.dispatchEvent(new Event('visibilitychange'))
    },
    goOffline: () => {
      online = false
      window.dispatchEvent(new Event('offline'))
    },
    goOnline: () => {
      online = true
      window.dispatchEvent(new Event('online'))
    },
    restore: () => {
      delete (document as { visibilityState?: unknown }).visibilityState
      delete (navigator as { onLine?: unknown }).onLine
    },
  }
}

/**
 * Each test of the calling file runs on fake timers from `now` with a visible, online page
 * (restored after each test). Returns the controls of that page ({@link controlEnvironment}),
 * for use inside a test: hide and show it, take it offline and back.
 */
export function fakeStreamClockFrom(now: number) {
  let environment: ReturnType<typeof controlEnvironment> | undefined
  beforeEach(() => {
    vi.useFakeTimers({ now })
    environment = controlEnvironment()
  })
  afterEach(() => {
    environment?.restore()
    vi.useRealTimers()
  })
  const current = () => {
    if (!environment) throw new Error('the page is controlled inside a test only')
    return environment
  }
  return {
    hide: () => current().hide(),
    show: () => current().show(),
    goOffline: () => current().goOffline(),
    goOnline: () => current().goOnline(),
  }
}
