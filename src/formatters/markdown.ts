import type { Formatter } from './types.js'
import type { LintMessage, LintResult } from '../types.js'
import { relativePath } from './paths.js'
import { ruleDocsUrl } from './urls.js'
import { plural, totals } from './common.js'

/**
 * A Markdown summary for a pull-request comment or an editor's email: totals, a per-post overview
 * when several posts were linted, then each post's findings with links to the rule docs.
 * GitHub caps a comment at 65,536 characters, so details stop (with a note) before that.
 */

/** Output stops adding post details past this many characters. */
export const MAX_MARKDOWN_CHARS = 60_000

const LABEL = ['ℹ️ info', '⚠️ warning', '❌ error'] as const

/**
 * Escapes text for a Markdown table cell or heading: HTML-like tags become code spans (so
 * "the <h4> heading" reads as written rather than rendering), Markdown punctuation is
 * backslash-escaped, and line breaks become `<br>`.
 */
export function mdText(value: string): string {
  const parts = value.split(/(<\/?[a-zA-Z][^<>\n]*>)/)
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return codeSpan(part)
      return part
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r?\n/g, '<br>')
    })
    .join('')
}

function codeSpan(text: string): string {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${fence === '``' ? ` ${text} ` : text}${fence}`.replace(/\|/g, '\\|')
}


export const markdown: Formatter = (results, context) => {
  const rel = (p: string) => relativePath(p, context.cwd)
  const { errors, warnings, infos } = totals(results)
  const withFindings = results.filter((r) => r.messages.length)
  const out: string[] = ['## medlint report', '']
  if (!results.length) {
    out.push('No posts were linted.', '')
    return out.join('\n')
  }
  const posts = plural(results.length, 'post')
  if (!withFindings.length) {
    out.push(`✅ No problems found in ${posts}.`, '')
    return out.join('\n')
  }
  out.push(
    `**${plural(errors, 'error')}**, **${plural(warnings, 'warning')}** and ${infos} info in ${posts} (${withFindings.length} with findings).`,
    '',
    '| | Errors | Warnings | Info |',
    '|---|---:|---:|---:|',
    `| Total | ${errors} | ${warnings} | ${infos} |`,
    '',
  )
  if (context.maxWarningsExceeded) {
    const { maxWarnings, foundWarnings } = context.maxWarningsExceeded
    out.push(`> **Too many warnings:** ${foundWarnings} found, the maximum is ${maxWarnings}.`, '')
  }
  if (results.length > 1) out.push(...overview(results, rel))

  const details: string[] = []
  let length = out.join('\n').length
  let shown = 0
  for (const result of withFindings) {
    const section = postSection(result, rel)
    const size = section.join('\n').length + 1
    if (length + size > MAX_MARKDOWN_CHARS) break
    details.push(...section)
    length += size
    shown++
  }
  out.push(...details)
  if (shown < withFindings.length) {
    out.push(`_${plural(withFindings.length - shown, 'more post')} with findings not shown here: run medlint with \`--format html\` or \`--format stylish\` for the full list._`, '')
  }
  return out.join('\n')
}

function postLabel(result: LintResult): string {
  return result.title ? `“${mdText(result.title)}”` : result.postId !== undefined ? `Post ${result.postId}` : 'Untitled post'
}

function where(result: LintResult, rel: (p: string) => string): string {
  const id = result.postId !== undefined ? ` (post ${result.postId})` : result.collection ? ` (item ${result.index})` : ''
  return `${codeSpan(rel(result.filePath))}${id}`
}

function overview(results: readonly LintResult[], rel: (p: string) => string): string[] {
  const rows = [...results].sort((a, b) => b.errorCount - a.errorCount || b.warningCount - a.warningCount || b.infoCount - a.infoCount)
  const out = ['### Posts', '', '| Post | File | Errors | Warnings | Info |', '|---|---|---:|---:|---:|']
  const limit = 50
  for (const r of rows.slice(0, limit)) {
    out.push(`| ${postLabel(r)} | ${where(r, rel)} | ${r.errorCount} | ${r.warningCount} | ${r.infoCount} |`)
  }
  if (rows.length > limit) out.push(`| _${plural(rows.length - limit, 'more post')}_ | | | | |`)
  out.push('')

  const byRule = new Map<string, { posts: Set<LintResult>; counts: [number, number, number] }>()
  for (const r of results) {
    for (const m of r.messages) {
      const id = m.ruleId ?? ''
      let row = byRule.get(id)
      if (!row) byRule.set(id, (row = { posts: new Set(), counts: [0, 0, 0] }))
      row.posts.add(r)
      row.counts[m.severity]++
    }
  }
  if (byRule.size) {
    out.push('### Rules', '', '| Rule | Posts | Errors | Warnings | Info |', '|---|---:|---:|---:|---:|')
    const sorted = [...byRule].sort((a, b) => b[1].posts.size - a[1].posts.size || a[0].localeCompare(b[0]))
    for (const [id, row] of sorted) {
      out.push(`| ${ruleLink(id)} | ${row.posts.size} | ${row.counts[2]} | ${row.counts[1]} | ${row.counts[0]} |`)
    }
    out.push('')
  }
  return out
}

function ruleLink(id: string | null): string {
  return id ? `[${mdText(id)}](${ruleDocsUrl(id)})` : '_input_'
}

function postSection(result: LintResult, rel: (p: string) => string): string[] {
  const counts = [
    result.errorCount ? plural(result.errorCount, 'error') : '',
    result.warningCount ? plural(result.warningCount, 'warning') : '',
    result.infoCount ? `${result.infoCount} info` : '',
  ].filter(Boolean)
  const out = [`### ${postLabel(result)}`, '', `${where(result, rel)}: ${counts.join(', ')}`, '']
  out.push('| Line | Severity | Finding | Rule |', '|---:|---|---|---|')
  for (const m of result.messages) out.push(row(m))
  out.push('')
  return out
}

function row(m: LintMessage): string {
  const severity = m.fatal ? '💥 crash' : LABEL[m.severity]
  const suggestions = m.suggestions?.length ? `<br>Suggestion: ${m.suggestions.map((s) => mdText(s.desc)).join('; ')}` : ''
  return `| ${m.line}:${m.column} | ${severity} | ${mdText(m.message)}${suggestions} | ${ruleLink(m.ruleId)} |`
}
