import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { worker } from './mocks/worker'

// findBy*/waitFor give up after 1 s by default; on a loaded 2-core machine a Chromium render or a
// request can take longer. They still fail when the thing never happens.
configure({ asyncUtilTimeout: 10_000 })

// "bypass": Vite's own module requests also pass through the service worker.
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }))
afterEach(() => {
  worker.resetHandlers()
  cleanup()
})
afterAll(() => worker.stop())
