import { defineRule } from '../src/rule.js'
import type { Block } from '../src/analysis.js'
import { escapeRegExp } from '../src/text.js'
import { ACRONYM_EXPANSIONS, COMMON_ACRONYMS, DEFINITION_CUES_AFTER, DEFINITION_CUES_BEFORE, MEDICAL_TERMS } from './data/meta-jargon.js'

const CUE_AFTER = new RegExp(
  `^(?:\\s*[(—–:]|\\s+-\\s|\\s*,?\\s*(?:${DEFINITION_CUES_AFTER.filter((c) => c !== 'or').map((c) => escapeRegExp(c).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}])|\\s*,\\s*(?:or|a|an)\\s)`,
  'iu',
)
const CUE_BEFORE = new RegExp(`(?:${DEFINITION_CUES_BEFORE.map((c) => escapeRegExp(c).replace(/\s+/g, '\\s+')).join('|')})\\s*[:,]?\\s*["“‘']?\\s*$`, 'iu')
const ACRONYM_RE = /(?<![\p{L}\p{N}'’&.])([A-Z][A-Z0-9]{1,7})(s?)(?![\p{L}\p{N}'’&]|\.\p{L})/gu
const LETTER_RUN_RE = /\p{L}+/gu
const SKIPPABLE = new Set(['of', 'and', 'the', 'for', 'in', 'to', 'on', 'with', 'a', 'an', 'by'])

export default defineRule({
  id: 'jargon-unexplained',
  description: 'Medical terms and acronyms are explained where they are first used',
  category: 'readability',
  severity: 'warn',
  recommended: 'info',
  options: {
    terms: {
      type: 'object',
      default: {},
      description: 'More terms to check, as {"term": "plain meaning"} (lower case); added to the built-in list.',
      validate: (value) => (Object.values(value).every((v) => typeof v === 'string') ? undefined : 'expected {"term": "plain meaning"} with string values'),
    },
    ignore: { type: 'string[]', default: [], description: 'Terms and acronyms your readers know (case-insensitive for terms, exact for acronyms).' },
    acronyms: { type: 'boolean', default: true, description: 'Also check acronyms (two or more capital letters).' },
    knownAcronyms: { type: 'string[]', default: COMMON_ACRONYMS, description: 'Acronyms that need no explanation (replaces the built-in list).' },
  },
  docs: {
    what: 'Reports the first use of a specialist medical term (radiculopathy, laminectomy, myocardial infarction…) that is not explained there, and of an acronym whose expansion has not appeared by then. A term counts as explained when a definition cue follows it ("which is", "a condition where", "means", brackets, a dash, ", or …"), when it names something just described ("called spinal stenosis", "a skin specialist (dermatologist)"), or when it heads a section that goes on to describe it. An acronym counts as explained when its expansion appears first ("electromyography (EMG)", or the spelled-out words anywhere before), or when brackets after it explain it ("EMG (a test of the nerves)"). Terms and acronyms in a link\'s text are skipped: the link leads to their explanation.',
    why: 'Unexplained jargon is the commonest reason health text is misunderstood. The CDC Clear Communication Index asks that technical terms be avoided or explained, and readers who do not know a term skip the advice attached to it.',
    sources: [
      'CDC Clear Communication Index, item 7: the material explains technical or scientific terms',
      'NIH/NLM, "Plain language: getting started"; NHS content style guide: explain medical words',
      'Schwartz and Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003 (the acronym matching)',
    ],
    bad: [
      { html: '<p>Sciatica is often caused by lumbar radiculopathy.</p>' },
      { html: '<p>Your doctor may order nerve tests (EMG) to check the nerves.</p>' },
    ],
    good: [
      { html: '<p>Sciatica is often caused by radiculopathy, which is pain from a pinched nerve root.</p>' },
      { html: '<p>Your doctor may test the nerves with electromyography (EMG). The EMG takes about an hour.</p>' },
      { html: '<p>A skin specialist (dermatologist) may suggest a cream.</p>' },
      { html: '<h3>Spondylolisthesis</h3>\n<p>When one bone in the spine slips forward over another, it can press on nerves.</p>' },
      { html: '<p>Take ibuprofen with food. Call NHS 111 if the pain gets worse, or see GOV.UK for sick pay.</p>' },
      { html: '<ul><li><a href="/conditions/ewing-sarcoma/">Ewing sarcoma</a></li></ul>' },
    ],
    notes:
      'The term list holds about 130 specialist words with plain meanings (shown in the message); everyday medical words (diabetes, asthma, insulin, X-ray) and well-known acronyms (NHS, GP, MRI, CT, DNA, HIV) are left out, and sites extend both with `terms` and `knownAcronyms`. Blocks written in capitals (shouted warnings) are not searched for acronyms.',
  },
  check({ options, analysis, report }) {
    const { terms, keys, termRe } = termMatcher(options.terms as Record<string, string>, options.ignore)
    const known = new Set([...options.knownAcronyms, ...options.ignore])
    const seenTerms = new Set<string>()
    const seenAcronyms = new Set<string>()
    const blocks = analysis.blocks.filter((b) => b.text && b.kind !== 'pre')
    // A term that is a link's text leads to its explanation ("Ewing sarcoma" linking to its page).
    const linkRanges = analysis.links.flatMap((l) => (l.node.position ? [[l.node.position.start.offset ?? 0, l.node.position.end.offset ?? 0] as const] : []))
    // The lower-case text and words of the blocks before the current one, built as far as an
    // acronym first needs them (blocks are separated by newlines, so each block is lower-cased
    // and split on its own).
    const lowerBefore: string[] = []
    const wordsBefore: string[] = []
    const readBefore = (i: number) => {
      for (let j = lowerBefore.length; j < i; j++) {
        const lower = blocks[j]!.text.toLowerCase()
        lowerBefore.push(lower)
        for (const w of lower.match(LETTER_RUN_RE) ?? []) wordsBefore.push(w)
      }
    }
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      const text = block.text
      if (termRe) {
        termRe.lastIndex = 0
        let m: RegExpExecArray | null
        while ((m = termRe.exec(text))) {
          const key = m[0].toLowerCase().replace(/\s+/g, ' ')
          if (seenTerms.has(key)) continue
          for (const k of keys) if (k === key || ` ${key} `.includes(` ${k} `)) seenTerms.add(k)
          const start = m.index
          const end = start + m[0].length
          const offset = analysis.sourceOffset(block, start)
          if (termExplained(block, blocks[i + 1], start, end) || inLink(offset, linkRanges)) continue
          report({
            ...(offset !== undefined ? { offset, endOffset: analysis.sourceOffset(block, end) ?? offset } : { node: block.node }),
            message: `"${m[0]}" is not explained where it is first used: say what it means in plain words, e.g. "${terms[key] ?? 'a plain description'} (${m[0]})"`,
          })
        }
      }
      if (options.acronyms) {
        ACRONYM_RE.lastIndex = 0
        let m: RegExpExecArray | null
        let shouting: boolean | undefined
        while ((m = ACRONYM_RE.exec(text))) {
          // Blocks written in capitals are not searched (decided at the first candidate).
          if ((shouting ??= isShouting(text))) break
          const acr = m[1]!
          if (seenAcronyms.has(acr) || known.has(acr) || known.has(acr + m[2]) || /^[IVXLCDM]+$/.test(acr) || (acr.match(/[A-Z]/g) ?? []).length < 2) continue
          const start = m.index
          const end = start + m[0].length
          const at = analysis.sourceOffset(block, start)
          if (inLink(at, linkRanges)) continue
          seenAcronyms.add(acr)
          const sentenceEnd = nextSentenceEnd(text, end)
          readBefore(i)
          const lowerHere = text.slice(0, sentenceEnd).toLowerCase()
          if (acronymExplained(acr, text, start, end, lowerBefore, wordsBefore, lowerHere)) continue
          const expansion = ACRONYM_EXPANSIONS[acr]?.[0]
          report({
            ...(at !== undefined ? { offset: at, endOffset: analysis.sourceOffset(block, end) ?? at } : { node: block.node }),
            message: `"${acr}" is not spelled out where it is first used: write the full term first, e.g. "${expansion ?? 'the full term'} (${acr})"`,
          })
        }
      }
    }
  },
})

interface TermMatcher {
  terms: Record<string, string>
  keys: readonly string[]
  termRe: RegExp | undefined
}

const matchers = new Map<string, TermMatcher>()

/** The term list and its regular expression for the rule's options, built once per options. */
function termMatcher(extra: Record<string, string>, ignored: readonly string[]): TermMatcher {
  const cacheKey = JSON.stringify([extra, ignored])
  let matcher = matchers.get(cacheKey)
  if (!matcher) {
    const ignore = new Set(ignored.map((t) => t.toLowerCase()))
    const terms: Record<string, string> = { ...MEDICAL_TERMS, ...extra }
    const keys = Object.keys(terms).filter((k) => !ignore.has(k))
    const termRe = keys.length
      ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${[...keys].sort((a, b) => b.length - a.length).map((k) => escapeRegExp(k).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])`, 'giu')
      : undefined
    matcher = { terms, keys, termRe }
    if (matchers.size > 20) matchers.clear()
    matchers.set(cacheKey, matcher)
  }
  return matcher
}

function inLink(offset: number | undefined, ranges: readonly (readonly [number, number])[]): boolean {
  return offset !== undefined && ranges.some(([a, b]) => offset >= a && offset < b)
}

function termExplained(block: Block, next: Block | undefined, start: number, end: number): boolean {
  const text = block.text
  const after = text.slice(end, end + 60)
  const prior = text.slice(Math.max(0, start - 60), start)
  if (CUE_AFTER.test(after)) return true
  if (CUE_BEFORE.test(prior)) return true
  // "a skin specialist (dermatologist)": the term names the words before the brackets.
  if (/[\p{L}]\s*\(\s*$/u.test(prior) && /^\s*\)/.test(after)) return true
  // A heading that names the term, followed by text that describes it.
  if (block.kind === 'heading' && next && next.kind !== 'heading') return true
  // A term that is the whole of a bullet or cell label followed by a description ("Laminectomy – …").
  return false
}

/**
 * Whether the acronym is explained: by its expansion or by initials in the text up to the end of
 * its sentence (`lowerBefore`/`wordsBefore`: the earlier blocks, lower case; `lowerHere`: this
 * block up to the end of the sentence, lower case), or by the words around it.
 */
function acronymExplained(acr: string, text: string, start: number, end: number, lowerBefore: readonly string[], wordsBefore: readonly string[], lowerHere: string): boolean {
  // Expansions hold no newline, so one is found within a single block's text.
  for (const e of ACRONYM_EXPANSIONS[acr] ?? []) if (lowerHere.includes(e) || lowerBefore.some((l) => l.includes(e))) return true
  const after = text.slice(end, end + 120)
  const paren = /^\s*\(([^()]{2,100})\)/.exec(after)
  if (paren) {
    const inside = paren[1]!.trim()
    if (schwartzHearst(acr, inside) || inside.split(/\s+/).length >= 2) return true
  }
  if (/^\s+(?:stands\s+for|is\s+short\s+for|means)\b/i.test(after)) return true
  const before = text.slice(0, start)
  if (/\(\s*$/.test(before)) {
    const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('(', before.length - 2) + 1, 0)
    const words = before.slice(sentenceStart, before.length).replace(/\(\s*$/, '').trim().split(/\s+/)
    const candidate = words.slice(-Math.min(acr.length + 5, acr.length * 2)).join(' ')
    if (schwartzHearst(acr, candidate)) return true
  }
  return initialsBefore(acr, [...wordsBefore, ...(lowerHere.match(LETTER_RUN_RE) ?? [])])
}

/** Schwartz–Hearst: the short form's letters appear, in order, in the long form, the first at a word start. */
export function schwartzHearst(short: string, long: string): boolean {
  const s = short.toLowerCase()
  const l = long.toLowerCase()
  let si = s.length - 1
  let li = l.length - 1
  while (si >= 0) {
    const c = s[si]!
    if (!/[\p{L}\p{N}]/u.test(c)) {
      si--
      continue
    }
    while ((li >= 0 && l[li] !== c) || (si === 0 && li > 0 && /[\p{L}\p{N}]/u.test(l[li - 1]!))) li--
    if (li < 0) return false
    li--
    si--
  }
  // The long form must be longer than the short form and hold more than one letter per word of it.
  return l.replace(/[^\p{L}]/gu, '').length > s.length
}

/** Whether words (lower case) whose initials spell the acronym appear in order ("body mass index" for BMI). */
function initialsBefore(acr: string, words: readonly string[]): boolean {
  const letters = acr.toLowerCase()
  if (!/^[a-z]+$/.test(letters)) return false
  for (let i = 0; i < words.length; i++) {
    if (words[i]![0] !== letters[0]) continue
    let j = i
    let k = 0
    while (j < words.length && k < letters.length) {
      const w = words[j]!
      if (w[0] === letters[k]) k++
      else if (!(k > 0 && SKIPPABLE.has(w))) break
      j++
    }
    if (k === letters.length) return true
  }
  return false
}

function nextSentenceEnd(text: string, from: number): number {
  const m = /[.!?](?=\s|$)/g
  m.lastIndex = from
  const r = m.exec(text)
  return r ? r.index + 1 : text.length
}

function isShouting(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? []
  if (words.length < 3) return false
  const upper = words.filter((w) => w === w.toUpperCase()).length
  return upper / words.length > 0.6
}
