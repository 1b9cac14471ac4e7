import type { Root, Element, Nodes } from 'hast'

/** Severity as written in config files. */
export type SeverityName = 'off' | 'info' | 'warn' | 'error'
/** Severity as written in results: 2 error, 1 warning, 0 info (never counts towards the exit code). */
export type SeverityLevel = 0 | 1 | 2

/** The fields of a post a finding can point at. */
export type FieldName =
  | 'content'
  | 'title'
  | 'excerpt'
  | 'slug'
  | 'link'
  | 'status'
  | 'date'
  | 'modified'
  | 'author'
  | 'categories'
  | 'tags'
  | 'meta'
  | 'post'

export interface Term {
  /** WordPress term id, when the input gives it. */
  id?: number
  slug: string
  name: string
  /** Where the name came from. `unresolved` means only the id is known. */
  from: 'embedded' | 'class_list' | 'config' | 'wxr' | 'unresolved'
}

export interface Point {
  line: number
  column: number
}

/** Maps positions inside a post's fields back to the file the post was read from. */
export interface PostSource {
  /** Path (or name, for stdin) of the file the post came from. */
  path: string
  kind: 'wp-rest' | 'html' | 'wxr' | 'object'
  /** Index of the post inside an array or export file. */
  index?: number
  /** The file holds a collection of posts (a REST array or an export), even if only one. */
  collection?: boolean
  /**
   * File position of `offset` (UTF-16 code units into the field's HTML source, as the
   * post model holds it), or of the start of the field when `offset` is undefined.
   */
  locate(field: FieldName, offset?: number): Point
  /**
   * For fixes: where an offset into a field's HTML source lies in the file's text, and how text
   * is written into that field (JSON-escaped for post JSON). Absent when the input cannot be
   * edited in place (post objects, exports).
   */
  edit?: {
    offset(field: FieldName, offset: number): number | undefined
    encode(field: FieldName, text: string): string
  }
}

/** SEO metadata, from `yoast_head_json` when the REST response carries it. */
export interface SeoMeta {
  title?: string
  description?: string
  focusKeyphrase?: string
  canonical?: string
  /** schema.org graph, when present. */
  schema?: unknown
  /** `yoast` when read from Yoast's REST fields, `none` when the input has no SEO plugin data. */
  from: 'yoast' | 'none'
}

/** One post, whatever format it was read from. */
export interface Post {
  id?: number
  type: string
  /** Title as plain text, entities decoded. */
  title: string
  /** Title as the HTML source holds it (`title.rendered`). */
  titleHtml: string
  slug: string
  link: string
  status: string
  /** Publish date in GMT, ISO 8601 with a `Z`, when known. */
  date?: string
  /** Last modified date in GMT, ISO 8601 with a `Z`, when known. */
  modified?: string
  author?: { id?: number; name?: string; slug?: string; description?: string }
  /** Excerpt as plain text, entities decoded. */
  excerpt: string
  excerptHtml: string
  /** Content HTML source (`content.rendered`, `content:encoded`, or the HTML file's body). */
  contentHtml: string
  /** Content parsed with rehype-parse, positions relative to `contentHtml`. */
  content: Root
  categories: Term[]
  tags: Term[]
  /** Category ids as the input lists them (REST `categories`), resolved or not. */
  categoryIds: number[]
  tagIds: number[]
  seo: SeoMeta
  /**
   * The first `<h1>` of the content is the post's title (HTML input without a separate title),
   * so rules treat it as the title, not as a heading the theme's title would duplicate.
   */
  titleInContent?: boolean
  /** The raw input object for REST posts (read-only; rules may look at extra fields). */
  raw?: Readonly<Record<string, unknown>>
  source: PostSource
}

export interface Suggestion {
  /** What the suggestion does, e.g. "Add a disclaimer at the end of the content". */
  desc: string
  /** Text to insert or replace in the field's HTML source. */
  fix?: Fix
}

export interface Fix {
  field: FieldName
  /** Offsets into the field's HTML source (end exclusive). */
  range: [number, number]
  text: string
}

/** A finding, as results and the JSON format carry it (ESLint-compatible plus `field`). */
export interface LintMessage {
  ruleId: string | null
  severity: SeverityLevel
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  field: FieldName
  /** Set when the message reports a failure of medlint itself (a rule crash). */
  fatal?: true
  /** Offsets into the field's HTML source, when the finding is inside it. */
  offset?: number
  endOffset?: number
  suggestions?: Suggestion[]
  fix?: Fix
}

/** A finding an inline directive suppressed (kept for JSON and SARIF, as ESLint does). */
export interface SuppressedMessage extends LintMessage {
  suppressions: { kind: 'inSource'; justification?: string }[]
}

export interface LintResult {
  filePath: string
  /** Set for posts read from an array or an export file. */
  postId?: number
  /** Position of the post in its file (0 for single-post files). */
  index: number
  /** The post was read from an array of posts or an export file. */
  collection?: boolean
  title: string
  /**
   * The post's content and title, for formats that render the post (the HTML report).
   * Formats that print results as data (JSON, SARIF) leave it out.
   */
  source?: { contentHtml: string; title: string; link?: string }
  messages: LintMessage[]
  /** Findings suppressed by `medlint-disable` comments. */
  suppressedMessages?: SuppressedMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  fatalErrorCount: number
}

export type { Root, Element, Nodes }
