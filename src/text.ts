import { stemmer } from 'stemmer'
import { tokenize } from './analysis.js'

export { tokenize }

/** Common English words that carry no topic (for term matching, tag comparison, slugs). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be but by can do does for from has have how i if in into is it its may more most my no not of on or our so such than that the their them then there these they this to too was we what when where which who why will with without you your'.split(
    ' ',
  ),
)

const stemCache = new Map<string, string>()

/** Porter stem of a lower-case word (stemmer package), cached: "diabetic" and "diabetes" → "diabet". */
export function stem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    // Words are slices of a post's text: cached as they are, they would keep every post alive.
    s = ownString(stemmer(word))
    if (stemCache.size > 50000) stemCache.clear()
    stemCache.set(ownString(word), s)
  }
  return s
}

/** Stems of the content words of a text, stop words dropped. */
export function contentStems(text: string): string[] {
  const out: string[] = []
  for (const w of tokenize(text)) if (!STOP_WORDS.has(w)) out.push(stem(w))
  return out
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * One case-insensitive regular expression matching any of the phrases as whole words.
 * White space inside a phrase matches any run of white space; apostrophes match ’ too.
 */
export function phraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  // Compiled once per phrase list and flags: rules ask for the same large lists on every post.
  const key = `${flags}\u0000${phrases.join('\u0000')}`
  let re = phraseCache.get(key)
  if (!re) {
    re = compilePhrases(phrases, flags)
    if (phraseCache.size > 200) phraseCache.clear()
    phraseCache.set(key, re)
  }
  // A shared global or sticky expression must start from the beginning for each caller.
  re.lastIndex = 0
  return re
}

const phraseCache = new Map<string, RegExp>()

function compilePhrases(phrases: readonly string[], flags: string): RegExp {
  const parts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags)
}

/**
 * Two word stems name the same thing: equal, or one extends the other by at most two letters
 * and the shorter has at least five ("sciatic", "sciatica").
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2
}

/** How many stems of `a` have a matching stem (sameStem) in `b`. */
export function sharedStemCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0
  for (const x of a) {
    for (const y of b) {
      if (sameStem(x, y)) {
        n++
        break
      }
    }
  }
  return n
}

/**
 * Whether two tags (as sets of content-word stems) are near-duplicates: their shared stems are at
 * least `jaccard` of all their stems, or at least `minShared` shared stems make up `containment`
 * of the smaller tag. The test of the tag-near-duplicate rule, per post and across the site.
 */
export function tagsSimilar(a: ReadonlySet<string>, b: ReadonlySet<string>, o: { jaccard: number; containment: number; minShared: number }): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  const shared = sharedStemCount(small, large)
  if (shared === 0) return false
  const union = a.size + b.size - shared
  if (shared / union >= o.jaccard) return true
  return shared >= o.minShared && shared / Math.min(a.size, b.size) >= o.containment
}

/**
 * A copy of `text` that does not keep the string it was cut from alive. V8 represents a slice of a
 * long string (a title cut from a 64 KB chunk of an export) as a view into it; kept until the end of
 * a run, such slices would hold the whole export in memory. Concatenating and slicing again makes V8
 * flatten the text into a string of its own.
 */
export function ownString(text: string): string {
  return text.length < 13 ? `${text}` : `${text} `.slice(0, -1)
}
