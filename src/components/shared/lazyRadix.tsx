'use client'
import { forwardRef, useState } from 'react'
import type { ComponentType, ElementType } from 'react'
import type { LazyModule } from './lazyModule'

type Openable = { open?: boolean; defaultOpen?: boolean; onOpenChange?: (open: boolean) => void }

/**
 * A Radix `Root` from a lazily loaded module: nothing until it is first open (so no `Trigger`
 * may sit inside it: our buttons live outside), then the real Root, kept mounted from then on
 * so that closing runs Radix's own exit and focus return. It loads the module on that first
 * opening if no hover or focus did earlier; the parts inside render once it is in. A load that
 * fails closes it again (`onOpenChange(false)`), so that the next opening tries again.
 */
export function lazyRoot<M, P extends Openable>(
  module: LazyModule<M>,
  pick: (loaded: M) => ComponentType<P>,
) {
  return function LazyRoot(props: P) {
    const opening = props.open ?? props.defaultOpen ?? false
    const loaded = module.useModule(opening, () => props.onOpenChange?.(false))
    const [mounted, setMounted] = useState(false)
    if (loaded && opening && !mounted) setMounted(true)
    if (!loaded || !(mounted || opening)) return null
    const Real = pick(loaded)
    return <Real {...props} />
  }
}

/**
 * A part (Portal, Content, Title…) of a lazily loaded Radix module, with the real part's type.
 * Parts render only inside their {@link lazyRoot}, which waits for the module.
 */
export function lazyChild<M, K extends keyof M>(module: LazyModule<M>, name: K): M[K] {
  const LazyChild = forwardRef<unknown, Record<string, unknown>>(function LazyChild(props, ref) {
    const Real = module.current()?.[name] as ElementType | undefined
    return Real ? <Real {...props} ref={ref} /> : null
  })
  return LazyChild as M[K]
}
