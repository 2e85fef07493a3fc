import { setupWorker } from 'msw/browser'

/** One msw worker for the browser project; tests add handlers with `worker.use(...)`. */
export const worker = setupWorker()
