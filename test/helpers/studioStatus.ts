/**
 * Studio's status route, answered by msw without a fixture file, so browser tests can use it too
 * (`studioMocks.ts` reads fixtures from disk).
 */
import { http, HttpResponse } from 'msw'

/** What Studio answers once events are set up (enabled, configured, initialized, a provider). */
export const STUDIO_READY = { enabled: true, configured: true, initialized: true, hasProvider: true }

/**
 * Answers the status route as a set-up Studio: plain Studio without `capabilities`, an extended
 * backend advertising exactly those given.
 */
export const studioStatusHandler = (capabilities?: string[]) =>
  http.get('*/api/studio/api/events/status', () =>
    HttpResponse.json(capabilities ? { ...STUDIO_READY, capabilities } : STUDIO_READY),
  )
