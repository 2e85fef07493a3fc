import type { StudioWireEvent } from '../../src/server/wire'

/** A sign-up as Studio's wire sends it: user `usr_<id>`, email `<id>@example.com`, at `at` (ms). */
export function joinedWireEvent(id: string, at: number): StudioWireEvent {
  return {
    id,
    type: 'user.joined',
    timestamp: new Date(at).toISOString(),
    status: 'success',
    userId: `usr_${id}`,
    sessionId: null,
    organizationId: null,
    ipAddress: null,
    userAgent: null,
    metadata: { email: `${id}@example.com`, name: `User ${id}` },
    source: 'app',
  }
}
