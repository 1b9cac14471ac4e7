import type { Analysis, Block, Sentence } from '../../src/analysis.js'
import type { ReportDescriptor } from '../../src/rule.js'
import { contentStems } from '../../src/text.js'

/** One match of a pattern inside a block's text. */
export interface BlockMatch {
  block: Block
  /** Start and end of the match in the block's text. */
  start: number
  end: number
  /** The matched text. */
  text: string
  /** The sentence the match is in (the whole block when the splitter found none). */
  sentence: { text: string; at: number }
}

/** Sentences of a block (headings and pre blocks included), computed once per post. */
function sentencesByBlock(analysis: Analysis): Map<Block, Sentence[]> {
  return analysis.shared('content:sentencesByBlock', (a) => {
    const map = new Map<Block, Sentence[]>()
    for (const s of a.sentences) {
      const list = map.get(s.block)
      if (list) list.push(s)
      else map.set(s.block, [s])
    }
    return map
  })
}

/** The sentence of `block` that holds character `at` of its text. */
export function sentenceAt(analysis: Analysis, block: Block, at: number): { text: string; at: number } {
  const list = sentencesByBlock(analysis).get(block)
  if (list) {
    for (const s of list) if (at >= s.at && at < s.at + s.text.length) return { text: s.text, at: s.at }
  }
  return { text: block.text, at: 0 }
}

/**
 * Every match of `re` (a global regular expression) in the text blocks of the post: paragraphs,
 * list items, quotes, cells, captions, and headings when `headings` is set.
 */
export function findMatches(analysis: Analysis, re: RegExp, options: { headings?: boolean } = {}): BlockMatch[] {
  const out: BlockMatch[] = []
  for (const block of analysis.blocks) {
    if (!block.text || block.kind === 'pre') continue
    if (block.kind === 'heading' && !options.headings) continue
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(block.text))) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      out.push({ block, start: m.index, end: m.index + m[0].length, text: m[0], sentence: sentenceAt(analysis, block, m.index) })
    }
  }
  return out
}

/** Report fields that point at a match inside a block. */
export function matchLocation(analysis: Analysis, match: Pick<BlockMatch, 'block' | 'start' | 'end'>): Pick<ReportDescriptor, 'offset' | 'endOffset' | 'node'> {
  const offset = analysis.sourceOffset(match.block, match.start)
  if (offset === undefined) return { node: match.block.node }
  // The end is one past the last character: map the last character, so a match ending at a tag ends before it.
  const last = match.end > match.start ? analysis.sourceOffset(match.block, match.end - 1) : undefined
  const endOffset = last !== undefined && last >= offset ? last + 1 : offset
  return { offset, endOffset }
}

/** The text of a sentence before a match, within the match's sentence. */
export function textBefore(match: BlockMatch, maxChars = 80): string {
  const from = Math.max(match.sentence.at, match.start - maxChars)
  return match.block.text.slice(from, match.start)
}

/** The text of a sentence after a match, within the match's sentence. */
export function textAfter(match: BlockMatch, maxChars = 80): string {
  const sentenceEnd = match.sentence.at + match.sentence.text.length
  return match.block.text.slice(match.end, Math.min(sentenceEnd, match.end + maxChars))
}

/** Quotes a piece of text for a message, shortened to `max` characters. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim()
  return `"${t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t}"`
}

/** Content-word stems of a tag's name (stop words dropped), as a set. */
export function tagStems(name: string): Set<string> {
  return new Set(contentStems(name))
}

/** Word count of a block's text (countWords), counted once per post for all rules. */
export function blockWordCount(analysis: Analysis, block: Block): number {
  const counts = analysis.shared('content:blockWordCount', () => new Map<Block, number>())
  let n = counts.get(block)
  if (n === undefined) {
    n = countWords(block.text)
    counts.set(block, n)
  }
  return n
}

/** Word count of a text (letters or digits runs). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
