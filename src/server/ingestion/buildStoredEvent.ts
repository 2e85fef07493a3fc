/** Turns one `emit` call into the row a store writes. */
import { classifyEvent } from '../../api/classify'
import { firstForwardedIp } from '../../api/ip'
import { maskSecrets } from '../../api/mask'
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

/**
 * Deep copy of `value` with secret keys (and `extraKeys`) replaced by {@link REDACTED}: the one
 * masking rule the dashboard uses, at every depth (no depth limit, no recursion), so a secret
 * nested 35 levels down is redacted like one at the top. `null` secrets stay null (nothing to hide).
 */
export function redact(value: unknown, extraKeys: string[]): unknown {
  return maskSecrets(value, { replacement: REDACTED, maxDepth: Infinity, extraKeys })
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
