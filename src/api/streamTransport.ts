/**
 * The streaming half of the transport (the `push` extension): the same URL building, headers,
 * credentials, abort and error model as `transport.ts`, but the body is handed over unread.
 * fetch, not EventSource: EventSource can send no headers, cannot be given a timeout, and
 * reconnects on its own without our validation or backoff.
 */
import type { TransportRequest, TransportStream } from './adapter'
import { InvalidResponseError } from './errors'
import { startFetch, throwForStatus, type TransportOptions } from './fetchAttempt'

/** Opens `request` as an event stream. */
export async function openStream(
  options: TransportOptions,
  request: TransportRequest,
): Promise<TransportStream> {
  const attempt = await startFetch(options, request, { accept: 'text/event-stream', cache: 'no-store' })
  // The timeout covers the wait for the headers only; the caller's abort lasts as long as the stream.
  attempt.stopTimeout()
  const { response, url } = attempt
  let open = false
  try {
    const type = response.headers.get('content-type') ?? ''
    if (!response.ok || !response.body || !type.includes('text/event-stream')) {
      const body = await attempt.readBody()
      throwForStatus(attempt, body.value)
      throw new InvalidResponseError(url, [{ path: '', message: 'The answer is not an event stream' }])
    }
    open = true
    return { body: response.body, status: response.status, headers: response.headers, url }
  } finally {
    if (!open) attempt.release()
  }
}
