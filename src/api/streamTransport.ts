/**
 * The streaming half of the transport (the `push` extension): the same URL building, headers,
 * credentials, abort and error model as `transport.ts`, but the body is handed over unread.
 * fetch, not EventSource: EventSource can send no headers, cannot be given a timeout, and
 * reconnects on its own without our validation or backoff.
 */
import type { TransportRequest, TransportStream } from './adapter'
import {
  AbortError,
  HttpError,
  InvalidResponseError,
  NetworkError,
  RateLimitError,
  TimeoutError,
  parseRetryAfter,
} from './errors'
import {
  buildUrl,
  isCrossOrigin,
  pageOrigin,
  readBody,
  resolveHeaders,
  type TransportOptions,
} from './transport'

/** Opens `request` as an event stream. */
export async function openStream(
  options: TransportOptions,
  request: TransportRequest,
): Promise<TransportStream> {
  const url = buildUrl(options.baseUrl, options.basePath, request.path, request.query)
  const callerSignal = request.signal
  if (callerSignal?.aborted) throw new AbortError(url)

  // Aborted by the caller (for the whole stream) or by the timeout (only until the headers).
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, options.timeoutMs)
  const onAbort = () => controller.abort()
  callerSignal?.addEventListener('abort', onAbort, { once: true })
  let open = false
  try {
    const headers = new Headers(await resolveHeaders(options.headers))
    headers.set('accept', 'text/event-stream')
    let response: Response
    try {
      response = await options.fetch(url, {
        method: 'GET',
        headers,
        credentials: options.credentials,
        cache: 'no-store',
        signal: controller.signal,
      })
    } catch (error) {
      if (timedOut) throw new TimeoutError(url, options.timeoutMs)
      if (callerSignal?.aborted) throw new AbortError(url)
      const page = pageOrigin()
      throw new NetworkError(url, error, { crossOrigin: isCrossOrigin(url, page), pageOrigin: page })
    }
    clearTimeout(timer)
    const type = response.headers.get('content-type') ?? ''
    if (!response.ok || !response.body || !type.includes('text/event-stream')) {
      const body = await readBody(
        response,
        url,
        () => timedOut,
        () => callerSignal?.aborted === true,
        options.timeoutMs,
      )
      if (response.status === 429) {
        const retryAfter = response.headers.get('retry-after') ?? response.headers.get('x-retry-after')
        throw new RateLimitError(body.value, url, parseRetryAfter(retryAfter))
      }
      if (!response.ok) throw new HttpError(response.status, body.value, url)
      throw new InvalidResponseError(url, [{ path: '', message: 'The answer is not an event stream' }])
    }
    open = true
    return { body: response.body, status: response.status, headers: response.headers, url }
  } finally {
    clearTimeout(timer)
    // While the stream is open, the caller's abort must still reach the fetch.
    if (!open) callerSignal?.removeEventListener('abort', onAbort)
  }
}
