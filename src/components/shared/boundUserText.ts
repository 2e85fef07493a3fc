/**
 * Display safety of user-controlled strings (names, emails, messages, user agents, metadata):
 * bounded in length, so one huge value cannot freeze the page, and with invisible characters
 * made visible, so `admin\u202Egnp.exe` cannot pass for "adminexe.png". Pure: no React.
 */

/** Characters of a user string shown by default (list, dialog, metadata values). */
export const MAX_USER_TEXT = 2_000

/** Most characters a user string ever shows, even after "Show more". */
export const MAX_USER_TEXT_EXPANDED = 20_000

// Bidi embeddings, overrides, isolates and marks; zero-width and other invisible characters
// (soft hyphen, word joiner, BOM, Hangul fillers used for blank names, invisible operators).
// C0/C1 controls other than tab, LF and CR too (they can fake line breaks or hide text).
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- these characters are what it finds
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu

const LETTER_OR_MARK = /[\p{L}\p{M}]/u
const LATIN = /\p{Script=Latin}/u
// eslint-disable-next-line no-misleading-character-class -- the variation selector and keycap are listed on purpose
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u20E3]/u

// ZWNJ and ZWJ are spelling in Persian, Arabic and Indic scripts, and ZWJ joins emoji
// (👩‍💻): kept there, shown everywhere else (between Latin letters they only hide a spoof).
function isLegitimateJoiner(char: string, before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return false
  if (char === '\u200D' && PICTOGRAPHIC.test(before) && PICTOGRAPHIC.test(after)) return true
  const scriptLetter = (c: string) => LETTER_OR_MARK.test(c) && !LATIN.test(c)
  return scriptLetter(before) && scriptLetter(after)
}

/** The visible stand-in of an invisible character, e.g. `⟨U+202E⟩`. */
export function invisibleMarker(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`
}

/** A piece of a user string: plain text, or an invisible character to show as a marker. */
export type UserTextPart = { text: string } | { invisible: string; marker: string }

/**
 * Splits `text` into plain runs and invisible characters (bidi controls, zero-width and other
 * invisible characters), keeping the joiners that are part of a script's spelling or an emoji.
 * @example splitInvisible('a\u202Eb') // [{ text: 'a' }, { invisible: '\u202E', marker: '⟨U+202E⟩' }, { text: 'b' }]
 */
export function splitInvisible(text: string): UserTextPart[] {
  const parts: UserTextPart[] = []
  let last = 0
  for (const match of text.matchAll(INVISIBLE)) {
    const char = match[0]
    const at = match.index
    const joiner = char === '\u200C' || char === '\u200D'
    if (joiner && isLegitimateJoiner(char, charBefore(text, at), charAfter(text, at + 1))) continue
    if (at > last) parts.push({ text: text.slice(last, at) })
    parts.push({ invisible: char, marker: invisibleMarker(char) })
    last = at + char.length
  }
  if (last < text.length) parts.push({ text: text.slice(last) })
  return parts
}

function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined
  const low = text.charCodeAt(index - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1
  return String.fromCodePoint(text.codePointAt(start) ?? 0)
}

function charAfter(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined
  return String.fromCodePoint(text.codePointAt(index) ?? 0)
}

/** `text` with every invisible character replaced by its marker (for attributes and plain strings). */
export function revealInvisible(text: string): string {
  return splitInvisible(text)
    .map((part) => ('text' in part ? part.text : part.marker))
    .join('')
}

/** A user string cut to a length: what to show and how many characters were left out. */
export type BoundedText = { text: string; omitted: number }

/**
 * The first `max` characters of `text`, never splitting a surrogate pair.
 * @example boundText('x'.repeat(5000), 2000) // { text: 'xx…(2000)', omitted: 3000 }
 */
export function boundText(text: string, max: number = MAX_USER_TEXT): BoundedText {
  if (text.length <= max) return { text, omitted: 0 }
  let end = Math.max(0, Math.floor(max))
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  return { text: text.slice(0, end), omitted: text.length - end }
}

// First Strong Isolate … Pop Directional Isolate: the text-level `<bdi>`.
const FSI = '\u2068'
const PDI = '\u2069'
// Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms).
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u

/**
 * A user string made safe to put inside a sentence that is plain text (a chip, an `aria-label`,
 * a `title`): bounded to `max` characters with `…`, invisible characters shown as markers, and,
 * when it holds right-to-left text, wrapped in a bidi isolate (FSI…PDI) so it cannot reorder the
 * words around it. (Its own controls are markers by then, so left-to-right text needs none.)
 * @example userTextInline('\u202Enimda') // '⟨U+202E⟩nimda'
 * @example userTextInline('محمد') // '\u2068محمد\u2069'
 */
export function userTextInline(text: string, max = 200): string {
  const bounded = boundText(text, max)
  const shown = `${revealInvisible(bounded.text)}${bounded.omitted > 0 ? '…' : ''}`
  return RTL.test(shown) ? `${FSI}${shown}${PDI}` : shown
}
