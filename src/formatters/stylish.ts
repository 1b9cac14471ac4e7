import type { Formatter } from './types.js'
import type { LintResult } from '../types.js'
import { relativePath } from './paths.js'
import { plural, totals } from './common.js'
import type { SiteSummary } from '../session.js'

const ANSI = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const
type Style = keyof typeof ANSI

const LABEL = ['info', 'warning', 'error'] as const

/** Human-readable output grouped by file (and post), as ESLint's stylish: `line:col  severity  message  rule-id`. */
export const stylish: Formatter = (results, context) => {
  const paint = (style: Style, text: string) => (context.color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text)
  const out: string[] = []
  const { errors, warnings, infos } = totals(results)
  const multi = new Map<string, number>()
  for (const r of results) multi.set(r.filePath, (multi.get(r.filePath) ?? 0) + 1)
  for (const result of results) {
    if (!result.messages.length) continue
    out.push('', paint('underline', heading(result, relativePath(result.filePath, context.cwd), (multi.get(result.filePath) ?? 0) > 1)))
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.severity === 2 ? paint('red', LABEL[2]) : m.severity === 1 ? paint('yellow', LABEL[1]) : paint('blue', LABEL[0]),
      m.message,
      paint('dim', m.ruleId ?? ''),
    ])
    const width = (i: number) => Math.max(...result.messages.map((m) => (i === 0 ? `${m.line}:${m.column}`.length : LABEL[m.severity].length)))
    const w0 = width(0)
    const w1 = width(1)
    for (const [pos, sev, msg, rule] of rows) {
      const sevPlain = sev!.replace(/\u001b\[\d+m/g, '')
      out.push(`  ${paint('dim', pos!.padEnd(w0))}  ${sev}${' '.repeat(w1 - sevPlain.length)}  ${msg}  ${rule}`)
    }
  }
  const total = errors + warnings + infos
  if (total === 0) return ''
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')]
  if (infos) parts.push(`${infos} info`)
  const summary = `${errors ? '✖' : '⚠'} ${plural(total, 'problem')} (${parts.join(', ')})`
  out.push('', paint('bold', errors ? paint('red', summary) : paint('yellow', summary)))
  if (context.summary) out.push(...siteSummary(context.summary, relativeTo(context.cwd), paint))
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded
    out.push(paint('red', `medlint found too many warnings (maximum: ${maxWarnings}, found: ${foundWarnings}).`))
  }
  return `${out.join('\n')}\n`
}

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

function heading(result: LintResult, path: string, manyInFile: boolean): string {
  if (!manyInFile && result.postId === undefined) return path
  if (!manyInFile) return `${path} (post ${result.postId})`
  const id = result.postId !== undefined ? `post ${result.postId}` : `item ${result.index}`
  return `${path} › ${id}${result.title ? ` “${result.title}”` : ''}`
}
