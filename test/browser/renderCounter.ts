/**
 * Counts which components rendered in each React commit, by name, the way React DevTools does:
 * after a commit, walk the new fiber tree, descend only into subtrees React touched (a subtree
 * it bailed out of keeps the very same child fibers), and count every component fiber that
 * mounted or performed work. Used around the dashboard with `<Profiler onRender>`, whose
 * callback runs once per commit, when the new tree is current.
 */

// React's fiber tags and flag (stable since React 16; DevTools relies on the same numbers).
const FUNCTION_COMPONENT = 0
const CLASS_COMPONENT = 1
const FORWARD_REF = 11
const MEMO_COMPONENT = 14
const SIMPLE_MEMO_COMPONENT = 15
const PERFORMED_WORK = 0b1

type Fiber = {
  tag: number
  type: unknown
  flags: number
  child: Fiber | null
  sibling: Fiber | null
  alternate: Fiber | null
  stateNode: unknown
}

const COMPONENT_TAGS = new Set([
  FUNCTION_COMPONENT,
  CLASS_COMPONENT,
  FORWARD_REF,
  MEMO_COMPONENT,
  SIMPLE_MEMO_COMPONENT,
])

function nameOf(fiber: Fiber): string {
  const type = fiber.type as
    { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string } } | undefined
  return type?.displayName || type?.name || type?.render?.name || type?.type?.name || 'Anonymous'
}

/** Component name → how many of its instances rendered in one commit. */
export type RenderCounts = Map<string, number>

function walk(fiber: Fiber | null, counts: RenderCounts): void {
  for (let node = fiber; node; node = node.sibling) {
    const prev = node.alternate
    // Memo wrappers (tag 14) show their inner component as a separate fiber: count the inner one.
    if (
      COMPONENT_TAGS.has(node.tag) &&
      node.tag !== MEMO_COMPONENT &&
      (!prev || node.flags & PERFORMED_WORK)
    ) {
      const name = nameOf(node)
      counts.set(name, (counts.get(name) ?? 0) + 1)
    }
    // Same child fibers as before: React did not enter this subtree in this commit.
    if (!prev || node.child !== prev.child) walk(node.child, counts)
  }
}

/** The fiber root React keeps on the container element (`createRoot(container)`). */
function rootOf(container: Element): { current: Fiber } {
  const key = Object.keys(container).find((name) => name.startsWith('__reactContainer$'))
  if (!key) throw new Error('No React root on this container')
  const hostRoot = (container as unknown as Record<string, Fiber>)[key]!
  return hostRoot.stateNode as { current: Fiber }
}

/**
 * Records one {@link RenderCounts} per commit of the root rendered into `container`. Call
 * `onCommit` from a `<Profiler onRender>`; read `take()` to get (and clear) what was recorded.
 */
export function createRenderCounter(container: () => Element) {
  let commits: RenderCounts[] = []
  return {
    onCommit(): void {
      const counts: RenderCounts = new Map()
      walk(rootOf(container()).current.child, counts)
      commits.push(counts)
    },
    /** Everything rendered since the last `take`, summed over its commits. */
    take(): { commits: number; counts: RenderCounts; of: (name: string) => number; total: number } {
      const counts: RenderCounts = new Map()
      for (const commit of commits)
        for (const [name, n] of commit) counts.set(name, (counts.get(name) ?? 0) + n)
      const taken = commits.length
      commits = []
      let total = 0
      for (const n of counts.values()) total += n
      return { commits: taken, counts, of: (name) => counts.get(name) ?? 0, total }
    },
  }
}
