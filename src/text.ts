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
    s = stemmer(word)
    if (stemCache.size > 50000) stemCache.clear()
    stemCache.set(word, s)
  }
  return s
}

/** Stems of the content words of a text, stop words dropped. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem)
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * One case-insensitive regular expression matching any of the phrases as whole words.
 * White space inside a phrase matches any run of white space; apostrophes match ’ too.
 */
export function phraseRegExp(phrases: readonly string[], flags = 'giu'): RegExp {
  const parts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p.trim()).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, flags)
}
