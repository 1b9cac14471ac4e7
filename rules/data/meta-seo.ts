import { tokenize } from '../../src/analysis.js'
import type { Analysis } from '../../src/analysis.js'
import type { Post } from '../../src/types.js'
import { STOP_WORDS, contentStems } from '../../src/text.js'

/** The ellipsis WordPress (or a theme's `excerpt_more`) appends to an automatic excerpt. */
const ELLIPSIS_END = /\s*(?:\[\s*(?:…|&hellip;|\.\.\.)\s*\]|…|&hellip;|\.\.\.)\s*$/

export interface ExcerptInfo {
  /** The excerpt is WordPress's automatic one: the first words of the content, cut off with an ellipsis. */
  auto: boolean
  /** Words of the excerpt (ellipsis dropped). */
  words: number
  /** The excerpt field was empty in an edit-context response (`excerpt.raw`), so WordPress builds it. */
  rawEmpty: boolean
}

/** Whether the excerpt is WordPress's automatic excerpt. */
export function excerptInfo(analysis: Analysis): ExcerptInfo {
  return analysis.shared('meta:excerpt', (a) => {
    const post = a.post
    const raw = post.raw?.['excerpt']
    const rawValue = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)['raw'] : undefined
    const rawEmpty = typeof rawValue === 'string' && rawValue.trim() === ''
    const text = post.excerpt.trim()
    const cut = ELLIPSIS_END.test(text)
    const words = tokenize(text.replace(ELLIPSIS_END, ''))
    if (rawEmpty) return { auto: true, words: words.length, rawEmpty }
    if (!cut || words.length === 0) return { auto: false, words: words.length, rawEmpty }
    // The text's tokens are the blocks' tokens (blocks are joined by newlines): the shared word list.
    const body = a.words
    const prefix = words.every((w, i) => body[i] === w)
    return { auto: prefix, words: words.length, rawEmpty }
  })
}

export type DescriptionSource = 'yoast' | 'yoast-none' | 'excerpt' | 'auto-excerpt' | 'unknown'

export interface DescriptionInfo {
  source: DescriptionSource
  text?: string
}

/**
 * The meta description search engines will see, as far as the input tells: Yoast's when the
 * response carries `yoast_head_json` (no `description` there means Yoast prints none); else the
 * excerpt, which themes and SEO plugins fall back to; `unknown` when neither is known.
 */
export function resolveDescription(analysis: Analysis): DescriptionInfo {
  const post = analysis.post
  if (post.seo.description !== undefined) return { source: 'yoast', text: post.seo.description.trim() }
  if (post.seo.from === 'yoast' && post.raw && 'yoast_head_json' in post.raw) return { source: 'yoast-none' }
  const excerpt = post.excerpt.trim()
  if (!excerpt) return { source: 'unknown' }
  return { source: excerptInfo(analysis).auto ? 'auto-excerpt' : 'excerpt', text: excerpt }
}

/** The title search engines show: Yoast's SEO title when known, else the post title. */
export function seoTitle(post: Post): { text: string; fromSeo: boolean } {
  if (post.seo.title) return { text: post.seo.title.trim(), fromSeo: true }
  return { text: post.title.trim(), fromSeo: false }
}

export interface Keyphrase {
  text: string
  from: 'option' | 'yoast' | 'slug'
}

/**
 * The focus keyphrase: the rule's option, else Yoast's focus keyphrase, else inferred from the
 * slug: the words of the slug that match the title's first segment ("back-pain-radiating-to-legs-
 * causes-symptoms-and-treatment" with "Back Pain Radiating to Legs: Causes…" gives "back pain
 * radiating to legs"), or the whole slug when the title does not line up with it.
 */
export function resolveKeyphrase(post: Post, option: string): Keyphrase | undefined {
  if (option.trim()) return { text: option.trim(), from: 'option' }
  if (post.seo.focusKeyphrase?.trim()) return { text: post.seo.focusKeyphrase.trim(), from: 'yoast' }
  const slugWords = post.slug.toLowerCase().split(/[-_]+/).filter((w) => w && !/^\d+$/.test(w))
  if (!slugWords.length) return undefined
  const segment = post.title.split(/\s*[:|–—]\s*|\s+-\s+/)[0] ?? ''
  // The slug WordPress makes from the title's first segment: apostrophes dropped ("you're" →
  // "youre") or turned into hyphens by other tools ("you-re").
  const joined = post.slug.toLowerCase().split(/[-_]+/).filter(Boolean).join('-')
  const variants = [segment.replace(/['’]/g, ''), segment.replace(/['’]/g, ' ')].map((v) => tokenize(v).join('-'))
  const match = variants.find((v) => v && (joined === v || joined.startsWith(`${v}-`)))
  if (match) {
    const text = segment.trim().toLowerCase()
    if (contentStems(text).length) return { text, from: 'slug' }
  }
  const words = [...slugWords]
  // Drop stop words at either end ("how-to-…" keeps its inner "to").
  while (words.length && STOP_WORDS.has(words[0]!)) words.shift()
  while (words.length && STOP_WORDS.has(words[words.length - 1]!)) words.pop()
  if (!words.some((w) => !STOP_WORDS.has(w))) return undefined
  return { text: words.join(' '), from: 'slug' }
}

/** Content stems of a keyphrase (stop words dropped), unique. */
export function keyphraseStems(text: string): string[] {
  return [...new Set(contentStems(text))]
}

/** Share of the keyphrase's content stems found in a text. */
export function stemCoverage(stems: readonly string[], text: string): number {
  if (!stems.length) return 0
  const have = new Set(contentStems(text))
  return stems.filter((s) => have.has(s)).length / stems.length
}
