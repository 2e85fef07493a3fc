'use client'
import { forwardRef, useEffect, useState } from 'react'
import type { ComponentPropsWithoutRef, ReactNode } from 'react'
import { partClass, rootClass } from './classNames'
import { DEFAULT_ERROR_LABELS, describeError } from './describeError'
import type { ErrorDescription, ErrorLabels } from './describeError'
import { useMergedLabels } from './labels'

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The error to explain (typed client errors get specific messages). */
  error: unknown
  /** Shows a retry button that calls this (e.g. the query's `refetch`). */
  onRetry?: () => void
  /**
   * Replace the rendering: receives the default element, the error and its description.
   * @example renderError={(el, error) => <MyAlert>{String(error)}</MyAlert>}
   */
  renderError?: (defaultElement: ReactNode, error: unknown, description: ErrorDescription) => ReactNode
  /** Texts, merged over {@link DEFAULT_ERROR_LABELS}. */
  labels?: Partial<ErrorLabels>
  /** Drop the library classes. @default false */
  unstyled?: boolean
}

/**
 * An error explained in words (`role="alert"`): 401 asks to sign in, 403 gives the reason, 404
 * points at the base path, 429 counts down to the retry, network and timeout failures say so, and
 * an invalid answer names the field.
 */
export const ErrorMessage = forwardRef<HTMLDivElement, ErrorMessageProps>(function ErrorMessage(
  { error, onRetry, renderError, labels: labelsProp, unstyled, className, ...rest },
  ref,
) {
  const labels = useMergedLabels(DEFAULT_ERROR_LABELS, labelsProp)
  const description = describeError(error, labels)
  const element = (
    <div
      ref={ref}
      role="alert"
      {...rest}
      className={rootClass(unstyled, 'error', className)}
      data-kind={description.kind}
    >
      <p className={partClass(unstyled, 'error', 'title')}>{labels.title}</p>
      <p className={partClass(unstyled, 'error', 'message')}>
        {description.retryAfterMs !== undefined ? (
          <RetryCountdown
            key={String(description.retryAfterMs)}
            ms={description.retryAfterMs}
            labels={labels}
          />
        ) : (
          description.message
        )}
      </p>
      {onRetry ? (
        <button
          type="button"
          className={unstyled ? undefined : 'ae-button ae-error__retry'}
          onClick={() => onRetry()}
        >
          {labels.retry}
        </button>
      ) : null}
    </div>
  )
  return <>{renderError ? renderError(element, error, description) : element}</>
})

function RetryCountdown({ ms, labels }: { ms: number; labels: ErrorLabels }) {
  const [deadline] = useState(() => Date.now() + ms)
  const [now, setNow] = useState(() => deadline - ms)
  const seconds = Math.max(0, Math.ceil((deadline - now) / 1000))
  useEffect(() => {
    if (seconds <= 0) return
    const id = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(id)
  }, [seconds])
  return <>{labels.rateLimited(seconds)}</>
}
