'use client'
import { useState } from 'react'
import { formatCount } from './format'
import { plural } from './plural'
import { partClass } from './classNames'
import { boundText, MAX_USER_TEXT, MAX_USER_TEXT_EXPANDED, splitInvisible } from './boundUserText'

/** Texts of {@link UserText}. Count functions receive the number and its locale-formatted text. */
export type UserTextLabels = {
  /** The button that shows more of a long value. */
  showMore: string
  /** The button that collapses it again. */
  showLess: string
  /** After the cut: how much is left out (e.g. "998,000 more characters"). */
  omitted: (count: number, formatted: string) => string
  /** Tooltip of an invisible character's marker; `code` is e.g. `U+202E`. */
  invisible: (code: string) => string
}

/** Default English texts of {@link UserText}. */
export const DEFAULT_USER_TEXT_LABELS: UserTextLabels = {
  showMore: 'Show more',
  showLess: 'Show less',
  omitted: (count, n) => `${n} more ${plural(count, { one: 'character', other: 'characters' })}`,
  invisible: (code) => `Invisible character ${code} (it can hide or reorder text)`,
}

/** Props of {@link UserText}. */
export interface UserTextProps {
  /** The user-controlled string (name, email, message, user agent, metadata value…). */
  value: string
  /** Characters shown before the cut. @default MAX_USER_TEXT (2,000) */
  max?: number
  /** Offer "Show more" (up to {@link MAX_USER_TEXT_EXPANDED}) when the value is cut. @default false */
  expandable?: boolean
  /** Wrap the value in double quotes (metadata strings). @default false */
  quoted?: boolean
  /** Texts, merged over {@link DEFAULT_USER_TEXT_LABELS}. */
  labels?: Partial<UserTextLabels>
  /** BCP 47 locale of the omitted count. @default the runtime's */
  locale?: string
  /** Drop the library classes. @default false */
  unstyled?: boolean
  /** Class of the isolating `<bdi>`. */
  className?: string
}

/**
 * A user string shown safely: isolated in a `<bdi dir="auto">` (right-to-left text keeps its own
 * order without reordering the row or sentence around it), bidi controls and zero-width
 * characters shown as visible `⟨U+202E⟩` markers, and bounded to `max` characters with an
 * explicit `…` and, when `expandable`, a "Show more" button. Always text, never HTML.
 */
export function UserText({
  value,
  max = MAX_USER_TEXT,
  expandable = false,
  quoted = false,
  labels: labelsProp,
  locale,
  unstyled,
  className,
}: UserTextProps) {
  const [expanded, setExpanded] = useState(false)
  const labels = labelsProp ? { ...DEFAULT_USER_TEXT_LABELS, ...labelsProp } : DEFAULT_USER_TEXT_LABELS
  const limit = expanded ? Math.max(max, MAX_USER_TEXT_EXPANDED) : max
  const bounded = boundText(value, limit)
  const cut = bounded.omitted > 0
  const part = (element: string) => partClass(unstyled, 'user-text', element)
  const quote = quoted ? '"' : ''
  return (
    <>
      <bdi
        dir="auto"
        className={className ?? partClass(unstyled, 'user-text')}
        data-truncated={cut || undefined}
      >
        {quote}
        {splitInvisible(bounded.text).map((piece, i) =>
          'text' in piece ? (
            piece.text
          ) : (
            <span
              key={i}
              className={part('invisible')}
              data-invisible=""
              title={labels.invisible(piece.marker.slice(1, -1))}
            >
              {piece.marker}
            </span>
          ),
        )}
        {cut ? '…' : ''}
        {quote}
      </bdi>
      {cut && expandable ? (
        <span className={part('omitted')}>
          {' '}
          {labels.omitted(bounded.omitted, formatCount(bounded.omitted, locale))}
        </span>
      ) : null}
      {expandable && (cut || expanded) && value.length > max ? (
        <button
          type="button"
          className={unstyled ? undefined : 'ae-button ae-button--small ae-button--ghost'}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? labels.showLess : labels.showMore}
        </button>
      ) : null}
    </>
  )
}
