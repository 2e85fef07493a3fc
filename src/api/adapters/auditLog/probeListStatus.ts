/**
 * Shared by the plugin adapters: neither Better Auth plugin has a status endpoint, so the status
 * is a one-row list request. 2xx → enabled; 404 → the plugin is not installed at that base path
 * (`state: 'disabled'`, `configured: false`, an error text saying so); 401/403/429 and every
 * other failure are rethrown as the transport's typed error, so the UI shows "not authorised",
 * "rate limited" and so on.
 */
import type * as v from 'valibot'
import type { QueryParams, Transport } from '../../adapter'
import { isHttpError } from '../../errors'
import type { AdapterCapabilities, EventsStatus } from '../../types'

/** What {@link probeListStatus} asks and reports. */
export type ProbeListStatusOptions = {
  /** The list route below the base path, e.g. `/audit-log/list`. */
  path: string
  /** Extra query parameters (the row limit is added). */
  query?: QueryParams
  /** The envelope schema of the list answer, so a 200 from something else is not taken for the plugin. */
  schema: v.GenericSchema
  /** Plugin name for the "not installed" text, e.g. `better-auth-audit-logs`. */
  plugin: string
  basePath: string
  capabilities: AdapterCapabilities
  /** Whether this backend only shows the signed-in user's own events. */
  selfOnly: boolean
  signal?: AbortSignal
}

/** Text of the "not installed" status; the UI can show it as is. */
export function pluginNotInstalledMessage(plugin: string, basePath: string, path: string): string {
  return `The ${plugin} plugin is not installed at ${basePath || '/'} (GET ${basePath}${path} answered 404)`
}

/** The status of a plugin backend, probed with a one-row list request. */
export async function probeListStatus(
  transport: Transport,
  options: ProbeListStatusOptions,
): Promise<EventsStatus> {
  const { path, query, schema, plugin, basePath, capabilities, selfOnly, signal } = options
  const base = { capabilities, advertised: [], selfOnly }
  try {
    const res = await transport.request({ path, query: { ...query, limit: 1 }, signal })
    transport.validate(schema, res.data, res.url)
  } catch (error) {
    if (!isHttpError(error) || error.status !== 404) throw error
    return {
      ...base,
      state: 'disabled',
      enabled: false,
      configured: false,
      initialized: false,
      hasProvider: false,
      error: pluginNotInstalledMessage(plugin, basePath, path),
      reason: 'not-installed',
    }
  }
  return { ...base, state: 'enabled', enabled: true, configured: true, initialized: true, hasProvider: true }
}
