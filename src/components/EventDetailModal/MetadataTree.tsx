'use client'
import { useState } from 'react'
import { isSecretKey, MASK } from '../../api/mask'
import { modifierClass, partClass } from '../shared/classNames'
import { UserText } from '../shared/UserText'
import type { EventDetailLabels } from './labels'

/** Limits that keep a huge or deep payload responsive. */
export type MetadataTreeLimits = {
  /** Entries rendered per level before "Show N more". @default 50 */
  maxKeys: number
  /** Levels rendered below the root; deeper values are summarised. @default 6 */
  maxDepth: number
  /** Characters of a string shown before "Show all". @default 200 */
  maxString: number
}

/** Default {@link MetadataTreeLimits}. */
export const DEFAULT_METADATA_LIMITS: MetadataTreeLimits = { maxKeys: 50, maxDepth: 6, maxString: 200 }

/** Props of {@link MetadataTree}. */
export type MetadataTreeProps = {
  value: Record<string, unknown>
  labels: EventDetailLabels
  limits?: Partial<MetadataTreeLimits>
  unstyled?: boolean
}

type Ctx = { labels: EventDetailLabels; limits: MetadataTreeLimits; unstyled?: boolean }

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null

/**
 * Metadata as a collapsible tree: the first level open, deeper levels on demand, at most
 * `maxKeys` entries per level, strings truncated, secrets masked (`••••`) behind a per-value
 * "Reveal" button. Every key and value is rendered as text.
 */
export function MetadataTree({ value, labels, limits, unstyled }: MetadataTreeProps) {
  const ctx: Ctx = { labels, limits: { ...DEFAULT_METADATA_LIMITS, ...limits }, unstyled }
  if (Object.keys(value).length === 0) {
    return <p className={partClass(unstyled, 'metadata', 'empty')}>{labels.emptyMetadata}</p>
  }
  return <Entries value={value} parentKey={undefined} depth={0} ctx={ctx} />
}

function Entries({
  value,
  parentKey,
  depth,
  ctx,
}: {
  value: Record<string, unknown> | unknown[]
  parentKey: string | undefined
  depth: number
  ctx: Ctx
}) {
  const [shown, setShown] = useState(ctx.limits.maxKeys)
  // Arrays keep their parent's key for masking, as maskSecrets does.
  const entries: [string, unknown, string | undefined][] = Array.isArray(value)
    ? value.slice(0, shown).map((item, i) => [String(i), item, parentKey])
    : Object.keys(value)
        .slice(0, shown)
        .map((key) => [key, value[key], undefined])
  const total = Array.isArray(value) ? value.length : Object.keys(value).length
  const more = Math.min(ctx.limits.maxKeys, total - shown)
  return (
    <ul className={partClass(ctx.unstyled, 'metadata', 'list')} data-depth={depth}>
      {entries.map(([key, item, arrayParent]) => (
        <Entry
          key={key}
          name={key}
          value={item}
          parentKey={Array.isArray(value) ? arrayParent : parentKey}
          depth={depth}
          ctx={ctx}
        />
      ))}
      {more > 0 ? (
        <li>
          <button
            type="button"
            className={ctx.unstyled ? undefined : 'ae-button ae-button--small ae-button--ghost'}
            onClick={() => setShown((n) => n + ctx.limits.maxKeys)}
          >
            {ctx.labels.showMore(more)}
          </button>
        </li>
      ) : null}
    </ul>
  )
}

function Entry({
  name,
  value,
  parentKey,
  depth,
  ctx,
}: {
  name: string
  value: unknown
  parentKey: string | undefined
  depth: number
  ctx: Ctx
}) {
  const { labels, unstyled } = ctx
  const secret = value !== null && value !== undefined && isSecretKey(name, parentKey)
  const [revealed, setRevealed] = useState(false)
  const [open, setOpen] = useState(depth === 0 && isContainer(value) && !Array.isArray(value))
  const cls = (element: string) => partClass(unstyled, 'metadata', element)
  const keyLabel = (
    <span className={cls('key')}>
      <UserText value={name} max={200} unstyled={unstyled} />
    </span>
  )

  if (secret && !revealed) {
    return (
      <li className={modifierClass(unstyled, 'metadata', 'entry', ['secret'])} data-state="masked">
        {keyLabel}
        <span className={cls('value')} role="img" aria-label={labels.hiddenValue}>
          {MASK}
        </span>
        <button
          type="button"
          className={unstyled ? undefined : 'ae-button ae-button--small'}
          onClick={() => setRevealed(true)}
        >
          {labels.reveal(name)}
        </button>
      </li>
    )
  }
  const hide = secret ? (
    <button
      type="button"
      className={unstyled ? undefined : 'ae-button ae-button--small'}
      onClick={() => setRevealed(false)}
    >
      {labels.hide(name)}
    </button>
  ) : null

  if (isContainer(value)) {
    const count = Array.isArray(value) ? value.length : Object.keys(value).length
    const tooDeep = depth + 1 > ctx.limits.maxDepth
    return (
      <li
        className={modifierClass(unstyled, 'metadata', 'entry', ['branch', secret && 'secret'])}
        data-state={secret ? 'revealed' : undefined}
      >
        <button
          type="button"
          aria-expanded={open}
          className={cls('toggle')}
          onClick={() => setOpen(!open)}
          disabled={count === 0}
        >
          {keyLabel}
          <span className={cls('summary')}>
            {Array.isArray(value) ? '[ ]' : '{ }'} {labels.entries(count)}
          </span>
        </button>
        {hide}
        {open && count > 0 ? (
          tooDeep ? (
            <p className={cls('too-deep')}>{labels.tooDeep}</p>
          ) : (
            <Entries value={value} parentKey={name} depth={depth + 1} ctx={ctx} />
          )
        ) : null}
      </li>
    )
  }
  return (
    <li
      className={modifierClass(unstyled, 'metadata', 'entry', ['leaf', secret && 'secret'])}
      data-state={secret ? 'revealed' : undefined}
    >
      {keyLabel}
      <ScalarValue value={value} ctx={ctx} />
      {hide}
    </li>
  )
}

/** A scalar as text; long strings cut with "Show all" (bounded even then), invisible characters shown. */
export function ScalarValue({ value, ctx }: { value: unknown; ctx: Ctx }) {
  const { labels, limits, unstyled } = ctx
  const type = value === null ? 'null' : typeof value
  const text = typeof value === 'string' ? value : value === undefined ? 'undefined' : String(value)
  return (
    <span className={modifierClass(unstyled, 'metadata', 'value', [type])} data-type={type}>
      <UserText
        value={text}
        max={limits.maxString}
        expandable
        quoted={typeof value === 'string'}
        labels={{ showMore: labels.showAll, showLess: labels.showLess, omitted: labels.moreCharacters }}
        unstyled={unstyled}
      />
    </span>
  )
}
