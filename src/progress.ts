/**
 * A one-line progress display for long runs, on standard error: posts done, files done of
 * the total, and the rate. Only on a terminal, never in CI or when piped, and only once a run
 * has taken a moment (short runs print nothing).
 */
export interface Progress {
  update(posts: number, files: number): void
  done(): void
}

export function createProgress(stream: { write(s: string): unknown; isTTY?: boolean }, env: Record<string, string | undefined>, filesTotal: number): Progress {
  const enabled = !!stream.isTTY && !env['CI'] && env['TERM'] !== 'dumb'
  if (!enabled) return { update() {}, done() {} }
  const start = Date.now()
  let last = 0
  let shown = false
  return {
    update(posts, files) {
      const now = Date.now()
      if (now - start < 500 || now - last < 100) return
      last = now
      shown = true
      const rate = posts / ((now - start) / 1000)
      stream.write(`\r\u001b[2K  ${posts} posts, ${files}/${filesTotal} files, ${Math.round(rate)} posts/s`)
    },
    done() {
      if (shown) stream.write('\r\u001b[2K')
    },
  }
}
