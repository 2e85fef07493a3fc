/**
 * `fixtureFetch`: an in-memory `fetch` that answers by path suffix with JSON fixtures, so any
 * adapter can be run on recorded answers without a network or a mocking library.
 */

/** An answer: a JSON value (sent with status 200), a `Response`, or a function of the request URL. */
export type FixtureAnswer = unknown

/** A `fetch` that also lists the URLs it was asked for, in order. */
export type FixtureFetch = typeof fetch & {
  /** Every requested URL (absolute, with its query), oldest first. */
  readonly requests: string[]
}

/** Origin used for relative URLs (the client's default `baseUrl` is `''`). */
export const FIXTURE_ORIGIN = 'http://fixture.local'

function requestUrl(input: RequestInfo | URL): URL {
  const text = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  return new URL(text, FIXTURE_ORIGIN)
}

async function toResponse(answer: FixtureAnswer, url: URL, init: RequestInit | undefined): Promise<Response> {
  if (typeof answer === 'function') {
    return toResponse(await (answer as (url: URL, init?: RequestInit) => unknown)(url, init), url, init)
  }
  if (answer instanceof Response) return answer.clone()
  return new Response(JSON.stringify(answer), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  })
}

/**
 * A `fetch` answering each request with the route whose key the URL's path ends with (the
 * longest such key wins; the query string is ignored, so use a function answer to vary by page).
 * An answer may be a JSON value (200), a `Response` (e.g. `new Response('…', { status: 429 })`),
 * or `(url, init) => answer`. Unknown paths answer 404 `{ error: 'Not found', path }`.
 * @example
 * const client = createEventsClient({
 *   adapter: studioAdapter(),
 *   fetch: fixtureFetch({ '/api/events/status': statusJson, '/api/events': pageJson }),
 * })
 */
export function fixtureFetch(routes: Record<string, FixtureAnswer>): FixtureFetch {
  const keys = Object.keys(routes).sort((a, b) => b.length - a.length)
  const requests: string[] = []
  const fetchFixture = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = requestUrl(input)
    requests.push(url.href)
    const key = keys.find((candidate) => url.pathname.endsWith(candidate))
    if (key === undefined) {
      return new Response(JSON.stringify({ error: 'Not found', path: url.pathname }), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      })
    }
    return toResponse(routes[key], url, init)
  }
  return Object.assign(fetchFixture, { requests }) as FixtureFetch
}
