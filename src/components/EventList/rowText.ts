/**
 * What each column of a row is for, so a row never says the same thing twice:
 *   Event   — the human label, once ("Session created"); the raw wire type only in its tooltip
 *             and in the dialog (it is for developers, and it was a third copy of the label).
 *   Details — what the message adds to the label. Messages often begin by restating it
 *             ("Session created for Priya Sharma"); then only the rest shows ("for Priya
 *             Sharma"), so the row reads as one sentence across the two columns. The full
 *             message stays in the cell's tooltip, the dialog and the exports.
 */

// What may separate a restated label from the rest: spaces and light punctuation.
const SEPARATOR = /^[\s:,;.\u2013\u2014-]+/u

/**
 * The part of `message` that `label` does not already say: the message without a leading copy
 * of the label (case-insensitive, whole words only), or the whole message when it does not
 * start with it. Empty when the message is just the label.
 * @example messageBesideLabel('Session created', 'Session created for Ana') // 'for Ana'
 * @example messageBesideLabel('Signed in', 'Ana signed in') // 'Ana signed in'
 */
export function messageBesideLabel(label: string, message: string): string {
  const trimmedLabel = label.trim()
  if (!trimmedLabel) return message
  const head = message.slice(0, trimmedLabel.length)
  if (head.localeCompare(trimmedLabel, undefined, { sensitivity: 'accent' }) !== 0) return message
  const rest = message.slice(trimmedLabel.length)
  // "Signed in" must not eat the start of "Signed into …": the label has to end at a word break.
  if (rest !== '' && !SEPARATOR.test(rest)) return message
  return rest.replace(SEPARATOR, '')
}
