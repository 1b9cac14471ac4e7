import { Analysis } from './analysis.js'
import type { AnyRule, ReportDescriptor } from './rule.js'
import type { ResolvedConfig } from './config/schema.js'
import type { ReaderNotice } from './readers/rest.js'
import type { FieldName, LintMessage, LintResult, Post, SeverityLevel, SeverityName } from './types.js'

const LEVEL: Record<Exclude<SeverityName, 'off'>, SeverityLevel> = { info: 0, warn: 1, error: 2 }

/** Runs the enabled rules over one post. Never throws for a rule's failure. */
export function lintPost(post: Post, config: ResolvedConfig, rules: readonly AnyRule[], notices: readonly ReaderNotice[] = []): LintResult {
  const messages: LintMessage[] = []
  for (const notice of notices) {
    messages.push(message(post, null, 1, notice.message, { field: notice.field }))
  }
  const analysis = new Analysis(post)
  for (const rule of rules) {
    const setting = config.rules[rule.id]
    if (!setting) continue
    const level = LEVEL[setting.severity]
    const report = (d: ReportDescriptor) => {
      messages.push(message(post, rule.id, level, d.message, d))
    }
    try {
      rule.check({ post, options: setting.options as never, settings: config.settings, analysis, report })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      const m = message(post, rule.id, 2, `Rule "${rule.id}" crashed: ${reason}`, { field: 'post' })
      m.fatal = true
      messages.push(m)
    }
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
  return toResult(post, messages)
}

export function toResult(post: Post, messages: LintMessage[]): LintResult {
  const result: LintResult = {
    filePath: post.source.path,
    index: post.source.index ?? 0,
    title: post.title,
    messages,
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fatalErrorCount: 0,
  }
  if (post.id !== undefined) result.postId = post.id
  if (post.source.collection) result.collection = true
  countMessages(result)
  return result
}

/** Recomputes a result's counts from its messages. */
export function countMessages(result: LintResult): void {
  result.errorCount = result.warningCount = result.infoCount = result.fatalErrorCount = 0
  for (const m of result.messages) {
    if (m.fatal) result.fatalErrorCount++
    if (m.severity === 2) result.errorCount++
    else if (m.severity === 1) result.warningCount++
    else result.infoCount++
  }
}

function message(post: Post, ruleId: string | null, severity: SeverityLevel, text: string, d: Partial<ReportDescriptor>): LintMessage {
  const field: FieldName = d.field ?? 'content'
  let offset = d.offset
  let endOffset = d.endOffset
  if (d.node?.position && field === 'content') {
    offset ??= d.node.position.start.offset
    endOffset ??= d.node.position.end.offset
  }
  if (d.atEnd && offset === undefined) {
    const html = field === 'content' ? post.contentHtml : field === 'excerpt' ? post.excerptHtml : field === 'title' ? post.titleHtml : ''
    offset = endOffset = html.trimEnd().length
  }
  const start = post.source.locate(field, offset)
  const m: LintMessage = { ruleId, severity, message: text, line: start.line, column: start.column, field }
  if (offset !== undefined) {
    m.offset = offset
    const endAt = endOffset ?? offset
    const end = post.source.locate(field, endAt)
    m.endLine = end.line
    m.endColumn = end.column
    m.endOffset = endAt
  }
  if (d.suggestions?.length) m.suggestions = d.suggestions
  if (d.fix) m.fix = d.fix
  return m
}
