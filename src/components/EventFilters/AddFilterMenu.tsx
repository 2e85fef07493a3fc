'use client'
import { useEffect, useId, useRef, useState } from 'react'
import { Popover } from 'radix-ui'
import { clsx } from 'clsx'
import type { EventFilters } from '../../api/types'
import { partClass } from '../shared/classNames'
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
  const panelRef = useRef<HTMLDivElement>(null)
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
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger className={clsx(part('add'), !unstyled && 'ae-button')}>
        {labels.addFilter}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          className={clsx(root.className, part('menu'))}
          data-color-scheme={root['data-color-scheme']}
          aria-label={labels.addFilter}
          align="start"
          sideOffset={6}
          collisionPadding={8}
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
  )
}
