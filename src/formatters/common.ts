import type { LintResult } from '../types.js'
import type { FormatContext, StreamFormatter } from './types.js'

/** "1 error", "2 errors". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Error, warning and info counts over results. */
export function totals(results: readonly LintResult[]): { errors: number; warnings: number; infos: number } {
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const r of results) {
    errors += r.errorCount
    warnings += r.warningCount
    infos += r.infoCount
  }
  return { errors, warnings, infos }
}

/** Runs a streaming formatter and returns what it wrote, as one string. */
export function collect(format: StreamFormatter, results: Iterable<LintResult>, context: FormatContext): string {
  const chunks: string[] = []
  format(results, context, (chunk) => chunks.push(chunk))
  return chunks.join('')
}
