import type { ReactElement } from 'react'
import type { IconKey } from '../../api/catalogue/catalogue'

// Stroke icons on a 24 × 24 grid, drawn for this library. One per catalogue icon key.
const person = <circle cx="12" cy="8" r="3.5" />
const shoulders = <path d="M5 20c0-3.9 3.1-6.5 7-6.5s7 2.6 7 6.5" />
const door = <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4" />
const shield = <path d="M12 3l7 3v5c0 4.6-3 8.3-7 10-4-1.7-7-5.4-7-10V6z" />

/** The drawing of each icon key (children of an `<svg viewBox="0 0 24 24">`). */
export const ICON_PATHS = {
  user: (
    <>
      {person}
      {shoulders}
    </>
  ),
  session: (
    <>
      <rect x="3" y="5" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 17v3" />
    </>
  ),
  password: (
    <>
      <rect x="4" y="10" width="16" height="10" rx="2" />
      <path d="M8 10V7a4 4 0 0 1 8 0v3" />
    </>
  ),
  two_factor: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M10 8h4M10 12h4M11 18h2" />
    </>
  ),
  oauth: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M3.5 12h17M12 3.5c2.5 2.6 3.5 5.4 3.5 8.5s-1 5.9-3.5 8.5c-2.5-2.6-3.5-5.4-3.5-8.5s1-5.9 3.5-8.5z" />
    </>
  ),
  organization: (
    <>
      <path d="M4 21V5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v16M15 9h4a1 1 0 0 1 1 1v11M3 21h18" />
      <path d="M8 8h3M8 12h3M8 16h3" />
    </>
  ),
  member: (
    <>
      <circle cx="9" cy="8" r="3" />
      <path d="M3 19c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5" />
      <path d="M16 5.5a3 3 0 0 1 0 5.5M18 13.8c1.8.8 3 2.6 3 5.2" />
    </>
  ),
  team: (
    <>
      <circle cx="12" cy="7" r="2.5" />
      <circle cx="5.5" cy="10" r="2" />
      <circle cx="18.5" cy="10" r="2" />
      <path d="M7.5 19c0-2.8 2-4.8 4.5-4.8s4.5 2 4.5 4.8M2.5 18c0-2 1.3-3.5 3-3.5M21.5 18c0-2-1.3-3.5-3-3.5" />
    </>
  ),
  invitation: (
    <>
      <rect x="3" y="6" width="18" height="13" rx="2" />
      <path d="M3.5 7l8.5 6.5L20.5 7" />
    </>
  ),
  phone_number: (
    <path d="M5 4h3.5l1.5 4-2 1.5a11 11 0 0 0 6.5 6.5l1.5-2 4 1.5V19a1 1 0 0 1-1 1C10.8 20 4 13.2 4 5a1 1 0 0 1 1-1z" />
  ),
  security: (
    <>
      {shield}
      <path d="M9 12l2 2 4-4" />
    </>
  ),
  admin: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
    </>
  ),
  other: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M8 12h.01M12 12h.01M16 12h.01" />
    </>
  ),
  'sign-in': (
    <>
      {door}
      <path d="M3 12h11M10 8l4 4-4 4" />
    </>
  ),
  'sign-out': (
    <>
      <path d="M10 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h4" />
      <path d="M9 12h11M16 8l4 4-4 4" />
    </>
  ),
  'sign-up': (
    <>
      <circle cx="10" cy="8" r="3.5" />
      <path d="M3 20c0-3.9 3.1-6.5 7-6.5 1.2 0 2.3.2 3.2.7M18 14v6M15 17h6" />
    </>
  ),
  key: (
    <>
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l8-8M16 7l2.5 2.5M14 9l2 2" />
    </>
  ),
  shield,
  ban: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M6 6l12 12" />
    </>
  ),
  unban: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M8 12l3 3 5-6" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3.5 6l8.5 7 8.5-7" />
    </>
  ),
  alert: (
    <>
      <path d="M12 3.5l9.5 16.5h-19z" />
      <path d="M12 10v4.5M12 17.5h.01" />
    </>
  ),
  trash: (
    <>
      <path d="M4 7h16M9 7V4.5h6V7M6 7l1 13h10l1-13" />
      <path d="M10 11v6M14 11v6" />
    </>
  ),
  edit: <path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" />,
  link: (
    <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
  ),
  unlink: (
    <>
      <path d="M15.5 13.5l3-3a4 4 0 0 0-5.7-5.7l-1.3 1.3M8.5 10.5l-3 3a4 4 0 0 0 5.7 5.7l1.3-1.3" />
      <path d="M4 4l16 16" />
    </>
  ),
  eye: (
    <>
      <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  phone: (
    <>
      <rect x="7" y="2.5" width="10" height="19" rx="2" />
      <path d="M11 18h2" />
    </>
  ),
} satisfies Record<IconKey, ReactElement>
