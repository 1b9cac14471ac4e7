import { parse as parseJsonc, parseTree, findNodeAtLocation, printParseErrorCode } from 'jsonc-parser'
import type { Node as JsonNode, ParseError } from 'jsonc-parser'
import { inputError } from '../errors.js'
import { htmlToText, parseFragment } from '../html.js'
import { jsonStringMapper, lineIndex } from './positions.js'
import type { FieldName, Point, Post, SeoMeta, Term } from '../types.js'
import type { TaxonomyMap } from '../config/schema.js'

type Json = Record<string, unknown>

export interface ReadOptions {
  taxonomies?: TaxonomyMap | undefined
  /** Post types to read from exports (default `['post']`; `any` for all). */
  postTypes?: readonly string[] | undefined
}

/** A note a reader attaches to a post: something the input did not let it resolve. */
export interface ReaderNotice {
  field: FieldName
  message: string
}

export interface ReadPost {
  post: Post
  notices: ReaderNotice[]
}

/** Parses JSON text, turning a syntax error into one line with its line:column. */
export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const errors: ParseError[] = []
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
    const first = errors[0]
    const offset = first ? first.offset : text.length
    const { line, column } = lineIndex(text)(offset)
    const what = first ? describeJsonError(printParseErrorCode(first.error)) : String((error as Error).message)
    throw inputError(path, `invalid JSON at ${line}:${column}: ${what}`)
  }
}

function describeJsonError(code: string): string {
  // jsonc-parser names errors in PascalCase ("PropertyNameExpected"): make them read as words.
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** A REST comment has content.rendered too, but belongs to a post (`post`) and has `author_name`. */
function isComment(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const v = value as Json
  return v['type'] === 'comment' || (typeof v['post'] === 'number' && 'author_name' in v)
}

/** Whether a parsed JSON value looks like one WordPress REST API post object. */
export function isRestPost(value: unknown): value is Json {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const v = value as Json
  const content = v['content']
  if (content && typeof content === 'object') {
    const c = content as Json
    if (typeof c['rendered'] === 'string' || typeof c['raw'] === 'string') return true
  }
  return false
}

/**
 * Reads WordPress REST API JSON (`/wp/v2/posts/<id>` or the `/wp/v2/posts` array) into posts.
 * `value` is the parsed JSON; `text` the file's text, for positions.
 */
export function readRest(value: unknown, text: string | undefined, path: string, options: ReadOptions = {}): ReadPost[] {
  const doc = new JsonDocument(text)
  if (Array.isArray(value)) {
    if (value.length === 0) throw inputError(path, 'JSON array holds no posts')
    return value.map((item, index) => {
      if (isComment(item)) throw inputError(path, `item ${index} of the JSON array is a WordPress comment, not a post`)
      if (!isRestPost(item)) throw inputError(path, `item ${index} of the JSON array is not a WordPress post (no content.rendered)`)
      return readOne(item, doc, path, [index], options, index)
    })
  }
  if (value && typeof value === 'object') {
    const v = value as Json
    if (typeof v['code'] === 'string' && typeof v['message'] === 'string' && !('content' in v)) {
      throw inputError(path, `is a WordPress REST error response, not a post: ${v['code']}: ${htmlToText(v['message'] as string)}`)
    }
    if (isComment(v)) throw inputError(path, 'is a WordPress comment (/wp/v2/comments), not a post')
    if (isRestPost(v)) return [readOne(v, doc, path, [], options, 0)]
  }
  throw inputError(path, 'JSON is not a WordPress post: expected a REST API post object with content.rendered, or an array of them')
}

/** Lazily parsed JSON syntax tree, used only when a finding needs a file position. */
class JsonDocument {
  private tree: JsonNode | undefined
  private parsed = false
  readonly toPoint: (offset: number) => Point

  constructor(readonly text: string | undefined) {
    this.toPoint = lineIndex(text ?? '')
  }

  node(path: (string | number)[]): JsonNode | undefined {
    if (this.text === undefined) return undefined
    if (!this.parsed) {
      this.tree = parseTree(this.text)
      this.parsed = true
    }
    return this.tree ? findNodeAtLocation(this.tree, path) : undefined
  }
}

const FIELD_PATHS: Record<FieldName, (string | number)[][]> = {
  content: [['content', 'rendered'], ['content', 'raw']],
  title: [['title', 'rendered'], ['title', 'raw'], ['title']],
  excerpt: [['excerpt', 'rendered'], ['excerpt', 'raw']],
  slug: [['slug']],
  link: [['link']],
  status: [['status']],
  date: [['date_gmt'], ['date']],
  modified: [['modified_gmt'], ['modified']],
  author: [['author']],
  categories: [['categories'], ['class_list']],
  tags: [['tags'], ['class_list']],
  meta: [['yoast_head_json'], ['meta']],
  post: [[]],
}

function readOne(v: Json, doc: JsonDocument, path: string, base: (string | number)[], options: ReadOptions, index: number): ReadPost {
  const collection = base.length > 0
  const notices: ReaderNotice[] = []
  const contentHtml = str(field(v, 'content', 'rendered')) ?? str(field(v, 'content', 'raw')) ?? ''
  const titleHtml = str(field(v, 'title', 'rendered')) ?? str(field(v, 'title', 'raw')) ?? str(v['title']) ?? ''
  const excerptHtml = str(field(v, 'excerpt', 'rendered')) ?? str(field(v, 'excerpt', 'raw')) ?? ''
  const embedded = (v['_embedded'] ?? {}) as Json

  const mappers = new Map<FieldName, (offset: number) => number>()
  const fieldIndexes = new Map<FieldName, (offset: number) => Point>()
  const locate = (name: FieldName, offset?: number): Point => {
    if (doc.text === undefined) {
      // A post given as an object has no file: positions are inside the field's own HTML.
      if (offset === undefined) return { line: 1, column: 1 }
      let index = fieldIndexes.get(name)
      if (!index) {
        index = lineIndex(name === 'content' ? contentHtml : name === 'title' ? titleHtml : name === 'excerpt' ? excerptHtml : '')
        fieldIndexes.set(name, index)
      }
      return index(offset)
    }
    const node = fieldNode(name) ?? doc.node(base)
    if (!node) return { line: 1, column: 1 }
    if (offset === undefined || node.type !== 'string') return doc.toPoint(node.offset)
    let map = mappers.get(name)
    if (!map) {
      map = jsonStringMapper(doc.text!, node.offset)
      mappers.set(name, map)
    }
    return doc.toPoint(map(offset))
  }

  const fieldNode = (name: FieldName): JsonNode | undefined => {
    for (const p of FIELD_PATHS[name]) {
      const node = doc.node([...base, ...p])
      if (node) return node
    }
    return undefined
  }
  const edit =
    doc.text === undefined
      ? undefined
      : {
          offset(name: FieldName, offset: number): number | undefined {
            const node = fieldNode(name)
            if (!node || node.type !== 'string') return undefined
            let map = mappers.get(name)
            if (!map) {
              map = jsonStringMapper(doc.text!, node.offset)
              mappers.set(name, map)
            }
            return map(offset)
          },
          encode(name: FieldName, value: string): string {
            const node = fieldNode(name)
            const literal = node ? doc.text!.slice(node.offset, node.offset + node.length) : ''
            return encodeJsonString(value, literal)
          },
        }
  const categoryIds = ids(v['categories'])
  const tagIds = ids(v['tags'])
  const classList = Array.isArray(v['class_list'])
    ? (v['class_list'] as unknown[]).filter((c): c is string => typeof c === 'string')
    : typeof v['class_list'] === 'object' && v['class_list']
      ? Object.values(v['class_list'] as Json).filter((c): c is string => typeof c === 'string')
      : []
  const embeddedTerms = Array.isArray(embedded['wp:term']) ? (embedded['wp:term'] as unknown[]).flat() : []
  const categories = resolveTerms('category', categoryIds, embeddedTerms, classList, options.taxonomies?.categories, notices)
  const tags = resolveTerms('post_tag', tagIds, embeddedTerms, classList, options.taxonomies?.tags, notices)

  const authorEmbed = Array.isArray(embedded['author']) ? (embedded['author'][0] as Json | undefined) : undefined
  const authorId = typeof v['author'] === 'number' ? v['author'] : undefined
  const author =
    authorEmbed && typeof authorEmbed === 'object' && typeof authorEmbed['name'] === 'string'
      ? {
          ...(authorId !== undefined ? { id: authorId } : {}),
          name: authorEmbed['name'] as string,
          ...(typeof authorEmbed['slug'] === 'string' ? { slug: authorEmbed['slug'] } : {}),
          ...(typeof authorEmbed['description'] === 'string' ? { description: authorEmbed['description'] } : {}),
        }
      : authorId !== undefined
        ? { id: authorId }
        : undefined

  const post: Post = {
    type: str(v['type']) ?? 'post',
    title: htmlToText(titleHtml),
    titleHtml,
    slug: decodeSlug(str(v['slug']) ?? ''),
    link: str(v['link']) ?? '',
    status: str(v['status']) ?? 'publish',
    excerpt: htmlToText(excerptHtml),
    excerptHtml,
    contentHtml,
    content: parseFragment(contentHtml),
    categories,
    tags,
    categoryIds,
    tagIds,
    seo: readSeo(v),
    raw: v,
    source: { path, kind: doc.text === undefined ? 'object' : 'wp-rest', index, collection, locate, ...(edit ? { edit } : {}) },
  }
  if (typeof v['id'] === 'number') post.id = v['id']
  const date = gmt(v['date_gmt'], v['date'])
  if (date) post.date = date
  const modified = gmt(v['modified_gmt'], v['modified'])
  if (modified) post.modified = modified
  if (author) post.author = author
  return { post, notices }
}

/**
 * Writes `value` as the inside of a JSON string, in the style of an existing literal: `\/` when
 * it escapes slashes (as WordPress does), `\uXXXX` for non-ASCII when it has no raw non-ASCII.
 */
export function encodeJsonString(value: string, literal: string): string {
  const slashes = literal.includes('\\/')
  const asciiOnly = /\\u[0-9a-fA-F]{4}/.test(literal) && !/[^\x00-\x7f]/.test(literal)
  let out = JSON.stringify(value).slice(1, -1)
  if (slashes) out = out.replace(/\//g, '\\/')
  if (asciiOnly) out = out.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return out
}

function field(v: Json, a: string, b: string): unknown {
  const x = v[a]
  return x && typeof x === 'object' ? (x as Json)[b] : undefined
}

function str(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined
}

function ids(x: unknown): number[] {
  return Array.isArray(x) ? x.filter((n): n is number => typeof n === 'number') : []
}

/** GMT date in ISO 8601 with `Z`; the local date is used (as given) when no GMT date is present. */
function gmt(gmtValue: unknown, local: unknown): string | undefined {
  if (typeof gmtValue === 'string' && gmtValue && !gmtValue.startsWith('0000')) return /[zZ]|[+-]\d\d:?\d\d$/.test(gmtValue) ? gmtValue : `${gmtValue}Z`
  if (typeof local === 'string' && local && !local.startsWith('0000')) return local
  return undefined
}

export function decodeSlug(slug: string): string {
  if (!slug.includes('%')) return slug
  try {
    return decodeURIComponent(slug)
  } catch {
    return slug
  }
}

/** Turns a slug into a readable name ("back-pain" → "back pain") when only the slug is known. */
export function nameFromSlug(slug: string): string {
  return decodeSlug(slug).replace(/-+/g, ' ').trim()
}

function resolveTerms(
  taxonomy: 'category' | 'post_tag',
  termIds: number[],
  embeddedTerms: unknown[],
  classList: string[],
  configMap: Record<string, string | { name: string; slug?: string }> | undefined,
  notices: ReaderNotice[],
): Term[] {
  const fieldName: FieldName = taxonomy === 'category' ? 'categories' : 'tags'
  const prefix = taxonomy === 'category' ? 'category-' : 'tag-'
  const terms: Term[] = []
  const unresolved: number[] = []
  for (const id of termIds) {
    const e = embeddedTerms.find(
      (t): t is Json => !!t && typeof t === 'object' && (t as Json)['id'] === id && (t as Json)['taxonomy'] === taxonomy,
    )
    if (e && typeof e['name'] === 'string') {
      terms.push({ id, name: htmlToText(e['name']), slug: decodeSlug(str(e['slug']) ?? ''), from: 'embedded' })
      continue
    }
    const c = configMap?.[String(id)]
    if (c !== undefined) {
      const name = typeof c === 'string' ? c : c.name
      const slug = typeof c === 'string' ? slugify(c) : (c.slug ?? slugify(c.name))
      terms.push({ id, name, slug, from: 'config' })
      continue
    }
    unresolved.push(id)
  }
  if (unresolved.length === 0) return terms
  // class_list carries slugs but not ids: use those not already matched by a resolved term.
  const known = new Set(terms.map((t) => t.slug))
  const slugs = classList
    .filter((c) => c.startsWith(prefix))
    .map((c) => decodeSlug(c.slice(prefix.length)))
    .filter((s) => s && !known.has(s))
  for (const slug of slugs) {
    const term: Term = { slug, name: nameFromSlug(slug), from: 'class_list' }
    // Pair an id with a slug only when exactly one of each is left: the order of class_list
    // is not the order of the ids.
    if (unresolved.length === 1 && slugs.length === 1) term.id = unresolved[0]!
    terms.push(term)
  }
  const missing = unresolved.length - slugs.length
  if (missing <= 0) return terms
  const label = taxonomy === 'category' ? 'Category' : 'Tag'
  const hint = `fetch the post with \`?_embed\` or map the id under \`taxonomies.${fieldName}\` in config`
  if (slugs.length === 0) {
    for (const id of unresolved) {
      terms.push({ id, slug: '', name: '', from: 'unresolved' })
      notices.push({ field: fieldName, message: `${label} id ${id} could not be resolved to a name: ${hint}` })
    }
  } else {
    // Some ids were named by class_list, but which ones is unknown.
    for (let i = 0; i < missing; i++) terms.push({ slug: '', name: '', from: 'unresolved' })
    notices.push({
      field: fieldName,
      message: `${missing} of ${label.toLowerCase()} ids ${unresolved.join(', ')} could not be resolved to a name: ${hint}`,
    })
  }
  return terms
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}

function readSeo(v: Json): SeoMeta {
  const y = v['yoast_head_json']
  const meta = (v['meta'] && typeof v['meta'] === 'object' ? v['meta'] : {}) as Json
  const focus = str(meta['_yoast_wpseo_focuskw']) ?? str(meta['yoast_wpseo_focuskw'])
  if (y && typeof y === 'object') {
    const yj = y as Json
    const seo: SeoMeta = { from: 'yoast' }
    const title = str(yj['title'])
    if (title !== undefined) seo.title = htmlToText(title)
    const description = str(yj['description']) ?? str(meta['_yoast_wpseo_metadesc'])
    if (description !== undefined) seo.description = htmlToText(description)
    if (focus) seo.focusKeyphrase = focus
    const canonical = str(yj['canonical'])
    if (canonical) seo.canonical = canonical
    if (yj['schema'] !== undefined) seo.schema = yj['schema']
    return seo
  }
  const seo: SeoMeta = { from: 'none' }
  if (focus) seo.focusKeyphrase = focus
  const description = str(meta['_yoast_wpseo_metadesc'])
  if (description) {
    seo.description = htmlToText(description)
    seo.from = 'yoast'
  }
  return seo
}
