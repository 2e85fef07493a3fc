import { http } from 'msw'
import { server } from '../mocks/server'

/**
 * Serves a request handler (a plugin double) for every path below `/api/auth` through msw, and
 * counts the requests it answered.
 */
export function servePlugin(double: (request: Request) => Promise<Response>) {
  const counter = { requests: 0 }
  server.use(
    http.all('*/api/auth/*', ({ request }) => {
      counter.requests += 1
      return double(request)
    }),
  )
  return counter
}
