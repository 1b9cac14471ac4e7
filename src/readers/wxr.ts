import { SaxesParser } from 'saxes'
import type { SaxesTagNS } from 'saxes'
import type { Element, ElementContent, Root, RootContent, Text } from 'hast'
import { inputError } from '../errors.js'
import { htmlToText, parseFragment } from '../html.js'
import { lineIndex } from './positions.js'
import { decodeSlug, slugify } from './rest.js'
import type { ReadOptions, ReadPost, ReaderNotice } from './rest.js'
import type { FieldName, Point, Post, SeoMeta, Term } from '../types.js'

/**
 * Reader for WordPress eXtended RSS exports (WXR 1.0–1.2, `Tools → Export`), built on the
 * streaming XML parser saxes. Posts are emitted as each `</item>` closes; only the current
 * item's raw text is kept, so memory stays flat however large the export is. Positions point
 * into the export file: each field records where its text starts, and offsets inside the
 * field are mapped through CDATA splits (`]]]]><![CDATA[>`), character references and CRLF.
 */

export type WxrOptions = ReadOptions

/** Reads a whole WXR export held in memory. */
export function readWxrText(text: string, path: string, options: WxrOptions = {}): ReadPost[] {
  const reader = new WxrReader(path, options)
  const out: ReadPost[] = []
  // Feed the parser in slices, so the raw window it keeps stays small.
  const SLICE = 1 << 16
  for (let i = 0; i < text.length; i += SLICE) {
    reader.write(text.slice(i, i + SLICE))
    out.push(...reader.take())
  }
  reader.end()
  out.push(...reader.take())
  reader.checkFound()
  return out
}

/**
 * Reads a WXR export from a stream of text chunks, calling `onPost` for each post as soon as its
 * `</item>` closes (awaiting it, so a slow consumer holds the reading back). Earlier posts are
 * not kept. Rejects with a `MedlintError` naming line:column for malformed XML.
 */
export async function streamWxr(
  source: AsyncIterable<string>,
  path: string,
  options: WxrOptions,
  onPost: (post: ReadPost) => void | Promise<void>,
): Promise<{ posts: number }> {
  const reader = new WxrReader(path, options)
  for await (const chunk of source) {
    reader.write(chunk)
    for (const post of reader.take()) await onPost(post)
  }
  reader.end()
  for (const post of reader.take()) await onPost(post)
  reader.checkFound()
  return { posts: reader.posts }
}

// ---------------------------------------------------------------------------------------------
// Namespaces

type Ns = 'rss' | 'wp' | 'excerpt' | 'content' | 'dc' | 'other'

const CONTENT_URI = /^https?:\/\/purl\.org\/rss\/1\.0\/modules\/content\/?$/
const DC_URI = /^https?:\/\/purl\.org\/dc\/elements\/1\.1\/?$/
const WP_URI = /^https?:\/\/(?:www\.)?wordpress\.org\/export\/\d+\.\d+\/?$/
const EXCERPT_URI = /^https?:\/\/(?:www\.)?wordpress\.org\/export\/\d+\.\d+\/excerpt\/?$/
const KNOWN_PREFIXES = new Set<Ns>(['wp', 'excerpt', 'content', 'dc'])

function namespaceOf(tag: SaxesTagNS, unbound: boolean): Ns {
  if (unbound) return KNOWN_PREFIXES.has(tag.prefix as Ns) ? (tag.prefix as Ns) : 'other'
  const uri = tag.uri
  if (!uri) return 'rss'
  if (WP_URI.test(uri)) return 'wp'
  if (EXCERPT_URI.test(uri)) return 'excerpt'
  if (CONTENT_URI.test(uri)) return 'content'
  if (DC_URI.test(uri)) return 'dc'
  return 'other'
}

// ---------------------------------------------------------------------------------------------
// The raw text window: the part of the file still needed for positions, with the line:column
// of its start, so no earlier text has to be kept.

class RawWindow {
  private buf = ''
  /** Absolute offset of `buf[0]` in the file. */
  private base = 0
  private baseLine = 1
  private baseColumn = 1
  /** A point known to be at absolute offset `cursor` (moves forward as fields are located). */
  private cursor = 0
  private cursorLine = 1
  private cursorColumn = 1

  append(chunk: string): void {
    this.buf += chunk
  }

  get end(): number {
    return this.base + this.buf.length
  }

  /** Absolute offset of the last `needle` starting at or before absolute `at`, or -1. */
  lastIndexOf(needle: string, at: number): number {
    const i = this.buf.lastIndexOf(needle, at - this.base)
    return i < 0 ? -1 : i + this.base
  }

  /** Absolute offset of the first `needle` at or after absolute `from`, or -1. */
  indexOf(needle: string, from: number): number {
    const i = this.buf.indexOf(needle, Math.max(0, from - this.base))
    return i < 0 ? -1 : i + this.base
  }

  slice(from: number, to: number): string {
    return this.buf.slice(Math.max(0, from - this.base), Math.max(0, to - this.base))
  }

  /** File line:column (1-based, UTF-16 columns) of absolute offset `at`. */
  pointAt(at: number): Point {
    at = Math.max(this.base, Math.min(at, this.end))
    if (at < this.cursor) {
      this.cursor = this.base
      this.cursorLine = this.baseLine
      this.cursorColumn = this.baseColumn
    }
    const buf = this.buf
    const to = at - this.base
    let i = this.cursor - this.base
    let line = this.cursorLine
    let column = this.cursorColumn
    for (;;) {
      const nl = buf.indexOf('\n', i)
      if (nl === -1 || nl >= to) {
        column += to - i
        break
      }
      line++
      column = 1
      i = nl + 1
    }
    this.cursor = at
    this.cursorLine = line
    this.cursorColumn = column
    return { line, column }
  }

  /** Forgets the text before absolute offset `at`. */
  discard(at: number): void {
    if (at <= this.base) return
    const p = this.pointAt(at)
    this.buf = this.buf.slice(at - this.base)
    this.base = at
    this.baseLine = p.line
    this.baseColumn = p.column
  }
}

// ---------------------------------------------------------------------------------------------
// Fields and their positions

/** One captured element's text, with absolute offsets into the file. */
interface Captured {
  value: string
  /** Offset of the `<` of the start tag. */
  tag: number
  /** Offset just past the start tag's `>` (where the text starts). */
  start: number
  /** Offset of the `<` of the end tag. */
  end: number
  attrs?: Record<string, string>
}

/**
 * A located field of an emitted post: where it is in the file, and how to map an offset inside
 * its decoded value back to the file.
 */
class FieldLocation {
  private valueIndex: ((offset: number) => Point) | undefined
  private rawMap: Uint32Array | undefined

  constructor(
    /** Point of the start tag's `<`. */
    readonly tag: Point,
    /** Point of the first character of the field's text. */
    readonly start: Point,
    readonly value: string,
    /** Raw text between the tags when the value is not just one CDATA section or plain text. */
    private readonly raw: string | undefined,
    /** For a plain field: length of what precedes the value in the raw text (`<![CDATA[` = 9). */
    private readonly delta: number,
  ) {}

  static from(window: RawWindow, c: Captured): FieldLocation {
    const tag = window.pointAt(c.tag)
    const start = window.pointAt(c.start)
    const { value } = c
    const rawLength = c.end - c.start
    let raw: string | undefined
    let delta = 0
    if (rawLength === value.length + 12 && !value.includes('\r')) {
      // One CDATA section: the value is the raw text less `<![CDATA[` and `]]>`.
      const r = window.slice(c.start, c.end)
      if (r.startsWith('<![CDATA[') && r.endsWith(']]>') && r.slice(9, -3) === value) delta = 9
      else raw = r
    } else if (rawLength === value.length) {
      const r = window.slice(c.start, c.end)
      if (r !== value) raw = r
    } else {
      raw = window.slice(c.start, c.end)
    }
    // Copy the raw text, so the post does not keep the parser's whole window alive.
    if (raw !== undefined) raw = copyString(raw)
    return new FieldLocation(tag, start, value, raw, delta)
  }

  /** File point of `offset` (UTF-16 units into the decoded value). */
  at(offset: number): Point {
    let text: string
    let rawOffset: number
    if (this.raw === undefined) {
      text = this.value
      rawOffset = Math.max(0, Math.min(offset, this.value.length))
    } else {
      text = this.raw
      this.rawMap ??= mapDecodedToRaw(this.raw, this.value.length)
      rawOffset = this.rawMap[Math.max(0, Math.min(offset, this.rawMap.length - 1))]!
    }
    this.valueIndex ??= lineIndex(text)
    const p = this.valueIndex(rawOffset)
    if (p.line === 1) return { line: this.start.line, column: this.start.column + this.delta + p.column - 1 }
    return { line: this.start.line + p.line - 1, column: p.column }
  }
}

function copyString(s: string): string {
  // A slice of a large string may keep the whole string alive in V8; a JSON round trip makes
  // a fresh, flat copy.
  return s.length < 64 ? s : (JSON.parse(JSON.stringify(s)) as string)
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/**
 * Maps offsets in the decoded text of an element to offsets in its raw text: `rawAt[i]` is the raw
 * offset of decoded code unit `i` (one extra entry for the end). Mirrors the XML parser's
 * decoding: CDATA sections are copied, character and entity references decode to their
 * characters, CRLF and lone CR become LF, comments and processing instructions are dropped,
 * tags of nested elements are skipped (their text is kept, as the reader keeps it).
 */
export function mapDecodedToRaw(raw: string, decodedLength: number): Uint32Array {
  const rawAt = new Uint32Array(decodedLength + 1)
  let n = 0
  /** Raw offset just past the last decoded character: where the end of the value maps to. */
  let after = 0
  const push = (at: number, count = 1, width = 1) => {
    for (let k = 0; k < count && n < decodedLength; k++) rawAt[n++] = at
    after = at + width
  }
  let i = 0
  const len = raw.length
  while (i < len && n < decodedLength) {
    const ch = raw.charCodeAt(i)
    if (ch === 60 /* < */) {
      if (raw.startsWith('<![CDATA[', i)) {
        const close = raw.indexOf(']]>', i + 9)
        const stop = close === -1 ? len : close
        let j = i + 9
        if (n === 0) after = j
        while (j < stop && n < decodedLength) {
          if (raw.charCodeAt(j) === 13 && raw.charCodeAt(j + 1) === 10) {
            push(j, 1, 2)
            j += 2
          } else {
            push(j)
            j++
          }
        }
        i = close === -1 ? len : close + 3
        continue
      }
      if (raw.startsWith('<!--', i)) {
        const close = raw.indexOf('-->', i + 4)
        i = close === -1 ? len : close + 3
        continue
      }
      if (raw.startsWith('<?', i)) {
        const close = raw.indexOf('?>', i + 2)
        i = close === -1 ? len : close + 2
        continue
      }
      // A nested element's tag: skip to its `>` (attribute values cannot hold `<`).
      const close = raw.indexOf('>', i + 1)
      i = close === -1 ? len : close + 1
      continue
    }
    if (ch === 38 /* & */) {
      const semi = raw.indexOf(';', i + 1)
      const name = semi === -1 ? '' : raw.slice(i + 1, semi)
      let decoded: string | undefined
      if (name.startsWith('#x') || name.startsWith('#X')) decoded = codePoint(parseInt(name.slice(2), 16))
      else if (name.startsWith('#')) decoded = codePoint(parseInt(name.slice(1), 10))
      else decoded = XML_ENTITIES[name]
      if (decoded !== undefined && semi - i <= 12) {
        push(i, decoded.length, semi + 1 - i)
        i = semi + 1
        continue
      }
      // An unknown entity is kept as written.
      push(i)
      i++
      continue
    }
    if (ch === 13 /* \r */ && raw.charCodeAt(i + 1) === 10) {
      push(i, 1, 2)
      i += 2
      continue
    }
    push(i)
    i++
  }
  // The end of the value (and anything left, which there should not be) maps past the last character.
  while (n <= decodedLength) rawAt[n++] = after
  return rawAt
}

function codePoint(cp: number): string | undefined {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined
}

// ---------------------------------------------------------------------------------------------
// The reader

interface Frame {
  name: string
  /** Offset of the start tag's `<`. */
  tag: number
  /** Its point, kept for the outer elements (rss, channel, their children), whose text may be gone. */
  point?: Point
}

/** A record being collected: an item, a channel-level author/category/tag/term, or a postmeta. */
interface Collector {
  kind: 'item' | 'author' | 'category' | 'tag' | 'term' | 'postmeta'
  depth: number
  tag: number
  /** First occurrence of each direct child element, keyed `ns:local`. */
  fields: Map<string, Captured>
  categories: Captured[]
  postmeta: { key: string; value: Captured }[]
  notices: ReaderNotice[]
}

interface Capture {
  key: string
  depth: number
  /** The record the field belongs to (none for `wp:wxr_version`). */
  into: Collector | undefined
  tag: number
  start: number
  value: string
  attrs?: Record<string, string>
}

interface TermInfo {
  id?: number
  name: string
  slug: string
}

/** Errors the reader reads past: the file is still usable. */
const TOLERATED = /^(?:unbound namespace prefix: .*|undefined entity\.|disallowed character\.)$/

class WxrReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true })
  private readonly window = new RawWindow()
  private readonly stack: Frame[] = []
  private readonly collectors: Collector[] = []
  private capture: Capture | undefined
  private readonly ready: ReadPost[] = []
  private lastClosed: Frame | undefined
  private readonly postTypes: Set<string> | undefined
  private started = false
  private unbound = false
  private sawRoot = false
  /** Points of the elements the end-of-file errors name (their text is long gone from the window). */
  private channel: Point | undefined
  private channelDepth = -1
  private strayTag: { name: string; point: Point } | undefined
  private firstItem: Point | undefined
  private readonly authors = new Map<string, { id?: number; name?: string }>()
  private readonly categoriesBySlug = new Map<string, TermInfo>()
  private readonly categoriesByName = new Map<string, TermInfo>()
  private readonly tagsBySlug = new Map<string, TermInfo>()
  private readonly tagsByName = new Map<string, TermInfo>()
  private readonly typeCounts = new Map<string, number>()
  private items = 0
  posts = 0

  constructor(
    private readonly path: string,
    options: WxrOptions,
  ) {
    const types = options.postTypes && options.postTypes.length ? options.postTypes : ['post']
    this.postTypes = types.includes('any') ? undefined : new Set(types)
    const p = this.parser
    p.on('error', (error) => this.onError(error))
    p.on('opentag', (tag) => this.onOpen(tag))
    p.on('closetag', (tag) => this.onClose(tag))
    p.on('text', (text) => {
      if (this.capture) this.capture.value += text
    })
    p.on('cdata', (text) => {
      if (this.capture) this.capture.value += text
    })
  }

  write(chunk: string): void {
    if (!this.started) {
      if (!chunk) return
      // A byte order mark is not part of the text (and takes no column in an editor).
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      this.started = true
    }
    this.window.append(chunk)
    this.parser.write(chunk)
    // Keep the current item (its fields' positions are computed when it closes); outside an
    // item keep only from the last `<`, where a start tag split across chunks may begin.
    const item = this.collectors[0]?.kind === 'item' ? this.collectors[0] : undefined
    const keepFrom = item ? item.tag : this.window.lastIndexOf('<', this.window.end)
    this.window.discard(keepFrom === -1 ? this.window.end : keepFrom)
  }

  end(): void {
    if (!this.started) throw inputError(this.path, 'file is empty')
    this.parser.close()
  }

  take(): ReadPost[] {
    return this.ready.splice(0, this.ready.length)
  }

  /** Throws when the export held no posts of the requested types. */
  checkFound(): void {
    if (this.posts > 0) return
    if (!this.sawRoot) throw inputError(this.path, 'is not a WordPress export: no <rss> element')
    if (this.channel === undefined) {
      const stray = this.strayTag
      throw inputError(
        this.path,
        stray
          ? `is not a valid WordPress export: expected <channel> inside <rss>, found <${stray.name}> at ${fmt(stray.point)}`
          : 'is not a valid WordPress export: <rss> holds no <channel>',
      )
    }
    const wanted = this.postTypes ? [...this.postTypes].map((t) => `"${t}"`).join(', ') : 'any'
    if (this.items === 0) {
      throw inputError(this.path, `WordPress export holds no posts: the <channel> at ${fmt(this.channel)} has no <item> elements`)
    }
    const found = [...this.typeCounts].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${n} ${t}`).join(', ')
    throw inputError(
      this.path,
      `WordPress export holds no items of post type ${wanted} (its ${this.items} item${this.items === 1 ? '' : 's'}, the first at ${fmt(this.firstItem!)}, are: ${found}); choose post types with --post-type`,
    )
  }

  private framePoint(frame: Frame): Point {
    return frame.point ?? this.window.pointAt(frame.tag)
  }


  private onError(error: Error): void {
    const text = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')
    if (TOLERATED.test(text)) {
      if (text.startsWith('unbound namespace prefix')) {
        this.unbound = true
        return
      }
      const item = this.collectors[0]?.kind === 'item' ? this.collectors[0] : undefined
      if (item && item.notices.length < 5) {
        const where = fmt(this.window.pointAt(this.parser.position - 1))
        item.notices.push({
          field: 'post',
          message: `The export is not well-formed XML at ${where} (${text.replace(/\.$/, '')}): medlint read past it, but WordPress's importer may reject the file.`,
        })
      }
      return
    }
    const position = this.parser.position
    const message = text.replace(/\.$/, '')
    const frame = this.stack[this.stack.length - 1]
    const unclosed = /^unclosed tag: (.+)$/.exec(message)
    // A bare `&` makes the parser read a reference up to the next `;`, however far: name the `&`.
    const inEntity = (this.parser as unknown as { entity?: unknown }).entity
    if (/^(?:disallowed character in entity name|empty entity name)/.test(message) || (unclosed && typeof inEntity === 'string' && inEntity)) {
      // The reference runs from the first `&` after the previous `;` up to this one.
      const semi = this.window.lastIndexOf(';', unclosed ? this.window.end : position - 2)
      const amp = this.window.indexOf('&', semi + 1)
      if (amp >= 0) {
        throw inputError(this.path, `invalid XML at ${fmt(this.window.pointAt(amp))}: a bare "&" (write it as &amp; or put the text in a CDATA section)`)
      }
    }
    if (unclosed && frame) {
      const opened = this.framePoint(frame)
      const end = this.window.pointAt(position)
      throw inputError(this.path, `invalid XML at ${fmt(opened)}: <${unclosed[1]}> is never closed (the file ends at ${fmt(end)}; it may be cut short)`)
    }
    if (/^(?:unexpected close tag|unmatched closing tag)/.test(message)) {
      const at = this.window.lastIndexOf('</', position - 1)
      const name = at >= 0 ? /^<\/([^\s>]*)/.exec(this.window.slice(at, position))?.[1] : undefined
      // saxes has already popped the element the closing tag should have closed.
      const open = message.startsWith('unexpected') ? this.lastClosed : undefined
      if (at >= 0 && name !== undefined) {
        throw inputError(
          this.path,
          open
            ? `invalid XML at ${fmt(this.window.pointAt(at))}: closing tag </${name}> does not match the open element <${open.name}> from ${fmt(this.framePoint(open))}`
            : `invalid XML at ${fmt(this.window.pointAt(at))}: closing tag </${name}> has no open element to close`,
        )
      }
    }
    // The parser has just read the character at fault.
    throw inputError(this.path, `invalid XML at ${fmt(this.window.pointAt(Math.max(0, position - 1)))}: ${message}`)
  }

  private onOpen(tag: SaxesTagNS): void {
    const ns = namespaceOf(tag, this.unbound)
    this.unbound = false
    const local = tag.local
    const end = this.parser.position
    const at = Math.max(0, this.window.lastIndexOf('<', end - 1))
    const depth = this.stack.length
    const frame: Frame = { name: tag.name, tag: at }
    // Elements inside an item stay in the window until the item closes; outer ones may not.
    if (depth <= 2) frame.point = this.window.pointAt(at)
    this.stack.push(frame)

    if (depth === 0) {
      if (!(ns === 'rss' && local === 'rss')) {
        throw inputError(this.path, `is not a WordPress export: the root element at ${fmt(this.window.pointAt(at))} is <${tag.name}>, expected <rss>`)
      }
      this.sawRoot = true
      return
    }
    if (depth === 1) {
      if (ns === 'rss' && local === 'channel' && this.channel === undefined) {
        this.channel = frame.point!
        this.channelDepth = 1
      } else if (!this.strayTag) {
        this.strayTag = { name: tag.name, point: frame.point! }
      }
      return
    }
    if (this.capture) return // an element inside a captured field: its text joins the field's

    const top = this.collectors[this.collectors.length - 1]
    if (!top) {
      if (depth !== this.channelDepth + 1 || this.channel === undefined) {
        if (ns === 'rss' && local === 'item') {
          throw inputError(this.path, `invalid WordPress export: <item> at ${fmt(this.window.pointAt(at))} is not inside <channel>`)
        }
        return
      }
      // A child of <channel>.
      if (ns === 'rss' && local === 'item') {
        this.items++
        this.firstItem ??= frame.point!
        this.open('item', depth, at)
      } else if (ns === 'wp' && (local === 'author' || local === 'category' || local === 'tag' || local === 'term')) {
        this.open(local, depth, at)
      } else if (ns === 'wp' && local === 'wxr_version') {
        this.startCapture(tag, 'wp:wxr_version', depth, at, undefined, end)
      }
      return
    }
    if (depth !== top.depth + 1) return // deeper: comments, comment meta, term meta…
    if (top.kind === 'item' && ns === 'wp' && local === 'postmeta') {
      this.open('postmeta', depth, at)
      return
    }
    if (top.kind === 'item' && ns === 'wp' && (local === 'comment' || local === 'termmeta')) return
    this.startCapture(tag, `${ns}:${local}`, depth, at, top, end)
  }

  private open(kind: Collector['kind'], depth: number, at: number): Collector {
    const c: Collector = { kind, depth, tag: at, fields: new Map(), categories: [], postmeta: [], notices: [] }
    this.collectors.push(c)
    return c
  }

  private startCapture(tag: SaxesTagNS, key: string, depth: number, at: number, into: Collector | undefined, start: number): void {
    const capture: Capture = { key, depth, into, tag: at, start, value: '' }
    if (key === 'rss:category') {
      const attrs: Record<string, string> = {}
      for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value
      capture.attrs = attrs
    }
    this.capture = capture
  }

  private onClose(tag: SaxesTagNS): void {
    const frame = this.stack.pop()
    const depth = this.stack.length
    if (!frame) return
    this.lastClosed = frame
    const capture = this.capture
    if (capture && capture.depth === depth) {
      this.capture = undefined
      // (saxes reports the close of a self-closing tag right after its open.)
      const end = tag.isSelfClosing ? capture.start : Math.max(capture.start, this.window.lastIndexOf('</', this.parser.position - 1))
      const captured: Captured = { value: capture.value, tag: capture.tag, start: capture.start, end }
      if (capture.attrs) captured.attrs = capture.attrs
      const into = capture.into
      if (!into) {
        this.checkVersion(captured)
        return
      }
      if (capture.key === 'rss:category' && into.kind === 'item') into.categories.push(captured)
      else if (!into.fields.has(capture.key)) into.fields.set(capture.key, captured)
      return
    }
    const top = this.collectors[this.collectors.length - 1]
    if (!top || top.depth !== depth) return
    this.collectors.pop()
    switch (top.kind) {
      case 'item':
        this.closeItem(top)
        break
      case 'postmeta': {
        const parent = this.collectors[this.collectors.length - 1]
        const key = top.fields.get('wp:meta_key')?.value.trim()
        const value = top.fields.get('wp:meta_value')
        if (parent && key && value) parent.postmeta.push({ key, value })
        break
      }
      case 'author': {
        const login = text(top, 'wp:author_login')
        if (!login) break
        const id = int(text(top, 'wp:author_id'))
        const name = text(top, 'wp:author_display_name')
        const info: { id?: number; name?: string } = {}
        if (id !== undefined) info.id = id
        if (name) info.name = name
        this.authors.set(login, info)
        break
      }
      case 'category':
        this.defineTerm('category', top, 'wp:category_nicename', 'wp:cat_name')
        break
      case 'tag':
        this.defineTerm('post_tag', top, 'wp:tag_slug', 'wp:tag_name')
        break
      case 'term': {
        const taxonomy = text(top, 'wp:term_taxonomy')
        if (taxonomy === 'category' || taxonomy === 'post_tag') this.defineTerm(taxonomy, top, 'wp:term_slug', 'wp:term_name')
        break
      }
    }
  }

  private checkVersion(v: Captured): void {
    const value = v.value.trim()
    if (/^\d+\.\d+$/.test(value)) return
    throw inputError(
      this.path,
      `invalid WordPress export: <wp:wxr_version> at ${fmt(this.window.pointAt(v.tag))} is "${value}", expected a version such as 1.2`,
    )
  }

  private defineTerm(taxonomy: 'category' | 'post_tag', c: Collector, slugKey: string, nameKey: string): void {
    const slug = decodeSlug(text(c, slugKey) ?? '')
    const name = htmlToText(c.fields.get(nameKey)?.value ?? '')
    if (!slug && !name) return
    const info: TermInfo = { slug, name }
    const id = int(text(c, 'wp:term_id'))
    if (id !== undefined) info.id = id
    const bySlug = taxonomy === 'category' ? this.categoriesBySlug : this.tagsBySlug
    const byName = taxonomy === 'category' ? this.categoriesByName : this.tagsByName
    if (slug && !bySlug.has(slug)) bySlug.set(slug, info)
    if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), info)
  }

  private closeItem(item: Collector): void {
    const index = this.items - 1
    const type = text(item, 'wp:post_type') || 'post'
    this.typeCounts.set(type, (this.typeCounts.get(type) ?? 0) + 1)
    if (this.postTypes && !this.postTypes.has(type)) return
    this.ready.push(this.buildPost(item, type, index))
    this.posts++
  }

  private buildPost(item: Collector, type: string, index: number): ReadPost {
    const window = this.window
    const itemPoint = window.pointAt(item.tag)
    const f = (key: string) => item.fields.get(key)

    // Terms.
    const categories: Term[] = []
    const tags: Term[] = []
    const hasDomains = item.categories.some((c) => c.attrs?.['domain'])
    let firstCategory: Captured | undefined
    let firstTag: Captured | undefined
    for (const c of item.categories) {
      const domain = c.attrs?.['domain'] ?? ''
      const taxonomy = domain === 'category' || (!domain && !hasDomains) ? 'category' : domain === 'post_tag' || domain === 'tag' ? 'post_tag' : undefined
      if (!taxonomy) continue
      const name = htmlToText(c.value)
      const nicename = decodeSlug((c.attrs?.['nicename'] ?? '').trim())
      const bySlug = taxonomy === 'category' ? this.categoriesBySlug : this.tagsBySlug
      const byName = taxonomy === 'category' ? this.categoriesByName : this.tagsByName
      const known = (nicename ? bySlug.get(nicename) : undefined) ?? (!nicename && name ? byName.get(name.toLowerCase()) : undefined)
      const term: Term = { slug: nicename || known?.slug || slugify(name), name: name || known?.name || '', from: 'wxr' }
      if (known?.id !== undefined) term.id = known.id
      const list = taxonomy === 'category' ? categories : tags
      if (list.some((t) => t.slug === term.slug && t.name === term.name)) continue
      list.push(term)
      if (taxonomy === 'category') firstCategory ??= c
      else firstTag ??= c
    }

    // Author.
    const login = text(item, 'dc:creator')
    let author: Post['author']
    if (login) {
      const known = this.authors.get(login)
      author = { name: known?.name ? htmlToText(known.name) : login }
      if (known?.id !== undefined) author.id = known.id
    }

    // SEO (Yoast SEO post meta).
    const meta = (key: string) => item.postmeta.find((m) => m.key === key)?.value
    const seo: SeoMeta = { from: 'none' }
    const description = meta('_yoast_wpseo_metadesc')
    const focus = meta('_yoast_wpseo_focuskw')
    if (description && description.value.trim()) seo.description = htmlToText(description.value)
    if (focus && focus.value.trim()) seo.focusKeyphrase = focus.value.trim()
    if (seo.description !== undefined || seo.focusKeyphrase !== undefined) seo.from = 'yoast'

    // Locations of the fields rules point at.
    const located = new Map<FieldName, FieldLocation>()
    const locate = (name: FieldName, c: Captured | undefined) => {
      if (c) located.set(name, FieldLocation.from(window, c))
    }
    const dateField = validDate(f('wp:post_date_gmt')) ? f('wp:post_date_gmt') : validDate(f('wp:post_date')) ? f('wp:post_date') : f('rss:pubDate')
    const modifiedField = validDate(f('wp:post_modified_gmt')) ? f('wp:post_modified_gmt') : f('wp:post_modified')
    const sorted: [FieldName, Captured | undefined][] = [
      ['title', f('rss:title')],
      ['link', f('rss:link')],
      ['author', f('dc:creator')],
      ['content', f('content:encoded')],
      ['excerpt', f('excerpt:encoded')],
      ['date', dateField],
      ['modified', modifiedField],
      ['slug', f('wp:post_name')],
      ['status', f('wp:status')],
      ['categories', firstCategory],
      ['tags', firstTag],
      ['meta', description ?? focus ?? item.postmeta[0]?.value],
    ]
    sorted.sort((a, b) => (a[1]?.start ?? 0) - (b[1]?.start ?? 0))
    for (const [name, c] of sorted) locate(name, c)

    const contentHtml = f('content:encoded')?.value ?? ''
    const titleHtml = f('rss:title')?.value ?? ''
    const excerptHtml = f('excerpt:encoded')?.value ?? ''
    const path = this.path

    const raw: Record<string, unknown> = {}
    for (const [key, c] of item.fields) {
      if (key.startsWith('wp:') && c.value.length <= 1000) raw[key.slice(3)] = c.value.trim()
    }
    const postmeta: Record<string, string> = {}
    for (const m of item.postmeta) if (m.value.value.length <= 2000 && !(m.key in postmeta)) postmeta[m.key] = m.value.value
    raw['postmeta'] = postmeta

    const post: Post = {
      type,
      title: htmlToText(titleHtml),
      titleHtml,
      slug: decodeSlug(text(item, 'wp:post_name') ?? ''),
      link: text(item, 'rss:link') ?? '',
      status: text(item, 'wp:status') || 'publish',
      excerpt: htmlToText(excerptHtml),
      excerptHtml,
      contentHtml,
      content: parseContent(contentHtml),
      categories,
      tags,
      categoryIds: categories.flatMap((t) => (t.id === undefined ? [] : [t.id])),
      tagIds: tags.flatMap((t) => (t.id === undefined ? [] : [t.id])),
      seo,
      raw,
      source: {
        path,
        kind: 'wxr',
        index,
        collection: true,
        locate(field, offset) {
          if (field === 'post') return itemPoint
          const loc = located.get(field)
          if (!loc) return itemPoint
          return offset === undefined ? loc.tag : loc.at(offset)
        },
      },
    }
    const id = int(text(item, 'wp:post_id'))
    if (id !== undefined) post.id = id
    const date = toIsoDate(f('wp:post_date_gmt'), f('wp:post_date'), f('rss:pubDate'))
    if (date) post.date = date
    const modified = toIsoDate(f('wp:post_modified_gmt'), f('wp:post_modified'), undefined)
    if (modified) post.modified = modified
    if (author) post.author = author
    return { post, notices: item.notices }
  }
}

function text(c: Collector, key: string): string | undefined {
  const v = c.fields.get(key)?.value.trim()
  return v === undefined ? undefined : v
}

function int(s: string | undefined): number | undefined {
  return s && /^\d+$/.test(s) ? Number(s) : undefined
}

function fmt(p: Point): string {
  return `${p.line}:${p.column}`
}

const WP_DATE = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?$/

function validDate(c: Captured | undefined): boolean {
  const m = c && WP_DATE.exec(c.value.trim())
  return !!m && m[1] !== '0000'
}

/**
 * `wp:post_date_gmt` as ISO 8601 with `Z`; `0000-00-00 00:00:00` (a draft never published)
 * means unknown, and then the local date is used as given, as the REST reader does; a plain
 * RSS feed's `pubDate` is used when there is no WordPress date at all.
 */
function toIsoDate(gmtField: Captured | undefined, localField: Captured | undefined, pubDate: Captured | undefined): string | undefined {
  const iso = (c: Captured | undefined) => {
    const m = c && WP_DATE.exec(c.value.trim())
    if (!m || m[1] === '0000') return undefined
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}`
  }
  const gmt = iso(gmtField)
  if (gmt) return `${gmt}Z`
  const local = iso(localField)
  if (local) return local
  if (pubDate && !gmtField && !localField) {
    const t = Date.parse(pubDate.value.trim())
    if (Number.isFinite(t) && t > 0) return new Date(t).toISOString().replace(/\.000Z$/, 'Z')
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Content

/**
 * Parses `content:encoded`. The export holds the post as stored, before WordPress's `wpautop`:
 * classic-editor posts separate paragraphs with blank lines instead of `<p>`. For content
 * without block-editor comments (`<!-- wp:… -->`, which WordPress does not autop either), runs
 * of top-level text and inline elements are grouped into `p` elements, split at blank lines,
 * so rules see the paragraphs a reader sees. The HTML source and every node's offsets stay
 * those of the export.
 */
export function parseContent(html: string): Root {
  const root = parseFragment(html)
  if (!html.trim() || html.includes('<!-- wp:')) return root
  return paragraphize(root)
}

const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'math', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'ul', 'summary', 'style', 'script', 'noscript', 'template', 'iframe', 'video', 'audio', 'object',
  'select', 'textarea', 'option', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'dd', 'dt', 'legend', 'map', 'area', 'svg',
])

function paragraphize(root: Root): Root {
  const out: RootContent[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some((n) => n.type === 'element' || (n.type === 'text' && n.value.trim()))) {
      const p: Element = { type: 'element', tagName: 'p', properties: {}, children: run }
      const first = run.find((n) => n.position)?.position
      const last = [...run].reverse().find((n) => n.position)?.position
      if (first && last) p.position = { start: first.start, end: last.end }
      out.push(p)
    } else {
      out.push(...run)
    }
    run = []
  }
  for (const node of root.children) {
    if (node.type === 'element' && BLOCK_LEVEL.has(node.tagName)) {
      flush()
      out.push(node)
      continue
    }
    if (node.type === 'text') {
      const parts = splitAtBlankLines(node)
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) flush()
        run.push(parts[i]!)
      }
      continue
    }
    if (node.type === 'doctype') {
      out.push(node)
      continue
    }
    run.push(node as ElementContent)
  }
  flush()
  return { ...root, children: out }
}

/** Splits a text node at blank lines into text nodes whose positions stay exact. */
function splitAtBlankLines(node: Text): Text[] {
  const re = /\n[ \t]*\r?\n\s*/g
  if (!re.test(node.value)) return [node]
  re.lastIndex = 0
  const pos = node.position
  const exact = !!pos && pos.end.offset !== undefined && pos.start.offset !== undefined && pos.end.offset - pos.start.offset === node.value.length
  const parts: Text[] = []
  let from = 0
  let m: RegExpExecArray | null
  const piece = (a: number, b: number) => {
    const t: Text = { type: 'text', value: node.value.slice(a, b) }
    if (exact && pos) t.position = { start: shift(pos.start, node.value, a), end: shift(pos.start, node.value, b) }
    parts.push(t)
  }
  while ((m = re.exec(node.value))) {
    piece(from, m.index + m[0].length)
    from = m.index + m[0].length
  }
  if (from < node.value.length) piece(from, node.value.length)
  return parts
}

function shift(start: { line: number; column: number; offset?: number | undefined }, value: string, by: number) {
  let line = start.line
  let column = start.column
  for (let i = 0; i < by; i++) {
    if (value.charCodeAt(i) === 10) {
      line++
      column = 1
    } else column++
  }
  return { line, column, offset: (start.offset ?? 0) + by }
}

