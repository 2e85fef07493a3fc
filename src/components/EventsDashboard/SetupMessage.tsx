'use client'
import { useId } from 'react'
import { modifierClass, partClass } from '../shared/classNames'

/** Props of {@link SetupMessage}. */
export interface SetupMessageProps {
  /** Which setup problem (a modifier class and `data-kind`). */
  kind: string
  title: string
  body: string
  /** Lines shown as code (configuration, commands). */
  code?: string[]
  unstyled?: boolean
}

/**
 * A setup problem explained: a heading that names it, what to do, and the exact configuration or
 * commands. A status, not an alert: it describes the backend's state, nothing failed just now.
 */
export function SetupMessage({ kind, title, body, code, unstyled }: SetupMessageProps) {
  const id = useId()
  return (
    <section
      aria-labelledby={id}
      className={modifierClass(unstyled, 'events-dashboard', 'setup', [kind])}
      data-kind={kind}
    >
      <h3 id={id} className={partClass(unstyled, 'events-dashboard', 'setup-title')}>
        {title}
      </h3>
      <p className={partClass(unstyled, 'events-dashboard', 'setup-body')}>{body}</p>
      {code?.length ? (
        <pre className={partClass(unstyled, 'events-dashboard', 'setup-code')}>
          <code>{code.join('\n')}</code>
        </pre>
      ) : null}
    </section>
  )
}
