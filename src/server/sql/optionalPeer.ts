/**
 * Loads an optional peer (PGlite, pg). When the app has not installed it, the error says which
 * package to install instead of a bare "Cannot find package".
 * `load` must be a literal `() => import('name')`, so bundlers still see the specifier.
 */
export async function importOptionalPeer<T>(name: string, needs: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load()
  } catch (error) {
    if (!isMissing(error, name)) throw error
    throw new Error(
      `${needs} needs the optional peer dependency "${name}": install it (npm install ${name})`,
      {
        cause: error,
      },
    )
  }
}

/** Node (ESM and CJS) and bundlers each say "not found" their own way; all name the package. */
function isMissing(error: unknown, name: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown }
  const text = typeof message === 'string' ? message : ''
  if (!text.includes(name)) return false
  return (
    code === 'ERR_MODULE_NOT_FOUND' ||
    code === 'MODULE_NOT_FOUND' ||
    /cannot find (module|package)|failed to resolve|can't resolve|could not resolve/i.test(text)
  )
}
