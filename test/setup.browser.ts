import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { worker } from './mocks/worker'

// "bypass": Vite's own module requests also pass through the service worker.
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }))
afterEach(() => {
  worker.resetHandlers()
  cleanup()
})
afterAll(() => worker.stop())
