/**
 * Families of types recognised by their prefix when they are not in the table: new security-layer
 * signals (`security_*`), audit-log actions of plugins we do not list (`two-factor:*`, `admin:*`,
 * `organization:*`, `sign-in:*`, …) and custom actions such as `admin:user-export`. Only these
 * prefixes are trusted: a dotted Studio-style type the table does not know stays `other`.
 */
import type { Category, Severity } from '../types'
import type { EventBackend, EventTypeInfo, IconKey } from './catalogue'

type Family = {
  pattern: RegExp
  /** Label prefix, followed by the humanised rest of the name. */
  label: string
  backend: EventBackend
  category: Category | ((rest: string) => Category)
  icon: IconKey | ((rest: string) => IconKey)
  severity: Severity | ((rest: string) => Severity)
}

// A security event is a failure when the request was refused, otherwise a warning: something
// was detected that needs a look.
const REFUSED = /blocked|denied|rejected|refused|exceeded|banned/

function organizationPart(rest: string): Category {
  if (rest.includes('team')) return 'team'
  if (rest.includes('invit')) return 'invitation'
  if (rest.includes('member') || rest === 'leave') return 'member'
  return 'organization'
}

const FAMILIES: Family[] = [
  {
    pattern: /^security_(.+)$/,
    label: 'Security',
    backend: 'infra',
    category: 'security',
    icon: (rest) => (REFUSED.test(rest) ? 'ban' : 'alert'),
    severity: (rest) => (REFUSED.test(rest) ? 'failed' : 'warning'),
  },
  {
    pattern: /^two-factor:(.+)$/,
    label: 'Two-factor',
    backend: 'audit-log',
    category: 'two_factor',
    icon: 'shield',
    severity: 'info',
  },
  {
    pattern: /^two_factor_(.+)$/,
    label: 'Two-factor',
    backend: 'infra',
    category: 'two_factor',
    icon: 'shield',
    severity: 'info',
  },
  {
    pattern: /^admin:(.+)$/,
    label: 'Admin',
    backend: 'audit-log',
    category: 'admin',
    icon: 'admin',
    severity: 'info',
  },
  {
    pattern: /^organization:(.+)$/,
    label: 'Organization',
    backend: 'audit-log',
    category: organizationPart,
    icon: 'organization',
    severity: 'info',
  },
  {
    pattern: /^organization_(.+)$/,
    label: 'Organization',
    backend: 'infra',
    category: organizationPart,
    icon: 'organization',
    severity: 'info',
  },
  {
    pattern: /^sign-in:(.+)$/,
    label: 'Signed in',
    backend: 'audit-log',
    category: 'session',
    icon: 'sign-in',
    severity: 'success',
  },
  {
    pattern: /^sign-up:(.+)$/,
    label: 'Signed up',
    backend: 'audit-log',
    category: 'user',
    icon: 'sign-up',
    severity: 'success',
  },
  {
    pattern: /^multi-session:(.+)$/,
    label: 'Session',
    backend: 'audit-log',
    category: 'session',
    icon: 'session',
    severity: 'info',
  },
  {
    pattern: /^phone-number:(.+)$/,
    label: 'Phone number',
    backend: 'audit-log',
    category: 'phone_number',
    icon: 'phone',
    severity: 'info',
  },
  {
    pattern: /^(?:oauth2?|callback):(.+)$/,
    label: 'OAuth',
    backend: 'audit-log',
    category: 'oauth',
    icon: 'oauth',
    severity: 'info',
  },
  {
    pattern: /^passkey:(.+)$/,
    label: 'Passkey',
    backend: 'audit-log',
    category: 'user',
    icon: 'key',
    severity: 'info',
  },
  {
    pattern: /^api-key:(.+)$/,
    label: 'API key',
    backend: 'audit-log',
    category: 'user',
    icon: 'key',
    severity: 'info',
  },
  {
    pattern: /^email-otp:(.+)$/,
    label: 'Email code',
    backend: 'audit-log',
    category: 'user',
    icon: 'mail',
    severity: 'info',
  },
]

function humanize(rest: string): string {
  return rest.replace(/[-_:.]+/g, ' ').trim()
}

/** The entry for a type of a known family, or undefined when no family matches. */
export function familyInfo(type: string): EventTypeInfo | undefined {
  for (const family of FAMILIES) {
    const match = family.pattern.exec(type)
    const rest = match?.[1]
    if (rest === undefined) continue
    const words = humanize(rest)
    return {
      type,
      category: typeof family.category === 'function' ? family.category(rest) : family.category,
      label: words === '' ? family.label : `${family.label}: ${words}`,
      icon: typeof family.icon === 'function' ? family.icon(rest) : family.icon,
      defaultSeverity: typeof family.severity === 'function' ? family.severity(rest) : family.severity,
      backend: family.backend,
    }
  }
  return undefined
}
