'use client'
import type { ReactNode } from 'react'
// Types from the package root: they resolve under every moduleResolution (the subpath needs exports).
import type { Dialog as RadixDialog } from 'radix-ui'
import { lazyModule } from './lazyModule'
import { lazyChild, lazyRoot } from './lazyRadix'

/**
 * Radix Dialog, loaded on the first opening (issue 12): with its focus scope, dismissable layer,
 * scroll lock and aria-hidden it is about 10 KB gz that a page showing a list does not need
 * before a row is opened. Same names and props as `radix-ui/dialog`, for the parts we use.
 */
const dialog = lazyModule<typeof RadixDialog>(() => import('radix-ui/dialog'))

/** Loads the dialog's code ahead of its first opening (on hover or focus of what opens it). */
export const preloadDialog = dialog.preload

export const Root: (props: RadixDialog.DialogProps) => ReactNode = lazyRoot(dialog, (loaded) => loaded.Root)
export const Portal: typeof RadixDialog.Portal = lazyChild(dialog, 'Portal')
export const Overlay: typeof RadixDialog.Overlay = lazyChild(dialog, 'Overlay')
export const Content: typeof RadixDialog.Content = lazyChild(dialog, 'Content')
export const Title: typeof RadixDialog.Title = lazyChild(dialog, 'Title')
export const Description: typeof RadixDialog.Description = lazyChild(dialog, 'Description')
export const Close: typeof RadixDialog.Close = lazyChild(dialog, 'Close')
