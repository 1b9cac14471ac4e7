import type { ReadPost } from './readers/index.js'
import type { Fix, LintResult } from './types.js'

/** Kinds of fix: `structure` (safe: heading levels, emphasis) and `content` (adds medical text). */
export type FixType = 'structure' | 'content'
export const FIX_TYPES: readonly FixType[] = ['structure', 'content']

interface Edit {
  start: number
  end: number
  text: string
}

/** The fixes of a result that `types` allows: a message's own fix (structure), its first suggestion's (content). */
export function fixesOf(result: LintResult, types: ReadonlySet<FixType>): Fix[] {
  const out: Fix[] = []
  for (const m of result.messages) {
    if (m.fix && types.has('structure')) out.push(m.fix)
    else if (!m.fix && types.has('content')) {
      const suggested = m.suggestions?.find((s) => s.fix)?.fix
      if (suggested) out.push(suggested)
    }
  }
  return out
}

/**
 * Applies the fixes of linted posts to the text of the file they were read from. Edits are made
 * in place in the file's own syntax (JSON-escaped inside post JSON), so nothing else in the file
 * changes. Overlapping fixes after the first are left for a later pass. Returns the new text and
 * how many fixes were applied.
 */
export function applyFixes(text: string, posts: readonly ReadPost[], results: readonly LintResult[], types: ReadonlySet<FixType>): { text: string; applied: number } {
  const edits: Edit[] = []
  posts.forEach(({ post }, i) => {
    const result = results[i]
    const edit = post.source.edit
    if (!result || !edit) return
    for (const fix of fixesOf(result, types)) {
      const start = edit.offset(fix.field, fix.range[0])
      const end = edit.offset(fix.field, fix.range[1])
      if (start === undefined || end === undefined || end < start) continue
      edits.push({ start, end, text: edit.encode(fix.field, fix.text) })
    }
  })
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const chosen: Edit[] = []
  let last = -1
  for (const e of edits) {
    if (e.start < last) continue
    chosen.push(e)
    last = e.end
  }
  let out = ''
  let at = 0
  for (const e of chosen) {
    out += text.slice(at, e.start) + e.text
    at = e.end
  }
  out += text.slice(at)
  return { text: out, applied: chosen.length }
}
