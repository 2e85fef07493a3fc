/**
 * The client's transport: URL building, headers, credentials, timeout, abort and typed errors.
 * Adapters never call fetch themselves, so every backend gets the same error model.
 */
import * as v from 'valibot'
import type { Transport, TransportRequest, TransportResponse } from './adapter'
import { InvalidResponseError, type ValidationIssue } from './errors'
import { startFetch, throwForStatus, type TransportOptions } from './fetchAttempt'

export type { TransportOptions }
import { openStream } from './streamTransport'

/** Creates the transport an adapter talks through. */
export function createTransport(options: TransportOptions): Transport {
  return {
    request: (request) => send(options, request),
    open: (request) => openStream(options, request),
    validate(schema, data, url) {
      const result = v.safeParse(schema, data)
      if (result.success) return result.output
      throw new InvalidResponseError(url, toIssues(result.issues))
    },
  }
}

/** Converts valibot issues into `{ path, message }` pairs with dotted paths. */
export function toIssues(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: (issue.path ?? []).map((item) => String(item.key)).join('.'),
    message: issue.message,
  }))
}

async function send(options: TransportOptions, request: TransportRequest): Promise<TransportResponse> {
  const attempt = await startFetch(options, request, {
    accept: 'application/json',
    method: request.method,
    body: request.body,
  })
  try {
    const body = await attempt.readBody()
    throwForStatus(attempt, body.value)
    if (!body.json) {
      throw new InvalidResponseError(attempt.url, [{ path: '', message: 'The answer is not JSON' }])
    }
    const { response, url } = attempt
    return { data: body.value, status: response.status, headers: response.headers, url }
  } finally {
    attempt.release()
  }
}
