import { ArraySink, lintPostForSite, runSiteRules } from './engine.js'
import type { EngineOptions, ResultSink, SiteEntry } from './engine.js'
import type { AnyRule } from './rule.js'
import type { ResolvedConfig } from './config/schema.js'
import type { ReadPost } from './readers/index.js'
import type { LintResult } from './types.js'

/** Totals over a run of many posts: what the CLI prints after the per-post results. */
export interface SiteSummary {
  posts: number
  files: number
  errorCount: number
  warningCount: number
  infoCount: number
  /** Findings per rule (ruleId `null` for reader notes is listed as "(reader)"). */
  rules: { ruleId: string; posts: number; errors: number; warnings: number; infos: number }[]
  /** The posts with the most errors, then warnings (at most 10). */
  worst: { filePath: string; postId?: number; title: string; errorCount: number; warningCount: number }[]
}

/**
 * One lint run: posts are added one at a time (so a streamed export never sits in memory whole),
 * then `finish` runs the site-wide rules over what the posts left for them.
 */
export class LintSession {
  private readonly siteEntries: SiteEntry[] = []
  private finished = false
  readonly sink: ResultSink

  constructor(
    readonly config: ResolvedConfig,
    readonly rules: readonly AnyRule[],
    readonly options: EngineOptions = {},
    sink?: ResultSink,
  ) {
    this.sink = sink ?? new ArraySink()
  }

  /** Results so far, when they are kept in memory (the default sink). */
  get results(): LintResult[] {
    if (!(this.sink instanceof ArraySink)) throw new Error('this session keeps its results in a store: read them from the store')
    return this.sink.results
  }

  /** How many posts have been linted. */
  get count(): number {
    return this.sink.length
  }

  /** Adds posts linted elsewhere (a worker thread, the cache), in order. */
  addLinted(unit: LintedUnit): void {
    const base = this.sink.length
    for (const r of unit.results) this.sink.push(r)
    for (const e of unit.site) this.siteEntries.push({ ...e, ref: { ...e.ref, result: e.ref.result + base } })
  }

  add({ post, notices }: ReadPost): LintResult {
    const { result, site } = lintPostForSite(post, this.config, this.rules, notices, this.options, this.sink.length)
    this.sink.push(result)
    if (site) this.siteEntries.push(site)
    return result
  }

  /** Runs the site-wide rules (when more than one post was linted). */
  finishSite(): void {
    if (!this.finished && this.sink.length > 1) runSiteRules(this.siteEntries, this.sink, this.config, this.rules)
    this.finished = true
    this.siteEntries.length = 0
  }

  /** Runs the site-wide rules and returns the results (in-memory sessions). */
  finish(): LintResult[] {
    this.finishSite()
    return this.results
  }
}

/**
 * The posts of one input (a file, a chunk of an export) linted on their own: their results and
 * what they leave for site-wide rules, numbered from 0. Plain data, so it can cross a worker
 * boundary or sit in the cache.
 */
export interface LintedUnit {
  results: LintResult[]
  site: SiteEntry[]
}

export function lintUnit(reads: Iterable<ReadPost>, config: ResolvedConfig, rules: readonly AnyRule[], options: EngineOptions = {}): LintedUnit {
  const unit: LintedUnit = { results: [], site: [] }
  for (const { post, notices } of reads) {
    const { result, site } = lintPostForSite(post, config, rules, notices, options, unit.results.length)
    unit.results.push(result)
    if (site) unit.site.push(site)
  }
  return unit
}

/** Totals over a run; one pass over the results, so it works on a store read from disk too. */
export function summarize(results: Iterable<LintResult>): SiteSummary {
  const rules = new Map<string, SiteSummary['rules'][number]>()
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  let posts = 0
  const files = new Set<string>()
  const worst: { r: SiteSummary['worst'][number]; key: number }[] = []
  for (const r of results) {
    posts++
    files.add(r.filePath)
    errorCount += r.errorCount
    warningCount += r.warningCount
    infoCount += r.infoCount
    const seen = new Set<string>()
    for (const m of r.messages) {
      const id = m.ruleId ?? '(reader)'
      let row = rules.get(id)
      if (!row) rules.set(id, (row = { ruleId: id, posts: 0, errors: 0, warnings: 0, infos: 0 }))
      if (!seen.has(id)) {
        seen.add(id)
        row.posts++
      }
      if (m.severity === 2) row.errors++
      else if (m.severity === 1) row.warnings++
      else row.infos++
    }
    if (r.errorCount + r.warningCount > 0) {
      const w: SiteSummary['worst'][number] = { filePath: r.filePath, title: r.title, errorCount: r.errorCount, warningCount: r.warningCount }
      if (r.postId !== undefined) w.postId = r.postId
      worst.push({ r: w, key: r.errorCount * 1e6 + r.warningCount })
      // Keep the list short while streaming: only the ten worst matter.
      if (worst.length > 40) {
        worst.sort((a, b) => b.key - a.key)
        worst.length = 10
      }
    }
  }
  worst.sort((a, b) => b.key - a.key)
  return {
    posts,
    files: files.size,
    errorCount,
    warningCount,
    infoCount,
    rules: [...rules.values()].sort((a, b) => b.posts - a.posts || a.ruleId.localeCompare(b.ruleId)),
    worst: worst.slice(0, 10).map((w) => w.r),
  }
}
