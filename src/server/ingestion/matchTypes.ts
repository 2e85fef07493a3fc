/** Include/exclude rules of the ingestion pipeline. */
import type { TypeMatcher } from './types'

function matches(matcher: TypeMatcher, type: string): boolean {
  if (typeof matcher === 'function') return matcher(type)
  if (matcher instanceof RegExp) return matcher.test(type)
  if (!matcher.includes('*')) return matcher === type
  const pattern = matcher.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(`^${pattern.join('.*')}$`).test(type)
}

/** Whether `type` is recorded: not excluded, and included when an include list is given. */
export function isTypeRecorded(type: string, include?: TypeMatcher[], exclude?: TypeMatcher[]): boolean {
  if (exclude?.some((matcher) => matches(matcher, type))) return false
  return !include?.length || include.some((matcher) => matches(matcher, type))
}
