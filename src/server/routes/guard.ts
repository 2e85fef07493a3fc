/** Turns parameter and store failures into the answer each mode promises. */
import { ParamError } from '../http/paramValues'
import { QuirkServerError } from '../http/params'
import { badParameter, errorMessage, serverError, storeUnavailable } from '../http/responses'
import { StoreQueryError } from '../store'
import { isStoreUnavailable, isValueRefused } from '../storeErrors'
import type { RouteContext } from './context'

/**
 * Runs a route body. A {@link ParamError} (or a store refusing a query value) becomes a 400; a
 * database that cannot be reached a 503 with `Retry-After`; anything else a 500. In quirks mode
 * the 500 carries Studio's `details` (the message, never a stack) for everything but parameter
 * errors; the good backend says only what failed.
 */
export async function guard(
  context: RouteContext,
  failure: string,
  body: () => Promise<Response>,
): Promise<Response> {
  try {
    return await body()
  } catch (error) {
    if (error instanceof ParamError) return badParameter(error.parameter, error.message)
    if (context.quirks || error instanceof QuirkServerError) return serverError(failure, errorMessage(error))
    if (error instanceof StoreQueryError) return badParameter(error.parameter, error.message)
    if (isStoreUnavailable(error)) return storeUnavailable()
    // A value the database cannot compare with (PostgreSQL class 22) came from the request.
    if (isValueRefused(error) && !(error instanceof TypeError))
      return badParameter('query', 'a parameter value cannot be used by the store')
    return serverError(failure)
  }
}
