/** `true` only when A and B are the same type (not merely assignable either way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/** Fails to compile unless its type argument is `true`; takes the values it speaks of. */
export function assertType<T extends true>(..._checked: unknown[]): T | undefined {
  return undefined
}
