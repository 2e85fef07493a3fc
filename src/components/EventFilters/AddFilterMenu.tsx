'use client'
import { useEffect, useId, useRef, useState } from 'react'
import type { RefObject } from 'react'
import { clsx } from 'clsx'
import type { EventFilters } from '../../api/types'
import { partClass } from '../shared/classNames'
import * as Popover from '../shared/lazyPopover'
import { useRootProps } from '../shared/Root'
import type { EventFiltersLabels } from './labels'
import { RangeFilterPanel } from './RangeFilterPanel'
import { TypeFilterPanel } from './TypeFilterPanel'
import type { TypeGroup } from './typeOptions'

/** Props of {@link AddFilterMenu}. */
export interface AddFilterMenuProps {
  value: EventFilters
  onValueChange: (value: EventFilters) => void
  groups: TypeGroup[]
  timeZone: string | undefined
  labels: EventFiltersLabels
  unstyled?: boolean
}

type Panel = 'menu' | 'type' | 'range'

/**
 * "Add filter": a popover that first offers Event type or Timestamp, then shows that picker.
 * Type choices apply at once; a range applies with its button and closes the popover.
 *
 * Radix Popover is loaded on the way to the button (pointer or focus; see `lazyPopover`), so the
 * button is ours, in place from the first render: the popover is anchored to it (`virtualRef`)
 * and we do what `Popover.Trigger` did (toggle, ARIA state, focus back on close).
 */
export function AddFilterMenu({
  value,
  onValueChange,
  groups,
  timeZone,
  labels,
  unstyled,
}: AddFilterMenuProps) {
  const [open, setOpen] = useState(false)
  const [panel, setPanel] = useState<Panel>('menu')
  const headingId = useId()
  const contentId = useId()
  const panelRef = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  // A click or focus outside closes without pulling the focus back to the button.
  const leftOutside = useRef(false)
  const preload = () => void Popover.preloadPopover().catch(() => undefined)
  const root = useRootProps(unstyled, true)
  const part = (element: string) => partClass(unstyled, 'event-filters', element)

  // Moving between panels replaces the focused button: put focus on the new panel.
  useEffect(() => {
    if (open && panel !== 'menu') panelRef.current?.focus()
  }, [open, panel])

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (next) setPanel('menu')
  }

  return (
    <>
      <button
        ref={button}
        type="button"
        className={clsx(part('add'), !unstyled && 'ae-button')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? contentId : undefined}
        data-state={open ? 'open' : 'closed'}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => onOpenChange(!open)}
      >
        {labels.addFilter}
      </button>
      <Popover.Root open={open} onOpenChange={onOpenChange}>
        <Popover.Anchor virtualRef={button as RefObject<HTMLButtonElement>} />
        <Popover.Portal>
          <Popover.Content
            id={contentId}
            className={clsx(root.className, part('menu'))}
            data-color-scheme={root['data-color-scheme']}
            aria-label={labels.addFilter}
            align="start"
            sideOffset={6}
            collisionPadding={8}
            onInteractOutside={(event) => {
              // The button toggles by itself: pressing it is not a dismissal.
              if (button.current?.contains(event.target as Node)) event.preventDefault()
              else leftOutside.current = true
            }}
            onCloseAutoFocus={(event) => {
              event.preventDefault()
              if (!leftOutside.current) button.current?.focus()
              leftOutside.current = false
            }}
          >
            {panel === 'menu' ? (
              <div className={part('menu-items')}>
                <button type="button" className={part('menu-item')} onClick={() => setPanel('type')}>
                  {labels.eventType}
                </button>
                <button type="button" className={part('menu-item')} onClick={() => setPanel('range')}>
                  {labels.timestamp}
                </button>
              </div>
            ) : (
              <div
                ref={panelRef}
                role="group"
                aria-labelledby={headingId}
                tabIndex={-1}
                className={part('panel')}
              >
                <div className={part('panel-header')}>
                  <button type="button" className={part('back')} onClick={() => setPanel('menu')}>
                    {labels.back}
                  </button>
                  <p id={headingId} className={part('panel-title')}>
                    {panel === 'type' ? labels.eventType : labels.timestamp}
                  </p>
                </div>
                {panel === 'type' ? (
                  <TypeFilterPanel
                    value={value}
                    onValueChange={onValueChange}
                    groups={groups}
                    labels={labels}
                    unstyled={unstyled}
                  />
                ) : (
                  <RangeFilterPanel
                    value={value}
                    onValueChange={onValueChange}
                    onApplied={() => setOpen(false)}
                    timeZone={timeZone}
                    labels={labels}
                    unstyled={unstyled}
                  />
                )}
              </div>
            )}
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </>
  )
}
