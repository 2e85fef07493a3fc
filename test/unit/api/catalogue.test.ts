import { describe, expect, it } from 'vitest'
import {
  categoryIcon,
  categoryLabel,
  EVENT_TYPES,
  getEventTypeInfo,
  ICON_KEYS,
  typesForCategories,
} from '../../../src/api/catalogue/catalogue'
import { CATEGORIES, SEVERITIES } from '../../../src/api/types'
import type { Category } from '../../../src/api/types'

const STUDIO_TYPES: [string, Category][] = [
  ['user.joined', 'user'],
  ['user.logged_in', 'user'],
  ['user.updated', 'user'],
  ['user.logged_out', 'user'],
  ['user.password_changed', 'user'],
  ['user.email_verified', 'user'],
  ['user.banned', 'user'],
  ['user.unbanned', 'user'],
  ['user.deleted', 'user'],
  ['user.delete_verification_requested', 'user'],
  ['organization.created', 'organization'],
  ['organization.updated', 'organization'],
  ['organization.deleted', 'organization'],
  ['member.added', 'member'],
  ['member.removed', 'member'],
  ['member.role_changed', 'member'],
  ['session.created', 'session'],
  ['password.reset_requested', 'password'],
  ['password.reset_completed', 'password'],
  ['password.reset_requested_otp', 'password'],
  ['password.reset_completed_otp', 'password'],
  ['oauth.linked', 'oauth'],
  ['oauth.unlinked', 'oauth'],
  ['oauth.sign_in', 'oauth'],
  ['team.created', 'team'],
  ['team.updated', 'team'],
  ['team.deleted', 'team'],
  ['team.member.added', 'team'],
  ['team.member.removed', 'team'],
  ['invitation.created', 'invitation'],
  ['invitation.accepted', 'invitation'],
  ['invitation.rejected', 'invitation'],
  ['invitation.cancelled', 'invitation'],
  ['phone_number.otp_requested', 'phone_number'],
  ['phone_number.verification', 'phone_number'],
  ['login.failed', 'session'],
]

// [code name, documented name or null, category]
const INFRA_TYPES: [string, string | null, Category][] = [
  ['user_created', 'user_signed_up', 'user'],
  ['user_signed_in', null, 'session'],
  ['user_signed_out', null, 'session'],
  ['user_sign_in_failed', null, 'session'],
  ['password_reset_requested', null, 'password'],
  ['password_reset_completed', null, 'password'],
  ['password_changed', null, 'password'],
  ['email_verification_sent', null, 'user'],
  ['email_verified', 'user_email_verified', 'user'],
  ['email_changed', null, 'user'],
  ['profile_updated', 'user_profile_updated', 'user'],
  ['profile_image_updated', 'user_profile_image_updated', 'user'],
  ['session_created', null, 'session'],
  ['session_revoked', null, 'session'],
  ['all_sessions_revoked', 'sessions_revoked_all', 'session'],
  ['two_factor_enabled', null, 'two_factor'],
  ['two_factor_disabled', null, 'two_factor'],
  ['two_factor_verified', null, 'two_factor'],
  ['account_linked', null, 'oauth'],
  ['account_unlinked', null, 'oauth'],
  ['user_banned', null, 'admin'],
  ['user_unbanned', null, 'admin'],
  ['user_deleted', null, 'user'],
  ['user_impersonated', null, 'admin'],
  ['user_impersonated_stopped', 'user_impersonation_stopped', 'admin'],
  ['organization_created', null, 'organization'],
  ['organization_updated', null, 'organization'],
  ['organization_member_added', 'member_added', 'member'],
  ['organization_member_removed', 'member_removed', 'member'],
  ['organization_member_role_updated', 'member_role_updated', 'member'],
  ['organization_member_invited', 'member_invited', 'invitation'],
  ['organization_member_invite_canceled', 'invite_cancelled', 'invitation'],
  ['organization_member_invite_accepted', 'invite_accepted', 'invitation'],
  ['organization_member_invite_rejected', 'invite_rejected', 'invitation'],
  ['organization_team_created', 'team_created', 'team'],
  ['organization_team_updated', 'team_updated', 'team'],
  ['organization_team_deleted', 'team_deleted', 'team'],
  ['organization_team_member_added', 'team_member_added', 'team'],
  ['organization_team_member_removed', 'team_member_removed', 'team'],
]

const SECURITY_TYPES = [
  'security_check',
  'security_signal',
  'security_blocked',
  'security_allowed',
  'security_credential_stuffing',
  'security_impossible_travel',
  'security_geo_blocked',
  'security_bot_blocked',
  'security_suspicious_ip',
  'security_velocity_exceeded',
  'security_free_trial_abuse',
  'security_compromised_password',
  'security_stale_account',
]

function isListed(type: string) {
  return EVENT_TYPES.some((info) => info.type === type)
}

describe('EVENT_TYPES', () => {
  it('lists each type once, with a valid category, icon, severity and a human label', () => {
    const types = EVENT_TYPES.map((info) => info.type)
    expect(new Set(types).size).toBe(types.length)
    for (const info of EVENT_TYPES) {
      expect(CATEGORIES).toContain(info.category)
      expect(ICON_KEYS).toContain(info.icon)
      expect(SEVERITIES).toContain(info.defaultSeverity)
      expect(info.label).not.toBe(info.type)
      expect(info.label).toMatch(/^[A-Z]/)
    }
  })

  it('has exactly the 36 Studio types', () => {
    const studio = EVENT_TYPES.filter((info) => info.backend === 'studio').map((info) => info.type)
    expect(studio.sort()).toEqual(STUDIO_TYPES.map(([type]) => type).sort())
  })

  it('is generous with audit-log actions', () => {
    expect(EVENT_TYPES.filter((info) => info.backend === 'audit-log').length).toBeGreaterThanOrEqual(60)
  })
})

describe('getEventTypeInfo', () => {
  it.each(STUDIO_TYPES)('maps Studio type %s to %s', (type, category) => {
    const info = getEventTypeInfo(type)
    expect(info).toMatchObject({ type, category, backend: 'studio' })
  })

  it.each(INFRA_TYPES)('knows infra %s and its documented spelling %s', (code, documented, category) => {
    const info = getEventTypeInfo(code)
    expect(info).toMatchObject({ type: code, category, backend: 'infra' })
    if (documented === null) return
    const other = getEventTypeInfo(documented)
    expect(other).toMatchObject({ type: documented, category, backend: 'infra', label: info.label })
    expect(other.defaultSeverity).toBe(info.defaultSeverity)
    expect(info.aliases).toEqual([documented])
    expect(other.aliases).toEqual([code])
  })

  it.each(SECURITY_TYPES)('lists security-layer type %s as security', (type) => {
    expect(isListed(type)).toBe(true)
    expect(getEventTypeInfo(type)).toMatchObject({ category: 'security', backend: 'infra' })
  })

  it.each([
    ['user_signed_in', 'session'],
    ['two_factor_enabled', 'two_factor'],
    ['account_linked', 'oauth'],
    ['security_geo_blocked', 'security'],
    ['user_impersonated', 'admin'],
    ['sign-in:email', 'session'],
    ['sign-in:social', 'session'],
    ['sign-up:email', 'user'],
    ['sign-out', 'session'],
    ['ban-user', 'admin'],
    ['unban-user', 'admin'],
    ['impersonate-user', 'admin'],
    ['admin:ban-user', 'admin'],
    ['two-factor:verify-totp', 'two_factor'],
    ['two-factor:enable', 'two_factor'],
    ['change-password', 'password'],
    ['reset-password', 'password'],
    ['forget-password', 'password'],
    ['delete-user', 'user'],
    ['update-user', 'user'],
    ['verify-email', 'user'],
    ['revoke-sessions', 'session'],
    ['revoke-session', 'session'],
    ['organization:create', 'organization'],
    ['organization:invite-member', 'invitation'],
    ['organization:update-member-role', 'member'],
    ['organization:create-team', 'team'],
    ['phone-number:verify', 'phone_number'],
    ['link-social', 'oauth'],
  ] as [string, Category][])('maps %s to %s', (type, category) => {
    expect(isListed(type)).toBe(true)
    expect(getEventTypeInfo(type).category).toBe(category)
  })

  it('treats unknown types as other with the raw type as label, even with a dot', () => {
    expect(getEventTypeInfo('billing.subscription_renewed')).toEqual({
      type: 'billing.subscription_renewed',
      category: 'other',
      label: 'billing.subscription_renewed',
      icon: 'other',
      defaultSeverity: 'info',
      backend: 'studio',
    })
    expect(getEventTypeInfo('user.teleported').category).toBe('other')
    expect(getEventTypeInfo('').label).toBe('Unknown event')
  })

  it('recognises unlisted members of known families', () => {
    expect(getEventTypeInfo('admin:user-export')).toMatchObject({
      category: 'admin',
      label: 'Admin: user export',
      backend: 'audit-log',
      defaultSeverity: 'info',
    })
    expect(getEventTypeInfo('two-factor:send-magic-code')).toMatchObject({ category: 'two_factor' })
    expect(getEventTypeInfo('two_factor_backup_used')).toMatchObject({
      category: 'two_factor',
      backend: 'infra',
    })
    expect(getEventTypeInfo('security_tor_exit_node')).toMatchObject({
      category: 'security',
      defaultSeverity: 'warning',
      label: 'Security: tor exit node',
    })
    expect(getEventTypeInfo('security_vpn_blocked')).toMatchObject({ defaultSeverity: 'failed', icon: 'ban' })
    expect(getEventTypeInfo('organization:set-team-lead').category).toBe('team')
    expect(getEventTypeInfo('organization_member_suspended').category).toBe('member')
    expect(getEventTypeInfo('organization_deleted').category).toBe('organization')
    expect(getEventTypeInfo('sign-in:siwe')).toMatchObject({
      category: 'session',
      defaultSeverity: 'success',
    })
  })

  it('returns the same object for the same type', () => {
    expect(getEventTypeInfo('user.joined')).toBe(getEventTypeInfo('user.joined'))
    expect(getEventTypeInfo('admin:user-export')).toBe(getEventTypeInfo('admin:user-export'))
    expect(getEventTypeInfo('x.y')).toBe(getEventTypeInfo('x.y'))
  })
})

describe('default severities', () => {
  it.each([
    ['user.unbanned', 'info'],
    ['user_unbanned', 'info'],
    ['unban-user', 'info'],
    ['user_sign_in_failed', 'failed'],
    ['login.failed', 'failed'],
    ['password.reset_requested', 'warning'],
    ['password_reset_requested', 'warning'],
    ['user.banned', 'warning'],
    ['user_banned', 'warning'],
    ['ban-user', 'warning'],
    ['security_blocked', 'failed'],
    ['security_bot_blocked', 'failed'],
    ['security_geo_blocked', 'failed'],
    ['security_velocity_exceeded', 'failed'],
    ['security_credential_stuffing', 'warning'],
    ['security_impossible_travel', 'warning'],
    ['security_allowed', 'info'],
    ['security_check', 'info'],
    ['user.joined', 'success'],
    ['user_created', 'success'],
    ['user.logged_in', 'success'],
    ['user_signed_in', 'success'],
    ['sign-in:email', 'success'],
    ['session.created', 'success'],
    ['organization.created', 'success'],
    ['team.member.added', 'success'],
    ['user.updated', 'info'],
    ['organization.updated', 'info'],
    ['member.role_changed', 'info'],
    ['profile_updated', 'info'],
    ['two_factor_disabled', 'warning'],
  ])('%s defaults to %s', (type, severity) => {
    expect(getEventTypeInfo(type).defaultSeverity).toBe(severity)
  })

  it('uses human labels', () => {
    expect(getEventTypeInfo('user.logged_in').label).toBe('Signed in')
    expect(getEventTypeInfo('user_signed_in').label).toBe('Signed in')
    expect(getEventTypeInfo('password.reset_requested').label).toBe('Password reset requested')
    expect(getEventTypeInfo('login.failed').label).toBe('Sign-in failed')
  })
})

describe('typesForCategories', () => {
  it('lists the known Studio types of the categories', () => {
    expect(typesForCategories(['session'], 'studio').sort()).toEqual(['login.failed', 'session.created'])
    expect(typesForCategories(['phone_number', 'invitation'], 'studio')).toHaveLength(6)
  })

  it('has nothing for categories without Studio types', () => {
    expect(typesForCategories(['two_factor', 'security', 'admin', 'other'], 'studio')).toEqual([])
    expect(typesForCategories([])).toEqual([])
  })

  it('includes both infra spellings and every backend without a backend', () => {
    const team = typesForCategories(['team'])
    expect(team).toEqual(
      expect.arrayContaining(['team.created', 'organization_team_created', 'team_created']),
    )
    expect(team).toContain('organization:create-team')
    expect(new Set(team).size).toBe(team.length)
  })

  it('de-duplicates repeated categories', () => {
    const once = typesForCategories(['user'], 'infra')
    expect(typesForCategories(['user', 'user'], 'infra')).toEqual(once)
  })
})

describe('categoryLabel and categoryIcon', () => {
  it.each([
    ['user', 'User'],
    ['two_factor', 'Two-factor'],
    ['phone_number', 'Phone number'],
    ['oauth', 'OAuth'],
    ['other', 'Other'],
  ] as [Category, string][])('%s is labelled %s', (category, label) => {
    expect(categoryLabel(category)).toBe(label)
  })

  it('labels every category and gives each its own icon', () => {
    for (const category of CATEGORIES) {
      expect(categoryLabel(category)).toMatch(/^[A-Z]/)
      expect(categoryIcon(category)).toBe(category)
    }
  })
})
