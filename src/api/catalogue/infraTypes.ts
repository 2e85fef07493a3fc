/**
 * The infra dash plugin's event types (@better-auth/infra 0.4, CONTRACT section 4), in BOTH
 * spellings: the 0.4.5 code names and the names its documentation uses (seeds 001, 004). Each
 * spelling is its own entry and lists the other in `aliases`.
 *
 * The plugin sends no status or severity, so the default severity here is what the list shows.
 * Security-layer severities, decided per name:
 * - `failed`: the request was refused (`*_blocked`, `security_velocity_exceeded`);
 * - `warning`: a threat was detected but the request was not necessarily refused
 *   (`security_credential_stuffing`, `_impossible_travel`, `_suspicious_ip`, `_free_trial_abuse`,
 *   `_compromised_password`, `_stale_account`, `security_signal`);
 * - `info`: routine (`security_check`, `security_allowed` = allowed after a challenge).
 */
import type { Category, Severity } from '../types'
import type { EventTypeInfo, IconKey } from './catalogue'

type Row = [
  code: string,
  documented: string | null,
  category: Category,
  label: string,
  icon: IconKey,
  severity: Severity,
]

// prettier-ignore
const ROWS: Row[] = [
  ['user_created', 'user_signed_up', 'user', 'Signed up', 'sign-up', 'success'],
  ['profile_updated', 'user_profile_updated', 'user', 'Profile updated', 'edit', 'info'],
  ['profile_image_updated', 'user_profile_image_updated', 'user', 'Profile image updated', 'edit', 'info'],
  ['email_verification_sent', null, 'user', 'Verification email sent', 'mail', 'info'],
  ['email_verified', 'user_email_verified', 'user', 'Email verified', 'mail', 'success'],
  ['email_changed', null, 'user', 'Email changed', 'mail', 'info'],
  ['user_deleted', null, 'user', 'Account deleted', 'trash', 'warning'],
  ['user_signed_in', null, 'session', 'Signed in', 'sign-in', 'success'],
  ['user_signed_out', null, 'session', 'Signed out', 'sign-out', 'info'],
  ['user_sign_in_failed', null, 'session', 'Sign-in failed', 'alert', 'failed'],
  ['session_created', null, 'session', 'Session created', 'session', 'success'],
  ['session_revoked', null, 'session', 'Session revoked', 'sign-out', 'info'],
  ['all_sessions_revoked', 'sessions_revoked_all', 'session', 'All sessions revoked', 'sign-out', 'info'],
  ['password_reset_requested', null, 'password', 'Password reset requested', 'key', 'warning'],
  ['password_reset_completed', null, 'password', 'Password reset completed', 'key', 'success'],
  ['password_changed', null, 'password', 'Password changed', 'key', 'success'],
  ['two_factor_enabled', null, 'two_factor', 'Two-factor enabled', 'shield', 'success'],
  ['two_factor_disabled', null, 'two_factor', 'Two-factor disabled', 'shield', 'warning'],
  ['two_factor_verified', null, 'two_factor', 'Two-factor verified', 'shield', 'success'],
  ['account_linked', null, 'oauth', 'Account linked', 'link', 'success'],
  ['account_unlinked', null, 'oauth', 'Account unlinked', 'unlink', 'info'],
  ['user_banned', null, 'admin', 'User banned', 'ban', 'warning'],
  ['user_unbanned', null, 'admin', 'User unbanned', 'unban', 'info'],
  ['user_impersonated', null, 'admin', 'Impersonation started', 'eye', 'warning'],
  ['user_impersonated_stopped', 'user_impersonation_stopped', 'admin', 'Impersonation stopped', 'eye', 'info'],
  ['organization_created', null, 'organization', 'Organization created', 'organization', 'success'],
  ['organization_updated', null, 'organization', 'Organization updated', 'edit', 'info'],
  ['organization_member_added', 'member_added', 'member', 'Member added', 'member', 'success'],
  ['organization_member_removed', 'member_removed', 'member', 'Member removed', 'member', 'info'],
  ['organization_member_role_updated', 'member_role_updated', 'member', 'Member role changed', 'member', 'info'],
  ['organization_member_invited', 'member_invited', 'invitation', 'Invitation sent', 'mail', 'success'],
  ['organization_member_invite_accepted', 'invite_accepted', 'invitation', 'Invitation accepted', 'invitation', 'success'],
  ['organization_member_invite_rejected', 'invite_rejected', 'invitation', 'Invitation rejected', 'invitation', 'info'],
  ['organization_member_invite_canceled', 'invite_cancelled', 'invitation', 'Invitation cancelled', 'invitation', 'info'],
  ['organization_team_created', 'team_created', 'team', 'Team created', 'team', 'success'],
  ['organization_team_updated', 'team_updated', 'team', 'Team updated', 'edit', 'info'],
  ['organization_team_deleted', 'team_deleted', 'team', 'Team deleted', 'trash', 'warning'],
  ['organization_team_member_added', 'team_member_added', 'team', 'Team member added', 'team', 'success'],
  ['organization_team_member_removed', 'team_member_removed', 'team', 'Team member removed', 'team', 'info'],
  ['security_check', null, 'security', 'Security check', 'shield', 'info'],
  ['security_signal', null, 'security', 'Security signal', 'shield', 'warning'],
  ['security_allowed', null, 'security', 'Allowed after challenge', 'shield', 'info'],
  ['security_blocked', null, 'security', 'Request blocked', 'ban', 'failed'],
  ['security_bot_blocked', null, 'security', 'Bot blocked', 'ban', 'failed'],
  ['security_geo_blocked', null, 'security', 'Blocked by location', 'ban', 'failed'],
  ['security_velocity_exceeded', null, 'security', 'Rate limit exceeded', 'ban', 'failed'],
  ['security_credential_stuffing', null, 'security', 'Credential stuffing detected', 'alert', 'warning'],
  ['security_impossible_travel', null, 'security', 'Impossible travel detected', 'alert', 'warning'],
  ['security_suspicious_ip', null, 'security', 'Suspicious IP detected', 'alert', 'warning'],
  ['security_free_trial_abuse', null, 'security', 'Free trial abuse detected', 'alert', 'warning'],
  ['security_compromised_password', null, 'security', 'Compromised password detected', 'alert', 'warning'],
  ['security_stale_account', null, 'security', 'Stale account reactivated', 'alert', 'warning'],
]

// eventData names the user `userName`/`userEmail`; message.ts reads those as synonyms of name/email.
const WHO = '{name|email}'
const MEMBER = '{memberName|memberEmail|name|email}'
const INVITEE = '{inviteeEmail|memberEmail|email}'
const ORG = '"{organizationName}"'

// Message templates by code name (syntax: see EventTypeInfo.template); documented names share them.
const TEMPLATES: Record<string, string> = {
  user_created: `${WHO} joined`,
  profile_updated: `${WHO} updated their profile`,
  profile_image_updated: `${WHO} changed their profile image`,
  email_verification_sent: 'Verification email sent to {email|name}',
  email_verified: `${WHO} verified their email`,
  email_changed: `${WHO} changed their email`,
  user_deleted: `${WHO} was deleted`,
  user_signed_in: `${WHO} signed in with {loginMethod} || ${WHO} signed in`,
  user_signed_out: `${WHO} signed out`,
  user_sign_in_failed: 'Failed sign-in for {email|name}',
  session_created: `Session created for ${WHO}`,
  session_revoked: `A session of ${WHO} was revoked`,
  all_sessions_revoked: `All sessions of ${WHO} were revoked`,
  password_reset_requested: 'Password reset requested for {email|name}',
  password_reset_completed: 'Password reset completed for {email|name}',
  password_changed: `${WHO} changed their password`,
  two_factor_enabled: `${WHO} enabled two-factor`,
  two_factor_disabled: `${WHO} disabled two-factor`,
  two_factor_verified: `${WHO} passed two-factor`,
  account_linked: `{providerId|provider} account linked for ${WHO}`,
  account_unlinked: `{providerId|provider} account unlinked for ${WHO}`,
  user_banned: `${WHO} was banned`,
  user_unbanned: `${WHO} was unbanned`,
  user_impersonated: `{impersonatedBy} started impersonating ${WHO} || ${WHO} was impersonated`,
  user_impersonated_stopped: `{impersonatedBy} stopped impersonating ${WHO} || Impersonation of ${WHO} stopped`,
  organization_created: `Organization ${ORG} created`,
  organization_updated: `Organization ${ORG} updated`,
  organization_member_added: `${MEMBER} added to ${ORG}`,
  organization_member_removed: `${MEMBER} removed from ${ORG}`,
  organization_member_role_updated: `${MEMBER} role changed from {oldRole} to {newRole} || Member role changed from {oldRole} to {newRole}`,
  organization_member_invited: `${INVITEE} invited to ${ORG}`,
  organization_member_invite_accepted: `${INVITEE} accepted an invitation to ${ORG}`,
  organization_member_invite_rejected: `${INVITEE} rejected an invitation to ${ORG}`,
  organization_member_invite_canceled: `Invitation for ${INVITEE} cancelled`,
  organization_team_created: 'Team "{teamName}" created',
  organization_team_updated: 'Team "{teamName}" updated',
  organization_team_deleted: 'Team "{teamName}" deleted',
  organization_team_member_added: `${MEMBER} added to team "{teamName}"`,
  organization_team_member_removed: `${MEMBER} removed from team "{teamName}"`,
  security_blocked: 'Request from {identifier} blocked',
  security_credential_stuffing: 'Credential stuffing detected for {identifier}',
}

/** The infra plugin's event types, both spellings (CONTRACT section 4). */
export const INFRA_TYPES: readonly EventTypeInfo[] = ROWS.flatMap(
  ([code, documented, category, label, icon, defaultSeverity]) => {
    const template = TEMPLATES[code]
    const base = {
      category,
      label,
      icon,
      defaultSeverity,
      backend: 'infra' as const,
      ...(template === undefined ? {} : { template }),
    }
    if (documented === null) return [{ type: code, ...base }]
    return [
      { type: code, ...base, aliases: [documented] },
      { type: documented, ...base, aliases: [code] },
    ]
  },
)
