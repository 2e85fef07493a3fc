/**
 * A small fake of the example auth-log API as msw handlers, for the example's tests, stories and
 * demos. It pages, filters and validates like the API it imitates; anything else answers 404.
 */
import { http, HttpResponse, type HttpHandler } from 'msw'
import { AUTH_LOGS_MAX_PER_PAGE, type AuthLog } from './authLogsWire'

/** Options of {@link authLogsHandlers}. */
export type AuthLogsHandlersOptions = {
  /** Every row the API holds (in any order). */
  logs: readonly AuthLog[]
  /** Origin to answer for; `*` answers any. @default '*' */
  origin?: string
  /** @default '/admin' */
  basePath?: string
}

const badRequest = (message: string) => HttpResponse.json({ error: 'bad_request', message }, { status: 400 })

function positiveInt(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback
  const number = Number(value)
  return Number.isInteger(number) && number >= 1 ? number : undefined
}

/** Handlers serving `GET {basePath}/auth-logs`, newest first (ties by uuid). */
export function authLogsHandlers({
  logs,
  origin = '*',
  basePath = '/admin',
}: AuthLogsHandlersOptions): HttpHandler[] {
  const sorted = [...logs].sort((a, b) => b.created_at - a.created_at || (a.uuid < b.uuid ? 1 : -1))
  return [
    http.get(`${origin}${basePath}/auth-logs`, ({ request }) => {
      const params = new URL(request.url).searchParams
      const page = positiveInt(params.get('page'), 1)
      const perPage = positiveInt(params.get('per_page'), 20)
      if (page === undefined) return badRequest('page must be a positive integer')
      if (perPage === undefined || perPage > AUTH_LOGS_MAX_PER_PAGE) {
        return badRequest(`per_page must be between 1 and ${AUTH_LOGS_MAX_PER_PAGE}`)
      }
      const since = params.get('since')
      const sinceSeconds = since === null ? undefined : Date.parse(since) / 1000
      if (Number.isNaN(sinceSeconds)) return badRequest('since must be an ISO date')
      const action = params.get('action')
      const actor = params.get('actor_id')
      const matches = sorted.filter(
        (log) =>
          (action === null || log.action === action) &&
          (actor === null || log.actor_id === actor) &&
          (sinceSeconds === undefined || log.created_at >= sinceSeconds),
      )
      const data = matches.slice((page - 1) * perPage, page * perPage)
      return HttpResponse.json({ data, page, total_pages: Math.ceil(matches.length / perPage) })
    }),
  ]
}
