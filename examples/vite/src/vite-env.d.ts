/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `real`: use the backend at /api/studio; anything else: msw in the browser. */
  readonly VITE_EVENTS_BACKEND?: string
}
