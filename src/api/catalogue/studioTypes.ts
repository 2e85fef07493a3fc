/**
 * Better Auth Studio's 36 event types (CONTRACT section 2), in Studio's display order. Studio
 * groups by the part before the first dot, so the category is that prefix (`team.member.added` →
 * team), except `login.failed`, which is a sign-in failure (session).
 */
import type { Category, Severity } from '../types'
import type { EventTypeInfo, IconKey } from './catalogue'

type Row = [type: string, category: Category, label: string, icon: IconKey, severity: Severity]

const ROWS: Row[] = [
  ['user.joined', 'user', 'Signed up', 'sign-up', 'success'],
  ['user.logged_in', 'user', 'Signed in', 'sign-in', 'success'],
  ['user.updated', 'user', 'Profile updated', 'edit', 'info'],
  ['user.logged_out', 'user', 'Signed out', 'sign-out', 'info'],
  ['user.password_changed', 'user', 'Password changed', 'key', 'success'],
  ['user.email_verified', 'user', 'Email verified', 'mail', 'success'],
  ['user.banned', 'user', 'User banned', 'ban', 'warning'],
  ['user.unbanned', 'user', 'User unbanned', 'unban', 'info'],
  ['user.deleted', 'user', 'Account deleted', 'trash', 'warning'],
  ['user.delete_verification_requested', 'user', 'Account deletion requested', 'trash', 'warning'],
  ['organization.created', 'organization', 'Organization created', 'organization', 'success'],
  ['organization.updated', 'organization', 'Organization updated', 'edit', 'info'],
  ['organization.deleted', 'organization', 'Organization deleted', 'trash', 'warning'],
  ['member.added', 'member', 'Member added', 'member', 'success'],
  ['member.removed', 'member', 'Member removed', 'member', 'info'],
  ['member.role_changed', 'member', 'Member role changed', 'member', 'info'],
  ['session.created', 'session', 'Session created', 'session', 'success'],
  ['password.reset_requested', 'password', 'Password reset requested', 'key', 'warning'],
  ['password.reset_completed', 'password', 'Password reset completed', 'key', 'success'],
  ['password.reset_requested_otp', 'password', 'Password reset code requested', 'key', 'warning'],
  ['password.reset_completed_otp', 'password', 'Password reset with code', 'key', 'success'],
  ['oauth.linked', 'oauth', 'Account linked', 'link', 'success'],
  ['oauth.unlinked', 'oauth', 'Account unlinked', 'unlink', 'info'],
  ['oauth.sign_in', 'oauth', 'Signed in with OAuth', 'sign-in', 'success'],
  ['team.created', 'team', 'Team created', 'team', 'success'],
  ['team.updated', 'team', 'Team updated', 'edit', 'info'],
  ['team.deleted', 'team', 'Team deleted', 'trash', 'warning'],
  ['team.member.added', 'team', 'Team member added', 'team', 'success'],
  ['team.member.removed', 'team', 'Team member removed', 'team', 'info'],
  ['invitation.created', 'invitation', 'Invitation sent', 'mail', 'success'],
  ['invitation.accepted', 'invitation', 'Invitation accepted', 'invitation', 'success'],
  ['invitation.rejected', 'invitation', 'Invitation rejected', 'invitation', 'info'],
  ['invitation.cancelled', 'invitation', 'Invitation cancelled', 'invitation', 'info'],
  ['phone_number.otp_requested', 'phone_number', 'Phone code requested', 'phone', 'info'],
  ['phone_number.verification', 'phone_number', 'Phone number verified', 'phone', 'success'],
  // Declared by Studio, never emitted (a failed sign-in is `user.logged_in` with status failed).
  ['login.failed', 'session', 'Sign-in failed', 'alert', 'failed'],
]

const WHO = '{name|email}'
const MEMBER = '{memberName|memberEmail|name|email}'
const INVITEE = '{inviteeEmail|email}'

// Message templates (syntax: see EventTypeInfo.template), in the tone of Studio's own messages.
const TEMPLATES: Record<string, string> = {
  'user.joined': `${WHO} joined`,
  'user.logged_in': `${WHO} signed in`,
  'user.updated': `${WHO} updated their profile`,
  'user.logged_out': `${WHO} signed out`,
  'user.password_changed': `${WHO} changed their password`,
  'user.email_verified': `${WHO} verified their email`,
  'user.banned': `${WHO} was banned`,
  'user.unbanned': `${WHO} was unbanned`,
  'user.deleted': `${WHO} deleted their account`,
  'user.delete_verification_requested': `${WHO} asked to delete their account`,
  'organization.created': `New organization "{organizationName}" created by ${WHO} || Organization "{organizationName}" created`,
  'organization.updated': 'Organization "{organizationName}" updated',
  'organization.deleted': 'Organization "{organizationName}" deleted',
  'member.added': `${MEMBER} added to "{organizationName}" || ${MEMBER} added to the organization`,
  'member.removed': `${MEMBER} removed from "{organizationName}" || ${MEMBER} removed from the organization`,
  'member.role_changed': `${MEMBER} role changed from {oldRole} to {newRole} || Member role changed from {oldRole} to {newRole}`,
  'session.created': `Session created for ${WHO}`,
  'password.reset_requested': 'Password reset requested for {email|name}',
  'password.reset_completed': 'Password reset completed for {email|name}',
  'password.reset_requested_otp': 'Password reset code requested for {email|name}',
  'password.reset_completed_otp': 'Password reset with a code for {email|name}',
  'oauth.linked': `{provider|providerId} account linked for ${WHO}`,
  'oauth.unlinked': `{provider|providerId} account unlinked for ${WHO}`,
  'oauth.sign_in': `${WHO} signed in with {provider|providerId}`,
  'team.created': 'Team "{teamName}" created',
  'team.updated': 'Team "{teamName}" updated',
  'team.deleted': 'Team "{teamName}" deleted',
  'team.member.added': `{addedName|addedEmail|memberName|memberEmail|name|email} added to team "{teamName}"`,
  'team.member.removed': `{removedName|removedEmail|memberName|memberEmail|name|email} removed from team "{teamName}"`,
  'invitation.created': `${INVITEE} invited to "{organizationName}" || ${INVITEE} invited`,
  'invitation.accepted': `${INVITEE} accepted an invitation`,
  'invitation.rejected': `${INVITEE} rejected an invitation`,
  'invitation.cancelled': `Invitation for ${INVITEE} cancelled`,
  'phone_number.otp_requested': 'Phone number OTP requested for {phoneNumber}',
  'phone_number.verification': 'Phone number {phoneNumber} verified',
  'login.failed': 'Failed sign-in for {email|name}',
}

/** Studio's event types (CONTRACT section 2). */
export const STUDIO_TYPES: readonly EventTypeInfo[] = ROWS.map(
  ([type, category, label, icon, defaultSeverity]) => {
    const template = TEMPLATES[type]
    return {
      type,
      category,
      label,
      icon,
      defaultSeverity,
      backend: 'studio',
      ...(template === undefined ? {} : { template }),
    }
  },
)
