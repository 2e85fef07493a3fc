import { http, HttpResponse, type JsonBodyType } from 'msw'
import { loadFixture } from './fixtures'

/** Base of Studio's API as the default client requests it (same origin, basePath /api/studio). */
export const STUDIO = '*/api/studio/api'

/** Answers the status route with a fixture (default: enabled, baseline). */
export const statusHandler = (fixture = 'studio/status-enabled.json') =>
  http.get(`${STUDIO}/events/status`, () => HttpResponse.json(loadFixture<JsonBodyType>(fixture)))

/** Answers a route with a fixture and a status code. */
export const fixtureHandler = (
  method: 'get' | 'post',
  route: string,
  fixture: string,
  status = 200,
  headers?: Record<string, string>,
) =>
  http[method](`${STUDIO}${route}`, () =>
    HttpResponse.json(loadFixture<JsonBodyType>(fixture), { status, headers }),
  )
