import type { Formatter, StreamFormatter } from './types.js'
import type { LintResult } from '../types.js'
import { relativePath } from './paths.js'
import { collect, plural } from './common.js'
import type { SiteSummary } from '../session.js'

const ANSI = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const
type Style = keyof typeof ANSI

const LABEL = ['info', 'warning', 'error'] as const

/**
 * Human-readable output grouped by file (and post), as ESLint's stylish:
 * `line:col  severity  message  rule-id`. Written result by result, so it streams.
 */
export const stylishStream: StreamFormatter = (results, context, write) => {
  const paint = (style: Style, text: string) => (context.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text)
  const line = (text: string) => write(`${text}\n`)
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const result of results) {
    errors += result.errorCount
    warnings += result.warningCount
    infos += result.infoCount
    if (!result.messages.length) continue
    line('')
    line(paint('underline', heading(result, relativePath(result.filePath, context.cwd))))
    const w0 = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length))
    const w1 = Math.max(...result.messages.map((m) => LABEL[m.severity].length))
    for (const m of result.messages) {
      const label = LABEL[m.severity]
      const sev = m.severity === 2 ? paint('red', label) : m.severity === 1 ? paint('yellow', label) : paint('blue', label)
      line(`  ${paint('dim', `${m.line}:${m.column}`.padEnd(w0))}  ${sev}${' '.repeat(w1 - label.length)}  ${m.message}  ${paint('dim', m.ruleId ?? '')}`)
    }
  }
  const total = errors + warnings + infos
  if (total === 0) return
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')]
  if (infos) parts.push(`${infos} info`)
  const summary = `${errors ? '✖' : '⚠'} ${plural(total, 'problem')} (${parts.join(', ')})`
  line('')
  line(paint('bold', errors ? paint('red', summary) : paint('yellow', summary)))
  if (context.summary) for (const l of siteSummary(context.summary, relativeTo(context.cwd), paint)) line(l)
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded
    line(paint('red', `medlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings}).`))
  }
}

export const stylish: Formatter = (results, context) => collect(stylishStream, results, context)

function relativeTo(cwd: string) {
  return (p: string) => relativePath(p, cwd)
}

/** The totals printed after the findings of a run of several posts. */
function siteSummary(summary: SiteSummary, rel: (p: string) => string, paint: (style: Style, text: string) => string): string[] {
  const out = ['', paint('bold', `${summary.posts} posts in ${summary.files} file${summary.files === 1 ? '' : 's'}`)]
  if (summary.rules.length) {
    out.push('', paint('underline', 'Findings per rule'))
    const width = Math.max(...summary.rules.map((r) => r.ruleId.length))
    for (const r of summary.rules) {
      const counts = [r.errors && plural(r.errors, 'error'), r.warnings && plural(r.warnings, 'warning'), r.infos && `${r.infos} info`].filter(Boolean).join(', ')
      out.push(`  ${r.ruleId.padEnd(width)}  ${String(r.posts).padStart(5)} post${r.posts === 1 ? ' ' : 's'}  ${counts}`)
    }
  }
  if (summary.worst.length) {
    out.push('', paint('underline', 'Posts with the most problems'))
    for (const w of summary.worst.slice(0, 5)) {
      out.push(`  ${plural(w.errorCount, "error")}, ${plural(w.warningCount, "warning")}  ${rel(w.filePath)}${w.postId !== undefined ? ` › post ${w.postId}` : ''}${w.title ? ` “${w.title}”` : ''}`)
    }
  }
  return out
}

function heading(result: LintResult, path: string): string {
  if (!result.collection) return result.postId === undefined ? path : `${path} (post ${result.postId})`
  const id = result.postId !== undefined ? `post ${result.postId}` : `item ${result.index}`
  return `${path} › ${id}${result.title ? ` “${result.title}”` : ''}`
}
