'use client'
import { useEffect, useState } from 'react'

/** A module kept out of the first download, loaded on first need (see {@link lazyModule}). */
export type LazyModule<M> = {
  /** Starts loading the module (once); resolves when it is in. Cheap to call on every hover. */
  preload: () => Promise<void>
  /** The module if it is in. */
  current: () => M | undefined
  /**
   * The module once it is in: starts loading when `wanted` and re-renders when it arrives;
   * `onError` when the load fails (the next render that wants it tries again).
   */
  useModule: (wanted: boolean, onError?: () => void) => M | undefined
}

/**
 * Keeps a module out of the first download (issue 12): `load` (one `import()`) runs on first need
 * or on `preload`, which what opens it calls on hover and focus, so a click or a key finds it in.
 *
 * `load` must import only what nothing else imports statically: esbuild treats every `import()`
 * as an entry and puts whatever of its imports the page's entry also reaches into the first
 * chunk, of every page that imports from the package root. So the targets are Radix modules only.
 *
 * No `React.lazy` and no Suspense: a chunk that fails to load (offline, a redeploy) is reported to
 * `onError` (a Root closes again) and tried again when next wanted, instead of throwing to an
 * error boundary and taking the page down.
 */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined
  let loading: Promise<M> | undefined
  const start = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    ))

  function useModule(wanted: boolean, onError?: () => void): M | undefined {
    const [module, setModule] = useState(() => loaded)
    useEffect(() => {
      if (module || !wanted) return
      let mounted = true
      start().then(
        (arrived) => mounted && setModule(() => arrived),
        () => mounted && onError?.(),
      )
      return () => {
        mounted = false
      }
    })
    return module ?? loaded
  }

  return { preload: () => start().then(() => undefined), current: () => loaded, useModule }
}
