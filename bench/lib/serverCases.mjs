/**
 * The requests of the server benchmark, as a browser client of an extended backend sends them
 * (CONTRACT sections 2 and 3), relative to the fixed `now` of the seeded history.
 */

const DAY_MS = 86_400_000
/** Events per page in every list request. */
export const PAGE_SIZE = 50
/** The deep page fetched by cursor and by offset. */
export const DEEP_PAGE = 20
const LOGIN_TYPES = 'user.logged_in,oauth.sign_in,password.reset_requested'

/**
 * @typedef {object} BenchCase
 * @property {string} label Row title.
 * @property {string} path Route under the API base, e.g. `/api/events`.
 * @property {Record<string, string>} [params] Query parameters.
 * @property {'list' | 'count' | 'activity'} kind How to read the answer's match count.
 * @property {boolean} [deepCursor] Resolve `cursor` by walking to page {@link DEEP_PAGE} first.
 */

/**
 * @param {{ now: Date, categoryTypes: string[], category: string }} options `categoryTypes`: the
 *   Studio types of `category`, as the client expands a category filter.
 * @returns {BenchCase[]}
 */
export function serverCases({ now, categoryTypes, category }) {
  const list = { limit: String(PAGE_SIZE), sort: 'desc' }
  const tz = 'America/New_York'
  const untilDay = calendarDay(now, tz)
  const sinceDay = calendarDay(new Date(Date.parse(`${untilDay}T12:00:00Z`) - (53 * 7 - 1) * DAY_MS), 'UTC')
  const window = { since: new Date(now.getTime() - 30 * DAY_MS).toISOString(), until: now.toISOString() }
  return [
    { label: 'list: first page (50, newest first)', path: '/api/events', params: list, kind: 'list' },
    {
      label: 'list: severity=failed',
      path: '/api/events',
      params: { ...list, severity: 'failed' },
      kind: 'list',
    },
    {
      label: 'list: types (3 types)',
      path: '/api/events',
      params: { ...list, types: LOGIN_TYPES },
      kind: 'list',
    },
    {
      label: 'list: q=chen.wei (search)',
      path: '/api/events',
      params: { ...list, q: 'chen.wei' },
      kind: 'list',
    },
    {
      label: 'list: severity + types + q=example.com',
      path: '/api/events',
      params: { ...list, severity: 'failed', types: LOGIN_TYPES, q: 'example.com' },
      kind: 'list',
    },
    {
      label: `list: page ${DEEP_PAGE} via cursor`,
      path: '/api/events',
      params: list,
      kind: 'list',
      deepCursor: true,
    },
    {
      label: `list: page ${DEEP_PAGE} via offset (baseline)`,
      path: '/api/events',
      params: { ...list, offset: String((DEEP_PAGE - 1) * PAGE_SIZE) },
      kind: 'list',
    },
    { label: 'count: all time', path: '/api/events/count', kind: 'count' },
    {
      label: 'count: 30 days, types (3 types)',
      path: '/api/events/count',
      params: { ...window, types: LOGIN_TYPES },
      kind: 'count',
    },
    {
      label: `activity: 53 weeks, ${tz}`,
      path: '/api/events/activity',
      params: { since: sinceDay, until: untilDay, tz },
      kind: 'activity',
    },
    {
      label: `activity: 53 weeks, category=${category}`,
      path: '/api/events/activity',
      params: { since: sinceDay, until: untilDay, tz, types: categoryTypes.join(',') },
      kind: 'activity',
    },
  ]
}

/**
 * How many events an answer covers: `total` of a page or of the counts, the sum of the days of
 * an activity answer. Equal across stores when they agree.
 * @param {BenchCase['kind']} kind
 * @param {any} body The parsed answer.
 */
export function matchCount(kind, body) {
  if (kind === 'activity') return body.days.reduce((sum, day) => sum + day.total, 0)
  return body.total
}

/** `YYYY-MM-DD` of `date` in `timeZone`. */
function calendarDay(date, timeZone) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date)
}
