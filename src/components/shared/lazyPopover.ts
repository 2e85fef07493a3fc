'use client'
import type { ReactNode } from 'react'
// Types from the package root: they resolve under every moduleResolution (the subpath needs exports).
import type { Popover as RadixPopover } from 'radix-ui'
import { lazyModule } from './lazyModule'
import { lazyChild, lazyRoot } from './lazyRadix'

/**
 * Radix Popover, loaded on the first opening (issue 12): with floating-ui it is about 12 KB gz
 * of the filter bar that nobody needs before pressing "Add filter". Same names and props as
 * `radix-ui/popover`, for the parts we use (no `Trigger`: see `lazyRoot`).
 */
const popover = lazyModule<typeof RadixPopover>(() => import('radix-ui/popover'))

/** Loads the popover's code ahead of its first opening (on hover or focus of its button). */
export const preloadPopover = popover.preload

export const Root: (props: RadixPopover.PopoverProps) => ReactNode = lazyRoot(
  popover,
  (loaded) => loaded.Root,
)
export const Anchor: typeof RadixPopover.Anchor = lazyChild(popover, 'Anchor')
export const Portal: typeof RadixPopover.Portal = lazyChild(popover, 'Portal')
export const Content: typeof RadixPopover.Content = lazyChild(popover, 'Content')
