/**
 * The catalogue table: every known type of every backend, one entry per spelling.
 *
 * How default severities are chosen (used only when an event succeeded and the server gave no
 * severity, see `classifyEvent`):
 * - `success`: something the user set out to do and did (sign-ups, sign-ins, creates, adds,
 *   verifications, completed resets, links, accepted invitations);
 * - `info`: routine changes (updates, sign-outs, removals, unlinks, rejections, cancellations,
 *   code requests, and a successful unban: lifting a ban is not a failure);
 * - `warning`: worth a look (bans, deletions, password reset requests, two-factor disabled,
 *   impersonation, threats detected by the security layer);
 * - `failed`: failures by name (`login.failed`, `user_sign_in_failed`, blocked requests).
 */
import type { EventTypeInfo } from './catalogue'
import { AUDIT_LOG_ACTIONS } from './auditLogActions'
import { INFRA_TYPES } from './infraTypes'
import { STUDIO_TYPES } from './studioTypes'

/** Every known event type: Studio's, the infra plugin's (both spellings), the audit-log plugin's actions. */
export const EVENT_TYPES: readonly EventTypeInfo[] = [...STUDIO_TYPES, ...INFRA_TYPES, ...AUDIT_LOG_ACTIONS]
