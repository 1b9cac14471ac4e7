import { ownString } from '../../src/text.js'
import { syllable } from 'syllable'
import { fleschKincaid } from 'flesch-kincaid'
import { smogFormula } from 'smog-formula'
import { flesch } from 'flesch'
import { tokenize } from '../../src/analysis.js'
import type { Analysis, Block } from '../../src/analysis.js'

/**
 * How text is counted for readability formulas:
 * - `prose`: paragraphs, quotes and captions, plus list items and table cells that are full
 *   sentences (end with . ! or ?); headings and fragment bullets are left out (the UNMH method).
 * - `all`: every block, each heading and bullet counted as a sentence (what most online
 *   checkers and Yoast do when they read the whole text).
 */
export type Counting = 'prose' | 'all'

export interface ReadabilityCounts {
  counting: Counting
  sentence: number
  word: number
  syllable: number
  /** Words of three or more syllables (SMOG). */
  polysillabicWord: number
  /** Flesch-Kincaid grade level (flesch-kincaid package). */
  fleschKincaid: number
  /** SMOG grade (smog-formula package); NaN without sentences. */
  smog: number
  /** Flesch reading ease (flesch package). */
  fleschReadingEase: number
}

const PROSE_KINDS = new Set<Block['kind']>(['paragraph', 'quote', 'caption'])
const SENTENCE_END = /[.!?]["'”’)\]]*$/

/** Words that count in formulas: tokens with at least one letter (numbers have no syllables). */
export function formulaWords(text: string): string[] {
  return letterWords(tokenize(text))
}

const HAS_LETTER = /\p{L}/u

/** The tokens that count in formulas: those with at least one letter. */
function letterWords(tokens: readonly string[]): string[] {
  return tokens.filter((w) => HAS_LETTER.test(w))
}

const syllableCache = new Map<string, number>()

/** Syllables of a word (syllable package, cached: it is slow per call), at least 1. */
export function syllables(word: string): number {
  let n = syllableCache.get(word)
  if (n === undefined) {
    n = Math.max(1, syllable(word))
    if (syllableCache.size > 100000) syllableCache.clear()
    // The word is a slice of a post's text: a copy keeps the cache from holding the post alive.
    syllableCache.set(ownString(word), n)
  }
  return n
}

/** Whether a block's text counts under `counting`. */
export function countsAsProse(block: Block): boolean {
  if (PROSE_KINDS.has(block.kind)) return true
  if (block.kind === 'list-item' || block.kind === 'cell') return SENTENCE_END.test(block.text.trim())
  return false
}

/** Sentence word lists under a counting method. */
export function sentenceWords(analysis: Analysis, counting: Counting): string[][] {
  return analysis.shared(`meta:sentenceWords:${counting}`, (a) => {
    const out: string[][] = []
    const byBlock = new Map<Block, string[][]>()
    for (const s of a.sentences) {
      // The sentence's tokens are its text's tokens: no need to split it again.
      const words = letterWords(s.words)
      if (!words.length) continue
      const list = byBlock.get(s.block) ?? []
      list.push(words)
      byBlock.set(s.block, list)
    }
    for (const block of a.blocks) {
      if (!block.text || block.kind === 'pre') continue
      if (block.kind === 'heading') {
        if (counting === 'all') {
          const words = formulaWords(block.text)
          if (words.length) out.push(words)
        }
        continue
      }
      if (counting === 'prose' && !countsAsProse(block)) continue
      out.push(...(byBlock.get(block) ?? []))
    }
    return out
  })
}

/** Counts and grades computed from sentence word lists. */
export function countsOf(sentences: readonly string[][], counting: Counting): ReadabilityCounts {
  let word = 0
  let syl = 0
  let poly = 0
  for (const s of sentences) {
    for (const w of s) {
      const n = syllables(w)
      word++
      syl += n
      if (n >= 3) poly++
    }
  }
  const counts = { sentence: sentences.length, word, syllable: syl }
  return {
    counting,
    ...counts,
    polysillabicWord: poly,
    fleschKincaid: counts.sentence && word ? fleschKincaid(counts) : Number.NaN,
    smog: counts.sentence ? smogFormula({ sentence: counts.sentence, polysillabicWord: poly }) : Number.NaN,
    fleschReadingEase: counts.sentence && word ? flesch(counts) : Number.NaN,
  }
}

/** Readability counts of a post's content, memoised per counting method. */
export function readability(analysis: Analysis, counting: Counting): ReadabilityCounts {
  return analysis.shared(`meta:readability:${counting}`, (a) => countsOf(sentenceWords(a, counting), counting))
}
