import { afterEach, describe, expect, it, vi } from 'vitest'
import { createProgress } from '../src/progress.js'

function stream(isTTY: boolean) {
  const out: string[] = []
  return { out, isTTY, write: (s: string) => out.push(s) }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('progress', () => {
  it('shows posts, files and rate on a terminal once a run takes a moment, and clears the line', () => {
    vi.useFakeTimers()
    vi.setSystemTime(0)
    const s = stream(true)
    const p = createProgress(s, {}, 10)
    p.update(5, 1)
    expect(s.out).toEqual([])
    vi.setSystemTime(1000)
    p.update(400, 4)
    expect(s.out).toEqual(['\r\u001b[2K  400 posts, 4/10 files, 400 posts/s'])
    p.done()
    expect(s.out[1]).toBe('\r\u001b[2K')
  })

  it('stays quiet when piped or in CI', () => {
    vi.useFakeTimers()
    vi.setSystemTime(0)
    const piped = stream(false)
    const ci = stream(true)
    const a = createProgress(piped, {}, 10)
    const b = createProgress(ci, { CI: 'true' }, 10)
    vi.setSystemTime(5000)
    a.update(1, 1)
    b.update(1, 1)
    a.done()
    b.done()
    expect(piped.out).toEqual([])
    expect(ci.out).toEqual([])
  })
})
