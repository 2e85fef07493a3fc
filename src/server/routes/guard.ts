/** Turns parameter and store failures into the answer each mode promises. */
import { ParamError } from '../http/paramValues'
import { QuirkServerError } from '../http/params'
import { badParameter, errorMessage, serverError } from '../http/responses'
import type { RouteContext } from './context'

/**
 * Runs a route body. A {@link ParamError} becomes a 400 naming the parameter; anything else a 500.
 * In quirks mode the 500 carries Studio's `details` (the message, never a stack); the good
 * backend says only what failed.
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
    return serverError(failure)
  }
}
