import type { Element, Nodes, Root, Text } from 'hast'
import type { Post } from './types.js'

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'quote' | 'pre' | 'caption' | 'other'

/** A piece of text the reader sees as one unit: a paragraph, list item, heading, table cell… */
export interface Block {
  kind: BlockKind
  tagName: string
  node: Element
  /** Text of the block without the text of blocks nested in it; white space folded. */
  text: string
  /** Heading rank (1–6) for headings. */
  rank?: number
  /** Index into `analysis.sections` of the section the block is in. */
  section: number
  /** Index of the block in `analysis.blocks`. */
  index: number
  /** Where each piece of `text` came from, to map a match in the text back to the HTML source. */
  segments: Segment[]
}

interface Segment {
  /** Start of the piece in the block's text. */
  at: number
  length: number
  /** Start offset of the text node in the HTML source, and whether source and text line up 1:1. */
  sourceStart: number | undefined
  exact: boolean
}

export interface Section {
  /** The heading that opens the section (undefined for text before the first heading). */
  heading?: Block
  rank: number
  /** Blocks under this heading up to the next heading of any rank. */
  blocks: Block[]
  /** Index of the enclosing section (a lower-ranked heading before this one), or -1. */
  parent: number
}

export interface Sentence {
  text: string
  block: Block
  /** Start of the sentence in the block's text. */
  at: number
  words: string[]
}

export interface Link {
  node: Element
  href: string
  text: string
  /** rel tokens, lower case. */
  rel: string[]
  /** Host name of an absolute link, lower case, without `www.`; undefined for relative links. */
  host?: string
}

const BLOCK_KINDS: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  td: 'cell',
  th: 'cell',
  blockquote: 'quote',
  pre: 'pre',
  figcaption: 'caption',
  caption: 'caption',
  summary: 'paragraph',
}

/** Elements that separate blocks even though they are not blocks themselves. */
const CONTAINERS = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'figure', 'details', 'form', 'fieldset', 'body', 'html', 'hr', 'br'])
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'head', 'title'])

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'no', 'fig', 'inc', 'ltd', 'jr', 'sr', 'mg', 'ml', 'min', 'max', 'u.s', 'u.k'])

/**
 * Everything rules share about one post, computed once and on first use: block texts,
 * headings, sections, sentences, words, links. A rule reads these rather than walking the
 * tree again.
 */
export class Analysis {
  private cache = new Map<string, unknown>()

  constructor(readonly post: Post) {}

  private memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T
    const value = compute()
    this.cache.set(key, value)
    return value
  }

  /** Shared storage for analyses defined outside this class (topic vectors…), computed once. */
  shared<T>(key: string, compute: (analysis: Analysis) => T): T {
    return this.memo(`shared:${key}`, () => compute(this))
  }

  get blocks(): Block[] {
    return this.memo('blocks', () => collectBlocks(this.post.content))
  }

  get headings(): Block[] {
    return this.memo('headings', () => this.blocks.filter((b) => b.kind === 'heading'))
  }

  get sections(): Section[] {
    return this.memo('sections', () => buildSections(this.blocks))
  }

  /** Blocks of running text: paragraphs, list items, quotes, cells, captions. */
  get proseBlocks(): Block[] {
    return this.memo('prose', () => this.blocks.filter((b) => b.kind !== 'heading' && b.kind !== 'pre' && b.text))
  }

  /** All visible text of the content, blocks separated by newlines. */
  get text(): string {
    return this.memo('text', () => this.blocks.map((b) => b.text).filter(Boolean).join('\n'))
  }

  /** Lower-case text of title, headings and body, for phrase searches. */
  get lowerText(): string {
    return this.memo('lowerText', () => this.text.toLowerCase())
  }

  get sentences(): Sentence[] {
    return this.memo('sentences', () => this.proseBlocks.flatMap((b) => splitSentences(b)))
  }

  get words(): string[] {
    return this.memo('words', () => {
      // When the sentences are already split, a prose block's tokens are its sentences' tokens
      // (sentences cover the block and end before white space, so no token spans two): reuse them.
      if (!this.cache.has('sentences')) return this.blocks.flatMap((b) => tokenize(b.text))
      const bySentence = new Map<Block, string[]>()
      for (const s of this.sentences) {
        const list = bySentence.get(s.block)
        if (list) for (const w of s.words) list.push(w)
        else bySentence.set(s.block, s.words.slice())
      }
      const prose = new Set(this.proseBlocks)
      return this.blocks.flatMap((b) => (prose.has(b) ? (bySentence.get(b) ?? []) : tokenize(b.text)))
    })
  }

  get links(): Link[] {
    return this.memo('links', () => collectLinks(this.post.content))
  }

  get images(): Element[] {
    return this.memo('images', () => collectElements(this.post.content, (e) => e.tagName === 'img'))
  }

  /** Host of the post's own site (from `link`), lower case without `www.`. */
  get siteHost(): string | undefined {
    return this.memo('siteHost', () => hostOf(this.post.link))
  }

  /**
   * Offset in the content's HTML source of character `at` of a block's text, for reports that
   * point inside a block. Falls back to the start of the text node (or block) when entities make
   * the text and the source differ in length.
   */
  sourceOffset(block: Block, at: number): number | undefined {
    let seg: Segment | undefined
    for (const s of block.segments) {
      if (s.at <= at) seg = s
      else break
    }
    if (!seg || seg.sourceStart === undefined) return block.node.position?.start.offset ?? undefined
    return seg.exact ? seg.sourceStart + Math.min(at - seg.at, seg.length) : seg.sourceStart
  }
}

/** Splits text into lower-case word tokens (letters, digits, inner apostrophes and hyphens). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
}

function collectBlocks(root: Root): Block[] {
  const blocks: Block[] = []
  interface Builder {
    block: Block
    raw: string
  }
  const stack: Builder[] = []
  let implicit: Builder | undefined
  let section = 0

  const open = (node: Element, kind: BlockKind): Builder => {
    const block: Block = { kind, tagName: node.tagName, node, text: '', section: 0, index: -1, segments: [] }
    const rank = kind === 'heading' ? Number(node.tagName.slice(1)) : undefined
    if (rank) block.rank = rank
    return { block, raw: '' }
  }
  const close = (b: Builder) => {
    const { text, segments } = fold(b.raw, b.block.segments)
    b.block.text = text
    b.block.segments = segments
    if (b.block.kind === 'heading') section++
    b.block.section = section
    b.block.index = blocks.length
    blocks.push(b.block)
  }
  const addText = (node: Text, parentIsBlockless: boolean, parent: Element | Root) => {
    let target = stack[stack.length - 1]
    if (!target || parentIsBlockless) {
      if (!target) {
        if (!node.value.trim()) return
        if (!implicit) implicit = open(parent.type === 'element' ? parent : ({ type: 'element', tagName: 'div', properties: {}, children: [], position: node.position } as Element), 'other')
        target = implicit
      }
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    target.block.segments.push({
      at: target.raw.length,
      length: node.value.length,
      sourceStart: start,
      exact: start !== undefined && end !== undefined && end - start === node.value.length,
    })
    target.raw += node.value
  }
  const flushImplicit = () => {
    if (implicit) {
      close(implicit)
      implicit = undefined
    }
  }

  const walk = (node: Nodes, parent: Element | Root) => {
    if (node.type === 'text') {
      addText(node, false, parent)
      return
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      if (SKIP.has(node.tagName)) return
      const kind = BLOCK_KINDS[node.tagName]
      if (kind) {
        flushImplicit()
        const b = open(node, kind)
        // Separate the parent block's text around the nested block.
        const top = stack[stack.length - 1]
        if (top) top.raw += ' '
        stack.push(b)
        for (const child of node.children) walk(child, node)
        stack.pop()
        close(b)
        return
      }
      if (CONTAINERS.has(node.tagName)) {
        const top = stack[stack.length - 1]
        if (top) top.raw += ' '
        else flushImplicit()
      }
    }
    for (const child of node.children) walk(child as Nodes, node.type === 'root' ? node : node)
    if (node.type === 'element' && CONTAINERS.has(node.tagName) && !stack.length) flushImplicit()
  }
  walk(root, root)
  flushImplicit()
  return blocks
}

/** Folds white space in `raw`, shifting segment starts to match. */
function fold(raw: string, segments: Segment[]): { text: string; segments: Segment[] } {
  if (!/\s\s|^\s|\s$|[\n\t\r]/.test(raw)) return { text: raw, segments }
  const map: number[] = new Array(raw.length + 1)
  let text = ''
  let pendingSpace = false
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!
    if (/\s/.test(ch)) {
      pendingSpace = text.length > 0
      map[i] = text.length
      continue
    }
    if (pendingSpace) {
      text += ' '
      pendingSpace = false
    }
    map[i] = text.length
    text += ch
  }
  map[raw.length] = text.length
  const out = segments.map((s) => {
    const at = map[s.at] ?? text.length
    const end = map[s.at + s.length] ?? text.length
    // A segment whose white space was folded no longer lines up 1:1 with its source.
    return { ...s, at, length: end - at, exact: s.exact && end - at === s.length }
  })
  return { text, segments: out }
}

function buildSections(blocks: Block[]): Section[] {
  const sections: Section[] = [{ rank: 0, blocks: [], parent: -1 }]
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const rank = block.rank!
      let parent = sections.length - 1
      while (parent > 0 && sections[parent]!.rank >= rank) parent = sections[parent]!.parent
      sections.push({ heading: block, rank, blocks: [], parent })
    } else {
      sections[sections.length - 1]!.blocks.push(block)
    }
  }
  return sections
}

/** White space from `lastIndex` (sets `lastIndex` to the first character after it). */
const NEXT_START = /\s*/y
/** The letters and full stops just before a stop, read from a bounded window. */
const LAST_WORD = /([\p{L}.]+)$/u
/** Longer than any abbreviation: the window is wide enough to tell the word is not one. */
const WORD_WINDOW = 24

/**
 * Whether the word before a full stop at `at` (letters and full stops back to `start` at most)
 * is an abbreviation or a single letter, so the stop does not end the sentence.
 */
function abbreviationBefore(text: string, start: number, at: number): boolean {
  const from = Math.max(start, at - WORD_WINDOW)
  const word = LAST_WORD.exec(text.slice(from, at))?.[1]
  if (!word) return false
  // A word filling the window may run on before it: too long for an abbreviation or a letter either way.
  if (from > start && word.length >= WORD_WINDOW - 1) return false
  const lastWord = word.toLowerCase()
  return ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)
}

function splitSentences(block: Block): Sentence[] {
  const text = block.text
  const out: Sentence[] = []
  let start = 0
  const re = /[.!?]+["'”’)\]]*(?=\s+|$)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length
    // Read around the stop by index: copying or rescanning the rest of the block at every stop
    // is quadratic on long paragraphs.
    if (m[0] === '.' && abbreviationBefore(text, start, m.index)) continue
    NEXT_START.lastIndex = end
    NEXT_START.exec(text)
    if (/^[a-z]/.test(text.charAt(NEXT_START.lastIndex))) continue
    push(start, end)
    start = end
  }
  push(start, text.length)
  return out

  function push(from: number, to: number) {
    const raw = text.slice(from, to)
    const trimmed = raw.trim()
    if (!trimmed) return
    const words = tokenize(trimmed)
    if (!words.length) return
    out.push({ text: trimmed, block, at: from + raw.indexOf(trimmed), words })
  }
}

function collectElements(root: Root, test: (e: Element) => boolean): Element[] {
  const out: Element[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      if (test(node)) out.push(node)
      if (SKIP.has(node.tagName)) return
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes)
  }
  walk(root)
  return out
}

function collectLinks(root: Root): Link[] {
  return collectElements(root, (e) => e.tagName === 'a' && typeof e.properties['href'] === 'string').map((node) => {
    const href = String(node.properties['href'])
    const rel = Array.isArray(node.properties['rel']) ? node.properties['rel'].map((r) => String(r).toLowerCase()) : []
    const link: Link = { node, href, text: elementText(node), rel }
    const host = hostOf(href)
    if (host) link.host = host
    return link
  })
}

/** Text of an element, white space folded. (hast-util-to-string, folded.) */
export function elementText(node: Element): string {
  let s = ''
  const walk = (n: Nodes) => {
    if (n.type === 'text') s += n.value
    else if (n.type === 'element') {
      if (n.tagName === 'img' && typeof n.properties['alt'] === 'string') s += n.properties['alt']
      for (const c of n.children) walk(c as Nodes)
    }
  }
  walk(node)
  return s.replace(/\s+/g, ' ').trim()
}

export function hostOf(url: string): string | undefined {
  if (!/^(https?:)?\/\//i.test(url)) return undefined
  try {
    return new URL(url, 'https://example.invalid').hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return undefined
  }
}
