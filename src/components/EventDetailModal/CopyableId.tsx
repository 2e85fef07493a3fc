'use client'
import { partClass } from '../shared/classNames'
import { UserText } from '../shared/UserText'
import type { EventDetailLabels } from './labels'

/** Props of {@link CopyableId}. */
export type CopyableIdProps = {
  /** What the id is, e.g. "User ID". */
  label: string
  value: string | undefined
  labels: EventDetailLabels
  /** Reports the outcome to the dialog's live status. */
  onCopied: (message: string) => void
  unstyled?: boolean
}

/** One id as a term/description pair, with a copy button when there is a value. */
export function CopyableId({ label, value, labels, onCopied, unstyled }: CopyableIdProps) {
  const copy = async () => {
    if (value === undefined) return
    try {
      await navigator.clipboard.writeText(value)
      onCopied(labels.copied(label))
    } catch {
      onCopied(labels.copyFailed)
    }
  }
  return (
    <div className={partClass(unstyled, 'event-detail', 'field')}>
      <dt>{label}</dt>
      <dd>
        {value === undefined ? (
          labels.none
        ) : (
          <>
            <code className={partClass(unstyled, 'event-detail', 'id')}>
              <UserText value={value} max={200} unstyled={unstyled} />
            </code>
            <button
              type="button"
              className={unstyled ? undefined : 'ae-button ae-button--small ae-button--ghost'}
              aria-label={labels.copy(label)}
              onClick={() => void copy()}
            >
              <svg
                viewBox="0 0 16 16"
                width="14"
                height="14"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                aria-hidden="true"
                focusable="false"
              >
                <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
                <path d="M3 10.5V3.5A1 1 0 0 1 4 2.5h6.5" />
              </svg>
            </button>
          </>
        )}
      </dd>
    </div>
  )
}
