'use client'
import { useQuery } from '@tanstack/react-query'
import type { EventsClient } from '../api/clientTypes'
import { READY, readinessKey, type Readiness } from './readiness'

/** Subscribes to the not-ready flags of `client`'s backend (set by answers, never fetched). */
export function useReadiness(client: EventsClient): Readiness {
  const { data } = useQuery({
    queryKey: readinessKey(client.scope),
    queryFn: () => READY,
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  })
  return data ?? READY
}
