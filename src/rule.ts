import type { Nodes } from 'hast'
import type { Analysis } from './analysis.js'
import type { FieldName, Fix, Point, Post, SeverityName, Suggestion, Term } from './types.js'
import type { Settings } from './config/schema.js'

export type RuleCategory = 'structure' | 'taxonomy' | 'medical' | 'trust' | 'readability' | 'seo' | 'site'

/** One option of a rule: its type, default and meaning. Validated when config is loaded. */
export type OptionSpec =
  | { type: 'boolean'; default: boolean; description: string }
  | { type: 'number'; default: number; description: string; min?: number; max?: number; integer?: boolean }
  | { type: 'string'; default: string; description: string; enum?: readonly string[] }
  | { type: 'string[]'; default: readonly string[]; description: string }
  | { type: 'number[]'; default: readonly number[]; description: string }
  /** A plain object (maps, lexicon extensions); `validate` checks its shape. */
  | { type: 'object'; default: Readonly<Record<string, unknown>>; description: string; validate?: (value: Record<string, unknown>) => string | undefined }

export type OptionSpecs = Record<string, OptionSpec>

/** The option values a rule's check receives: every option, defaults filled in. */
export type OptionValues<S extends OptionSpecs> = {
  [K in keyof S]: S[K] extends { type: 'boolean' }
    ? boolean
    : S[K] extends { type: 'number' }
      ? number
      : S[K] extends { type: 'string' }
        ? string
        : S[K] extends { type: 'string[]' }
          ? readonly string[]
          : S[K] extends { type: 'number[]' }
            ? readonly number[]
            : Readonly<Record<string, unknown>>
}

/** A worked example in a rule's docs. The docs-examples test lints each one. */
export interface RuleExample {
  /** Content HTML (becomes `content.rendered`). */
  html?: string
  /** Other REST post fields merged over the example base post (title, categories, `_embedded`…). */
  post?: Record<string, unknown>
  /** Rule options for this example. */
  options?: Record<string, unknown>
  /** Config settings for this example (locale…). */
  settings?: Partial<Settings>
  /** For site-wide rules: several posts linted together (each like `html` + `post`). */
  site?: readonly { html?: string; post?: Record<string, unknown> }[]
}

export interface RuleDocs {
  /** What the rule reports, in a sentence or two. */
  what: string
  /** Why it matters to readers or search. */
  why: string
  /** The standards or guidance it comes from. */
  sources: readonly string[]
  /** Examples that must be reported… */
  bad: readonly RuleExample[]
  /** …and real-looking good content that must not be. */
  good: readonly RuleExample[]
  /** Extra notes: measured accuracy, limits. */
  notes?: string
}

export interface ReportDescriptor {
  message: string
  /** A content node the finding is about (position taken from it). */
  node?: Nodes
  /** The field, when the finding is not about a content node (defaults to `content`). */
  field?: FieldName
  /** Offsets into the field's HTML source; without them the finding points at the field itself. */
  offset?: number
  endOffset?: number
  /** Point at the end of the content rather than its start (for "missing" findings). */
  atEnd?: boolean
  suggestions?: Suggestion[]
  fix?: Fix
  /** Lower the configured severity for this finding (never raises it): e.g. tag findings at warning level. */
  severity?: 'warn' | 'info'
}

export interface RuleContext<O> {
  post: Post
  options: O
  settings: Settings
  /** Shared, lazily computed analyses of the post (text, headings, sentences…). */
  analysis: Analysis
  report(descriptor: ReportDescriptor): void
}

export interface RuleDefinition<S extends OptionSpecs = OptionSpecs> {
  id: string
  description: string
  category: RuleCategory
  /** Severity when the rule is turned on without one, and in `medlint:all`. */
  severity: Exclude<SeverityName, 'off'>
  /** Severity in `medlint:recommended`, or false when the preset leaves it off. */
  recommended: Exclude<SeverityName, 'off'> | false
  /** Severity in `medlint:ymyl` (medical-safety and trust rules), when it differs from off. */
  ymyl?: Exclude<SeverityName, 'off'>
  options: S
  docs: RuleDocs
  /** The per-post check. Site-wide rules may have none. */
  check?(context: RuleContext<OptionValues<S>>): void
  /** Site-wide part: runs when several posts are linted together (see src/site.ts). */
  site?: SiteHooks<OptionValues<S>, any>
}

/** A post as site-wide rules see it after its own lint: small, so 50,000 of them fit in memory. */
export interface PostRef {
  /** Index of the post's result in the run. */
  result: number
  postId?: number
  title: string
  link: string
  slug: string
  filePath: string
  categories: readonly Term[]
  tags: readonly Term[]
  /** File positions of the fields site rules report on. */
  points: Partial<Record<FieldName, Point>>
}

export interface SiteReport {
  field: FieldName
  message: string
  /** Lower the configured severity for this finding. */
  severity?: 'warn' | 'info'
}

export interface SiteContext<O, F> {
  items: readonly { ref: PostRef; data: F }[]
  options: O
  settings: Settings
  report(ref: PostRef, report: SiteReport): void
}

export interface SiteHooks<O, F> {
  /** Runs on each post with the per-post context; returns what `finish` needs (keep it small). */
  collect(context: RuleContext<O>): F | undefined
  /** Runs once after every post is linted. */
  finish(context: SiteContext<O, F>): void
}

/** Declares a rule. Identity at run time; it exists for the types. */
export function defineRule<S extends OptionSpecs>(rule: RuleDefinition<S>): RuleDefinition<S> {
  return rule
}

export type AnyRule = RuleDefinition<any>
