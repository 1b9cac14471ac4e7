import { Analysis } from './analysis.js'
import { applyDirectives } from './directives.js'
import type { AnyRule, PostRef, ReportDescriptor, SiteContext } from './rule.js'
import type { ResolvedConfig } from './config/schema.js'
import type { ReaderNotice } from './readers/rest.js'
import type { FieldName, LintMessage, LintResult, Post, SeverityLevel, SeverityName, Term } from './types.js'
import { ownString } from './text.js'

const LEVEL: Record<Exclude<SeverityName, 'off'>, SeverityLevel> = { info: 0, warn: 1, error: 2 }

/** Severity of a finding: the configured one, lowered (never raised) by the report. */
function level(configured: Exclude<SeverityName, 'off'>, lowered: 'warn' | 'info' | undefined): SeverityLevel {
  const base = LEVEL[configured]
  return lowered ? (Math.min(base, LEVEL[lowered]) as SeverityLevel) : base
}

export interface EngineOptions {
  /** Honour `<!-- medlint-disable … -->` comments in the content (default true). */
  inlineConfig?: boolean
  /** Keep each post's content HTML in its result (`result.source`), for the HTML report. */
  keepSource?: boolean
  /** Collect data for site-wide rules (default true; off when a run is known to be one post). */
  site?: boolean
}

/** What one post's lint leaves for the site-wide rules. */
export interface SiteEntry {
  ref: PostRef
  /** Per rule id: what the rule's `site.collect` returned. */
  data: Record<string, unknown>
}

/**
 * Runs the enabled rules over one post, never throwing for a rule's failure, and collects the data
 * site-wide rules need (`resultIndex` is the post's place in the run; -1 collects none).
 */
export function lintPostForSite(
  post: Post,
  config: ResolvedConfig,
  rules: readonly AnyRule[],
  notices: readonly ReaderNotice[],
  options: EngineOptions,
  resultIndex: number,
): { result: LintResult; site: SiteEntry | undefined } {
  const messages: LintMessage[] = []
  for (const notice of notices) {
    messages.push(message(post, null, 1, notice.message, { field: notice.field }))
  }
  const analysis = new Analysis(post)
  const siteData: Record<string, unknown> = {}
  let hasSite = false
  for (const rule of rules) {
    const setting = config.rules[rule.id]
    if (!setting) continue
    const report = (d: ReportDescriptor) => {
      messages.push(message(post, rule.id, level(setting.severity, d.severity), d.message, d))
    }
    const context = { post, options: setting.options as never, settings: config.settings, analysis, report }
    try {
      rule.check?.(context)
      if (rule.site && resultIndex >= 0 && options.site !== false) {
        const data = rule.site.collect(context)
        if (data !== undefined) {
          // Kept until the end of the run: a clone holds no slices of the post's text.
          siteData[rule.id] = structuredClone(data)
          hasSite = true
        }
      }
    } catch (error) {
      messages.push(crash(post, rule.id, error))
    }
  }
  const ruleIds = new Set(rules.map((r) => r.id))
  const { kept, suppressed } = options.inlineConfig === false ? { kept: messages, suppressed: [] } : applyDirectives(post, messages, ruleIds, (m, d) => message(post, null, 1, m, d))
  kept.sort(byPosition)
  const result = toResult(post, kept, options.keepSource)
  if (suppressed.length) result.suppressedMessages = suppressed
  const site = hasSite ? { ref: postRef(post, resultIndex), data: siteData } : undefined
  return { result, site }
}

function crash(post: Post, ruleId: string, error: unknown): LintMessage {
  const reason = error instanceof Error ? error.message : String(error)
  const m = message(post, ruleId, 2, `Rule "${ruleId}" crashed: ${reason}`, { field: 'post' })
  m.fatal = true
  return m
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '')
}

/** Terms with strings of their own (see ownString). */
function ownTerms(terms: readonly Term[]): Term[] {
  return terms.map((t) => ({ ...t, slug: ownString(t.slug), name: ownString(t.name) }))
}

function postRef(post: Post, result: number): PostRef {
  // Everything here lives until the end of the run: no string may keep the input's text alive.
  const ref: PostRef = {
    result,
    title: ownString(post.title),
    link: ownString(post.link),
    slug: ownString(post.slug),
    filePath: post.source.path,
    categories: ownTerms(post.categories),
    tags: ownTerms(post.tags),
    points: {
      post: post.source.locate('post'),
      title: post.source.locate('title'),
      categories: post.source.locate('categories'),
      tags: post.source.locate('tags'),
      content: post.source.locate('content'),
    },
  }
  if (post.id !== undefined) ref.postId = post.id
  return ref
}

/**
 * Where a run's results go: an array in memory (`ArraySink`), or a store that spills finished
 * results to disk so that an export of 50,000 posts does not sit in memory (src/store.ts).
 */
export interface ResultSink {
  readonly length: number
  push(result: LintResult): void
  /** Adds a finding to an earlier result (site-wide rules report after every post is done). */
  addMessage(index: number, message: LintMessage): void
}

/** Inserts a message in position order and recounts: how findings are added to a finished result. */
export function addMessageTo(result: LintResult, message: LintMessage): void {
  const messages = result.messages
  let i = messages.length
  while (i > 0 && byPosition(messages[i - 1]!, message) > 0) i--
  messages.splice(i, 0, message)
  countMessages(result)
}

/** Results kept in an array: the default for libraries and small runs. */
export class ArraySink implements ResultSink {
  readonly results: LintResult[] = []
  get length(): number {
    return this.results.length
  }
  push(result: LintResult): void {
    this.results.push(result)
  }
  addMessage(index: number, message: LintMessage): void {
    const result = this.results[index]
    if (result) addMessageTo(result, message)
  }
}

/**
 * Runs the site-wide rules over the entries collected from a run's posts, adding their findings
 * to the results in `sink` (indexed by each entry's `ref.result`).
 */
export function runSiteRules(entries: readonly SiteEntry[], sink: ResultSink, config: ResolvedConfig, rules: readonly AnyRule[]): void {
  for (const rule of rules) {
    const setting = config.rules[rule.id]
    if (!setting || !rule.site) continue
    const items = entries.filter((e) => e.data[rule.id] !== undefined).map((e) => ({ ref: e.ref, data: e.data[rule.id] }))
    const context: SiteContext<never, unknown> = {
      items,
      options: setting.options as never,
      settings: config.settings,
      report(ref, r) {
        const at = ref.points[r.field] ?? ref.points.post ?? { line: 1, column: 1 }
        sink.addMessage(ref.result, { ruleId: rule.id, severity: level(setting.severity, r.severity), message: r.message, line: at.line, column: at.column, field: r.field })
      },
    }
    try {
      rule.site.finish(context)
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      sink.addMessage(0, { ruleId: rule.id, severity: 2, message: `Rule "${rule.id}" crashed: ${reason}`, line: 1, column: 1, field: 'post', fatal: true })
    }
  }
}

export function toResult(post: Post, messages: LintMessage[], keepSource = false): LintResult {
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
  if (keepSource) result.source = { contentHtml: post.contentHtml, title: post.title, ...(post.link ? { link: post.link } : {}) }
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
