/** Turns one `emit` call into the row a store writes. */
import { classifyEvent } from '../../api/classify'
import { firstForwardedIp } from '../../api/ip'
import { isSecretKey } from '../../api/mask'
import { formatEventMessage } from '../../api/message'
import type { StoredEvent } from '../wire'
import type { EmitData, EmitRequest } from './types'

/** The value stored in place of a redacted secret. */
export const REDACTED = '[redacted]'

function header(headers: EmitRequest['headers'], name: string): string | undefined {
  if (!headers) return undefined
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined
  const value =
    (headers as Record<string, string | string[] | undefined>)[name] ??
    Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return Array.isArray(value) ? value[0] : value
}

/** The client address: the framework's, else the first `x-forwarded-for` entry, else `x-real-ip`. */
export function clientIp(request: EmitRequest | undefined): string | undefined {
  return (
    firstForwardedIp(request?.ip) ??
    firstForwardedIp(header(request?.headers, 'x-forwarded-for')) ??
    firstForwardedIp(header(request?.headers, 'x-real-ip'))
  )
}

/** Deep copy of `value` with secret keys (and `extraKeys`) replaced by {@link REDACTED}. */
export function redact(value: unknown, extraKeys: string[], parentKey?: string, depth = 0): unknown {
  if (depth > 32 || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => redact(item, extraKeys, parentKey, depth + 1))
  const out: Record<string, unknown> = {}
  const extra = new Set(extraKeys.map((key) => key.toLowerCase()))
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      isSecretKey(key, parentKey) || extra.has(key.toLowerCase())
        ? REDACTED
        : redact(child, extraKeys, key, depth + 1)
  }
  return out
}

/** Builds the stored row (display message and severity from the shared catalogue). */
export function buildStoredEvent(
  type: string,
  data: EmitData,
  options: { id: string; now: Date; redactKeys: boolean | string[] },
): StoredEvent {
  const status = data.status === 'failed' ? 'failed' : 'success'
  const given = data.metadata ?? {}
  const metadata =
    options.redactKeys === false
      ? given
      : (redact(given, Array.isArray(options.redactKeys) ? options.redactKeys : []) as Record<
          string,
          unknown
        >)
  return {
    id: options.id,
    type,
    timestamp: data.timestamp ?? options.now,
    status,
    userId: data.userId || null,
    sessionId: data.sessionId || null,
    organizationId: data.organizationId || null,
    ipAddress: clientIp(data.request) ?? null,
    userAgent: header(data.request?.headers, 'user-agent') ?? null,
    metadata,
    source: data.source ?? 'app',
    displayMessage: formatEventMessage(type, metadata, undefined, status),
    displaySeverity: classifyEvent({ type, status }),
  }
}
