/**
 * What a failed event says when its type normally succeeds: what could not be done, in words
 * that neither repeat the label (the row already shows it) nor describe a success ("Failed:
 * Phone number verified" did both). Keyed by catalogue label, so the spellings of all backends
 * share one phrase; the catalogue test checks that every listed type has one.
 */
import type { EventTypeInfo } from './catalogue/catalogue'

// Template syntax as in EventTypeInfo.template; the last alternative has no placeholder, so a
// failure always has words even with empty metadata.
const FAILED_SIGN_IN = 'Failed sign-in for {email|name} || Sign-in failed'

/** Types of unknown families and unlisted types: their label is the raw name, so say no more. */
export const GENERIC_FAILURE = 'The attempt failed'

// prettier-ignore
const BY_LABEL: Record<string, string> = {
  'Signed up': 'Sign-up failed for {email|name} || Sign-up failed',
  'Profile updated': 'Could not update the profile',
  'Profile image updated': 'Could not update the profile image',
  'Signed out': 'Could not sign out',
  'Password changed': 'Could not change the password',
  'Password set': 'Could not set the password',
  'Email verified': 'Could not verify the email address',
  'Email verified with code': 'Could not verify the email address with a code',
  'Email changed': 'Could not change the email address',
  'Email change requested': 'Could not request an email change',
  'Email code sent': 'Could not send an email code',
  'Verification email sent': 'Could not send the verification email',
  'Magic link requested': 'Could not send a magic link',
  'User banned': 'Could not ban the user',
  'User unbanned': 'Could not lift the ban',
  'Account deleted': 'Could not delete the account',
  'Account deletion requested': 'Could not request the deletion of the account',
  'Account deletion confirmed': 'Could not confirm the deletion of the account',
  'Organization created': 'Could not create the organization',
  'Organization updated': 'Could not update the organization',
  'Organization deleted': 'Could not delete the organization',
  'Organization slug checked': 'Could not check the organization slug',
  'Active organization switched': 'Could not switch the active organization',
  'SSO provider registered': 'Could not register the SSO provider',
  'Member added': 'Could not add the member',
  'Member removed': 'Could not remove the member',
  'Member role changed': "Could not change the member's role",
  'Left organization': 'Could not leave the organization',
  'Session created': 'Could not create a session',
  'Session revoked': 'Could not revoke the session',
  'All sessions revoked': 'Could not revoke all sessions',
  'Other sessions revoked': 'Could not revoke the other sessions',
  'Active session switched': 'Could not switch the active session',
  'Password reset requested': 'Could not request a password reset',
  'Password reset completed': 'Could not reset the password',
  'Password reset code requested': 'Could not send a password reset code',
  'Password reset with code': 'Could not reset the password with a code',
  'Account linked': 'Could not link the account',
  'Account unlinked': 'Could not unlink the account',
  'OAuth callback': 'Could not complete the OAuth flow',
  'Provider token requested': 'Could not get a provider token',
  'Provider token refreshed': 'Could not refresh the provider token',
  'Team created': 'Could not create the team',
  'Team updated': 'Could not update the team',
  'Team deleted': 'Could not delete the team',
  'Team member added': 'Could not add the team member',
  'Team member removed': 'Could not remove the team member',
  'Active team switched': 'Could not switch the active team',
  'Invitation sent': 'Could not send the invitation',
  'Invitation accepted': 'Could not accept the invitation',
  'Invitation rejected': 'Could not reject the invitation',
  'Invitation cancelled': 'Could not cancel the invitation',
  'Phone code requested': 'Could not send a phone code',
  'Phone number verified': 'Could not verify the phone number',
  'Two-factor enabled': 'Could not enable two-factor',
  'Two-factor disabled': 'Could not disable two-factor',
  'Two-factor verified': 'Two-factor check failed',
  'Two-factor verified (app)': 'Two-factor check with the app failed',
  'Two-factor verified (code)': 'Two-factor check with a code failed',
  'Two-factor code sent': 'Could not send a two-factor code',
  'Backup code used': 'Could not use the backup code',
  'Backup codes generated': 'Could not generate backup codes',
  'Backup codes viewed': 'Could not show the backup codes',
  'Authenticator setup viewed': 'Could not show the authenticator setup',
  'Passkey added': 'Could not add the passkey',
  'Passkey deleted': 'Could not delete the passkey',
  'Passkey renamed': 'Could not rename the passkey',
  'API key created': 'Could not create the API key',
  'API key updated': 'Could not update the API key',
  'API key deleted': 'Could not delete the API key',
  'Impersonation started': 'Could not start impersonating the user',
  'Impersonation stopped': 'Could not stop impersonating the user',
  'User created by admin': 'The admin could not create the user',
  'User removed by admin': 'The admin could not remove the user',
  'User updated by admin': 'The admin could not update the user',
  'Password set by admin': 'The admin could not set the password',
  'Role changed': 'Could not change the role',
  'User session revoked': "Could not revoke the user's session",
  'All user sessions revoked': "Could not revoke the user's sessions",
  // Security-layer detections and checks: a failed one is a request that did not go through.
  'Security check': 'The request failed the check',
  'Security signal': 'The request failed: flagged by the security layer',
  'Allowed after challenge': 'The challenge failed',
  'Credential stuffing detected': 'Request failed: credential stuffing suspected',
  'Impossible travel detected': 'Request failed: impossible travel suspected',
  'Suspicious IP detected': 'Request failed: suspicious IP address',
  'Free trial abuse detected': 'Request failed: free trial abuse suspected',
  'Compromised password detected': 'Request failed: compromised password',
  'Stale account reactivated': 'Could not reactivate the stale account',
}

/**
 * The message template of a failed event of a type that normally succeeds (or is routine):
 * sign-ins of any kind say "Failed sign-in for …"; listed labels their own words; anything else
 * {@link GENERIC_FAILURE}.
 */
export function failedTemplate(info: EventTypeInfo): string {
  if (info.icon === 'sign-in') return FAILED_SIGN_IN
  return BY_LABEL[info.label] ?? GENERIC_FAILURE
}
