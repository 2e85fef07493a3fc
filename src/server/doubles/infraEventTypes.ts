/** The infra plugin's own type names (the 0.4.5 code spellings), as `GET /events/types` lists them. */
import type { InfraEventTypesAnswer } from '../../api/adapters/infra/wire'

/** User-level types, in the plugin's order. */
export const INFRA_USER_EVENT_TYPES = [
  'user_created',
  'user_signed_in',
  'user_signed_out',
  'user_sign_in_failed',
  'password_reset_requested',
  'password_reset_completed',
  'password_changed',
  'email_verification_sent',
  'email_verified',
  'email_changed',
  'profile_updated',
  'profile_image_updated',
  'session_created',
  'session_revoked',
  'all_sessions_revoked',
  'two_factor_enabled',
  'two_factor_disabled',
  'two_factor_verified',
  'account_linked',
  'account_unlinked',
  'user_banned',
  'user_unbanned',
  'user_deleted',
  'user_impersonated',
  'user_impersonated_stopped',
] as const

/** Organization-level types, in the plugin's order. */
export const INFRA_ORGANIZATION_EVENT_TYPES = [
  'organization_created',
  'organization_updated',
  'organization_member_added',
  'organization_member_removed',
  'organization_member_role_updated',
  'organization_member_invited',
  'organization_member_invite_canceled',
  'organization_member_invite_accepted',
  'organization_member_invite_rejected',
  'organization_team_created',
  'organization_team_updated',
  'organization_team_deleted',
  'organization_team_member_added',
  'organization_team_member_removed',
] as const

const byConstantName = (types: readonly string[]) =>
  Object.fromEntries(types.map((type) => [type.toUpperCase(), type]))

/** The answer of `GET /events/types`. */
export function infraEventTypesAnswer(): InfraEventTypesAnswer {
  return {
    user: byConstantName(INFRA_USER_EVENT_TYPES),
    organization: byConstantName(INFRA_ORGANIZATION_EVENT_TYPES),
    all: byConstantName([...INFRA_USER_EVENT_TYPES, ...INFRA_ORGANIZATION_EVENT_TYPES]),
  }
}
