/**
 * The audit-log plugin's action names (better-auth-audit-logs, CONTRACT section 4): a Better Auth
 * endpoint path with `/` turned into `:` (`/sign-in/email` → `sign-in:email`,
 * `/admin/ban-user` → `admin:ban-user`). The plugin captures every auth POST endpoint, so this
 * lists the core endpoints and those of the common plugins (admin, two-factor, organization,
 * phone number, email OTP, magic link, passkey, multi-session, username, anonymous, API key, SSO).
 * Admin endpoints appear both bare (`ban-user`, as the plugin documents them) and prefixed.
 * Actions not listed here are still recognised by family (`two-factor:*`, `admin:*`,
 * `organization:*`, `sign-in:*`, … in typeFamilies.ts).
 *
 * The plugin stores its own severity, mapped by `auditLogSeverity`; these defaults are used only
 * where an entry has none.
 */
import type { Category, Severity } from '../types'
import type { EventTypeInfo, IconKey } from './catalogue'

type Row = [action: string, category: Category, label: string, icon: IconKey, severity: Severity]

const ADMIN_ACTIONS: [name: string, label: string, icon: IconKey, severity: Severity][] = [
  ['ban-user', 'User banned', 'ban', 'warning'],
  ['unban-user', 'User unbanned', 'unban', 'info'],
  ['impersonate-user', 'Impersonation started', 'eye', 'warning'],
  ['stop-impersonating', 'Impersonation stopped', 'eye', 'info'],
  ['create-user', 'User created by admin', 'user', 'success'],
  ['remove-user', 'User removed by admin', 'trash', 'warning'],
  ['set-role', 'Role changed', 'admin', 'info'],
  ['set-user-password', 'Password set by admin', 'key', 'warning'],
  ['update-user', 'User updated by admin', 'edit', 'info'],
  ['revoke-user-session', 'User session revoked', 'sign-out', 'info'],
  ['revoke-user-sessions', 'All user sessions revoked', 'sign-out', 'info'],
]

const ROWS: Row[] = [
  // Sign-in and sessions
  ['sign-in:email', 'session', 'Signed in with email', 'sign-in', 'success'],
  ['sign-in:social', 'session', 'Signed in with social account', 'sign-in', 'success'],
  ['sign-in:username', 'session', 'Signed in with username', 'sign-in', 'success'],
  ['sign-in:anonymous', 'session', 'Signed in anonymously', 'sign-in', 'success'],
  ['sign-in:magic-link', 'session', 'Magic link requested', 'mail', 'info'],
  ['magic-link:verify', 'session', 'Signed in with magic link', 'sign-in', 'success'],
  ['sign-in:email-otp', 'session', 'Signed in with email code', 'sign-in', 'success'],
  ['sign-in:phone-number', 'session', 'Signed in with phone number', 'sign-in', 'success'],
  ['sign-in:passkey', 'session', 'Signed in with passkey', 'sign-in', 'success'],
  ['sign-in:sso', 'session', 'Signed in with SSO', 'sign-in', 'success'],
  ['sign-in:oauth2', 'session', 'Signed in with OAuth', 'sign-in', 'success'],
  ['passkey:verify-authentication', 'session', 'Signed in with passkey', 'sign-in', 'success'],
  ['one-tap:callback', 'session', 'Signed in with One Tap', 'sign-in', 'success'],
  ['sign-out', 'session', 'Signed out', 'sign-out', 'info'],
  ['revoke-session', 'session', 'Session revoked', 'sign-out', 'info'],
  ['revoke-sessions', 'session', 'All sessions revoked', 'sign-out', 'info'],
  ['revoke-other-sessions', 'session', 'Other sessions revoked', 'sign-out', 'info'],
  ['multi-session:set-active', 'session', 'Active session switched', 'session', 'info'],
  ['multi-session:revoke', 'session', 'Session revoked', 'sign-out', 'info'],
  // User
  ['sign-up:email', 'user', 'Signed up', 'sign-up', 'success'],
  ['update-user', 'user', 'Profile updated', 'edit', 'info'],
  ['delete-user', 'user', 'Account deleted', 'trash', 'warning'],
  ['delete-user:callback', 'user', 'Account deletion confirmed', 'trash', 'warning'],
  ['change-email', 'user', 'Email change requested', 'mail', 'info'],
  ['verify-email', 'user', 'Email verified', 'mail', 'success'],
  ['send-verification-email', 'user', 'Verification email sent', 'mail', 'info'],
  ['email-otp:send-verification-otp', 'user', 'Email code sent', 'mail', 'info'],
  ['email-otp:verify-email', 'user', 'Email verified with code', 'mail', 'success'],
  ['passkey:verify-registration', 'user', 'Passkey added', 'key', 'success'],
  ['passkey:delete-passkey', 'user', 'Passkey deleted', 'key', 'warning'],
  ['passkey:update-passkey', 'user', 'Passkey renamed', 'key', 'info'],
  ['api-key:create', 'user', 'API key created', 'key', 'success'],
  ['api-key:update', 'user', 'API key updated', 'key', 'info'],
  ['api-key:delete', 'user', 'API key deleted', 'key', 'warning'],
  // Password
  ['change-password', 'password', 'Password changed', 'key', 'success'],
  ['set-password', 'password', 'Password set', 'key', 'success'],
  ['forget-password', 'password', 'Password reset requested', 'key', 'warning'],
  ['request-password-reset', 'password', 'Password reset requested', 'key', 'warning'],
  ['reset-password', 'password', 'Password reset completed', 'key', 'success'],
  ['forget-password:email-otp', 'password', 'Password reset code requested', 'key', 'warning'],
  ['email-otp:reset-password', 'password', 'Password reset with code', 'key', 'success'],
  ['phone-number:request-password-reset', 'password', 'Password reset code requested', 'key', 'warning'],
  ['phone-number:reset-password', 'password', 'Password reset with code', 'key', 'success'],
  // Two-factor
  ['two-factor:enable', 'two_factor', 'Two-factor enabled', 'shield', 'success'],
  ['two-factor:disable', 'two_factor', 'Two-factor disabled', 'shield', 'warning'],
  ['two-factor:verify-totp', 'two_factor', 'Two-factor verified (app)', 'shield', 'success'],
  ['two-factor:verify-otp', 'two_factor', 'Two-factor verified (code)', 'shield', 'success'],
  ['two-factor:send-otp', 'two_factor', 'Two-factor code sent', 'shield', 'info'],
  ['two-factor:verify-backup-code', 'two_factor', 'Backup code used', 'shield', 'warning'],
  ['two-factor:generate-backup-codes', 'two_factor', 'Backup codes generated', 'shield', 'info'],
  ['two-factor:get-totp-uri', 'two_factor', 'Authenticator setup viewed', 'shield', 'info'],
  ['two-factor:view-backup-codes', 'two_factor', 'Backup codes viewed', 'shield', 'info'],
  // OAuth
  ['link-social', 'oauth', 'Account linked', 'link', 'success'],
  ['unlink-account', 'oauth', 'Account unlinked', 'unlink', 'info'],
  ['oauth:callback', 'oauth', 'OAuth callback', 'oauth', 'success'],
  ['oauth2:link', 'oauth', 'Account linked', 'link', 'success'],
  ['get-access-token', 'oauth', 'Provider token requested', 'oauth', 'info'],
  ['refresh-token', 'oauth', 'Provider token refreshed', 'oauth', 'info'],
  // Organization
  ['organization:create', 'organization', 'Organization created', 'organization', 'success'],
  ['organization:update', 'organization', 'Organization updated', 'edit', 'info'],
  ['organization:delete', 'organization', 'Organization deleted', 'trash', 'warning'],
  ['organization:set-active', 'organization', 'Active organization switched', 'organization', 'info'],
  ['organization:check-slug', 'organization', 'Organization slug checked', 'organization', 'info'],
  ['sso:register', 'organization', 'SSO provider registered', 'organization', 'success'],
  // Member
  ['organization:add-member', 'member', 'Member added', 'member', 'success'],
  ['organization:remove-member', 'member', 'Member removed', 'member', 'info'],
  ['organization:update-member-role', 'member', 'Member role changed', 'member', 'info'],
  ['organization:leave', 'member', 'Left organization', 'member', 'info'],
  // Invitation
  ['organization:invite-member', 'invitation', 'Invitation sent', 'mail', 'success'],
  ['organization:accept-invitation', 'invitation', 'Invitation accepted', 'invitation', 'success'],
  ['organization:reject-invitation', 'invitation', 'Invitation rejected', 'invitation', 'info'],
  ['organization:cancel-invitation', 'invitation', 'Invitation cancelled', 'invitation', 'info'],
  // Team
  ['organization:create-team', 'team', 'Team created', 'team', 'success'],
  ['organization:update-team', 'team', 'Team updated', 'edit', 'info'],
  ['organization:remove-team', 'team', 'Team deleted', 'trash', 'warning'],
  ['organization:add-team-member', 'team', 'Team member added', 'team', 'success'],
  ['organization:remove-team-member', 'team', 'Team member removed', 'team', 'info'],
  ['organization:set-active-team', 'team', 'Active team switched', 'team', 'info'],
  // Phone number
  ['phone-number:send-otp', 'phone_number', 'Phone code requested', 'phone', 'info'],
  ['phone-number:verify', 'phone_number', 'Phone number verified', 'phone', 'success'],
  // Admin (bare, as documented, and with the plugin's `admin/` path prefix)
  // `update-user` bare is the user's own profile endpoint (above), so only its prefixed form is admin.
  ...ADMIN_ACTIONS.flatMap(([name, label, icon, severity]): Row[] => [
    ...(name === 'update-user' ? [] : [[name, 'admin', label, icon, severity] satisfies Row]),
    [`admin:${name}`, 'admin', label, icon, severity],
  ]),
]

/** The audit-log plugin's action names (CONTRACT section 4). */
export const AUDIT_LOG_ACTIONS: readonly EventTypeInfo[] = ROWS.map(
  ([type, category, label, icon, defaultSeverity]) => ({
    type,
    category,
    label,
    icon,
    defaultSeverity,
    backend: 'audit-log',
  }),
)
