/**
 * One fetch as both halves of the transport make it (`transport.ts` for JSON answers,
 * `streamTransport.ts` for event streams): the URL, the resolved headers and credentials, the
 * caller's abort and our timeout on one controller (so the two can be told apart), and every
 * failure as a typed error.
 */
import type { QueryParams, TransportRequest } from './adapter'
import type { HeadersOption } from './clientTypes'
import { AbortError, HttpError, NetworkError, RateLimitError, TimeoutError, parseRetryAfter } from './errors'

/** Options of the transport (`createTransport`). */
export type TransportOptions = {
  baseUrl: string
  basePath: string
  fetch: typeof fetch
  headers?: HeadersOption
  credentials: RequestCredentials
  timeoutMs: number
}

/** Joins an origin, a base path and a route without doubling or dropping slashes. */
export function buildUrl(baseUrl: string, basePath: string, path: string, query?: QueryParams): string {
  const origin = baseUrl.replace(/\/+$/, '')
  const base = basePath ? `/${basePath.replace(/^\/+|\/+$/g, '')}` : ''
  const route = `/${path.replace(/^\/+/, '')}`
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== '') search.append(key, String(value))
  }
  const qs = search.toString()
  return `${origin}${base === '/' ? '' : base}${route}${qs ? `?${qs}` : ''}`
}

/** A fetch that has its response headers; the body is not read yet. */
export type FetchAttempt = {
  url: string
  response: Response
  /** Reads the body (parsed when it is JSON), with typed errors for a timeout, an abort or a cut. */
  readBody(): Promise<{ value: unknown; json: boolean }>
  /** Ends the timeout (an open stream may last as long as the caller wants). */
  stopTimeout(): void
  /** Ends the timeout and detaches from the caller's signal. */
  release(): void
}

/** What differs between a JSON request and a stream. */
export type FetchInit = { accept: string; method?: string; body?: unknown; cache?: RequestCache }

/** Sends `request`; throws a typed error when no response comes (timeout, abort, network, CORS). */
export async function startFetch(
  options: TransportOptions,
  request: TransportRequest,
  init: FetchInit,
): Promise<FetchAttempt> {
  const url = buildUrl(options.baseUrl, options.basePath, request.path, request.query)
  const callerSignal = request.signal
  if (callerSignal?.aborted) throw new AbortError(url)

  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  const onAbort = () => controller.abort()
  callerSignal?.addEventListener('abort', onAbort, { once: true })
  const stopTimeout = () => clearTimeout(timer)
  const release = () => {
    stopTimeout()
    callerSignal?.removeEventListener('abort', onAbort)
  }

  try {
    const headers = new Headers(await resolveHeaders(options.headers))
    headers.set('accept', init.accept)
    if (init.body !== undefined) headers.set('content-type', 'application/json')
    let response: Response
    try {
      response = await options.fetch(url, {
        method: init.method ?? 'GET',
        headers,
        credentials: options.credentials,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        ...(init.cache ? { cache: init.cache } : {}),
        signal: controller.signal,
      })
    } catch (error) {
      if (timedOut) throw new TimeoutError(url, options.timeoutMs)
      if (callerSignal?.aborted) throw new AbortError(url)
      const page = pageOrigin()
      throw new NetworkError(url, error, { crossOrigin: isCrossOrigin(url, page), pageOrigin: page })
    }
    return {
      url,
      response,
      readBody: () =>
        readBody(
          response,
          url,
          () => timedOut,
          () => callerSignal?.aborted === true,
          options.timeoutMs,
        ),
      stopTimeout,
      release,
    }
  } catch (error) {
    release()
    throw error
  }
}

/** Throws the typed error of a 429 (with its wait) or of any other status that is not ok. */
export function throwForStatus({ response, url }: FetchAttempt, body: unknown): void {
  if (response.status === 429) {
    // Better Auth's rate limiter sends X-Retry-After; standard servers send Retry-After.
    const retryAfter = response.headers.get('retry-after') ?? response.headers.get('x-retry-after')
    throw new RateLimitError(body, url, parseRetryAfter(retryAfter))
  }
  if (!response.ok) throw new HttpError(response.status, body, url)
}

/** The page's origin in a browser (undefined in Node, workers without one, `about:blank`). */
export function pageOrigin(): string | undefined {
  const origin = typeof location === 'undefined' ? undefined : location.origin
  return origin && origin !== 'null' ? origin : undefined
}

/** Whether `url` goes to another origin than the page's (where CORS applies). */
export function isCrossOrigin(url: string, page: string | undefined): boolean {
  if (!page) return false
  try {
    return new URL(url, page).origin !== page
  } catch {
    return false
  }
}

export async function resolveHeaders(headers: HeadersOption | undefined): Promise<HeadersInit | undefined> {
  return typeof headers === 'function' ? await headers() : headers
}

export async function readBody(
  response: Response,
  url: string,
  timedOut: () => boolean,
  aborted: () => boolean,
  timeoutMs: number,
): Promise<{ value: unknown; json: boolean }> {
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (timedOut()) throw new TimeoutError(url, timeoutMs)
    if (aborted()) throw new AbortError(url)
    throw new NetworkError(url, error)
  }
  if (!text) return { value: undefined, json: false }
  try {
    return { value: JSON.parse(text) as unknown, json: true }
  } catch {
    return { value: text, json: false }
  }
}
