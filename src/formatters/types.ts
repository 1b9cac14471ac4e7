import type { AnyRule } from '../rule.js'
import type { LintResult } from '../types.js'
import type { SiteSummary } from '../session.js'

export interface FormatContext {
  /** Directory paths are shown relative to. */
  cwd: string
  /** Rule metadata (ids, descriptions, categories, docs), for formats that describe rules. */
  rules: readonly AnyRule[]
  /** Use ANSI colours (only the stylish format does). */
  color: boolean
  /** medlint's version. */
  version: string
  /** Totals over the run, when more than one post was linted. */
  summary?: SiteSummary
  /** Set when `--max-warnings` was exceeded. */
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number }
}

/** A formatter turns results into the text printed or written to a file. Pure: no I/O. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

/**
 * A formatter that writes its output result by result, so that a run kept on disk (a large
 * export) is never held in memory whole. Pure: `write` is the only output.
 */
export type StreamFormatter = (results: Iterable<LintResult>, context: FormatContext, write: (chunk: string) => void) => void
