'use client'
import { createContext, forwardRef, useContext } from 'react'
import type { ComponentPropsWithoutRef } from 'react'
import { clsx } from 'clsx'

/** The library's CSS variables, so `style={{ '--ae-accent': 'teal' }}` typechecks. */
type AeCssVariables = { [variable: `--ae-${string}`]: string | number | undefined }

// Inherited rather than declared: an app whose program reads both our .d.ts and .d.cts gets two
// copies of this augmentation, and two declared index signatures are an error (TS2374).
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface CSSProperties extends AeCssVariables {}
}

/** Colour scheme of the library's components. `system` follows `prefers-color-scheme`. */
export type ColorScheme = 'light' | 'dark' | 'system'

type RootContextValue = { colorScheme: ColorScheme }

const RootContext = createContext<RootContextValue | null>(null)

/** Props of {@link AeRoot}. */
export interface AeRootProps extends ComponentPropsWithoutRef<'div'> {
  /**
   * Colour scheme of everything inside, including portalled dialogs.
   * @default 'system'
   */
  colorScheme?: ColorScheme
  /** Drop the `ae-root` class (and so the library's tokens and base styles). @default false */
  unstyled?: boolean
}

/**
 * The theming root: a `div.ae-root` carrying `data-color-scheme`, on which the `--ae-*` tokens
 * are declared. Wrap a dashboard (or any set of components) in one; components rendered without
 * one become their own root.
 * @example <AeRoot colorScheme="dark"><EventList /></AeRoot>
 */
export const AeRoot = forwardRef<HTMLDivElement, AeRootProps>(function AeRoot(
  { colorScheme = 'system', unstyled = false, className, children, ...rest },
  ref,
) {
  return (
    <RootContext.Provider value={{ colorScheme }}>
      <div
        ref={ref}
        {...rest}
        className={clsx(!unstyled && 'ae-root', className) || undefined}
        data-color-scheme={colorScheme}
      >
        {children}
      </div>
    </RootContext.Provider>
  )
})

/** The colour scheme of the nearest {@link AeRoot}, or `undefined` outside one. */
export function useAeColorScheme(): ColorScheme | undefined {
  return useContext(RootContext)?.colorScheme
}

/** What a component's root element needs to act as a theming root. */
export type RootProps = { className: string | undefined; 'data-color-scheme': ColorScheme | undefined }

/**
 * Props that make a component's root (or a portalled part) a theming root when no {@link AeRoot}
 * is above it, or when it is portalled out of one (`force`). Spread the class with `clsx`.
 * @param unstyled - the component's `unstyled` prop; an unstyled component adds no class
 * @param force - always emit the root props (for portals), inheriting the nearest scheme
 */
export function useRootProps(
  unstyled: boolean | undefined,
  force = false,
  colorScheme?: ColorScheme,
): RootProps {
  const context = useContext(RootContext)
  // A component's own `colorScheme` makes it a root even inside another one.
  if (context && !force && !colorScheme) return { className: undefined, 'data-color-scheme': undefined }
  return {
    className: unstyled ? undefined : 'ae-root',
    'data-color-scheme': colorScheme ?? context?.colorScheme ?? 'system',
  }
}

/** The `colorScheme` prop every component takes. */
export type ColorSchemeProps = {
  /** Light, dark, or the system's preference; inherited from the nearest {@link AeRoot} when absent. @default 'system' */
  colorScheme?: ColorScheme
}
