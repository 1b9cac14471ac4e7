import { defineRule } from '../src/rule.js'
import type { Element, Nodes } from 'hast'
import type { Block } from '../src/analysis.js'
import { phraseRegExp } from '../src/text.js'
import { CITATION_RE, CITATION_TAGS, EFFICACY_PHRASES } from './data/content-lexicon.js'
import { findMatches, matchLocation, quote } from './data/content-match.js'

const EFFICACY_RE = phraseRegExp(EFFICACY_PHRASES)

export default defineRule({
  id: 'unsubstantiated-efficacy',
  description: '"Clinically proven", "studies show" and similar claims with no citation near them',
  category: 'medical',
  severity: 'warn',
  recommended: 'warn',
  options: {
    windowChars: {
      type: 'number',
      default: 200,
      min: 0,
      integer: true,
      description: 'How far (in characters of text) before or after the claim a citation may be: a link, a footnote marker, "(Smith et al., 2021)", "a 2021 study in…".',
    },
    phrases: { type: 'string[]', default: [], description: 'More claim phrases to check.' },
  },
  docs: {
    what: 'Reports evidence claims ("clinically proven", "scientifically proven", "studies show", "research has shown", "doctors recommend", "experts agree") that have no citation within `windowChars` characters: no link, footnote marker (`[1]`, `<sup>`), `<cite>`, author–year reference, DOI or PMID, and no named source ("according to the…", "a 2021 study").',
    why: 'Appeals to unnamed studies or doctors borrow the authority of evidence without letting the reader check it. Health claims need competent and reliable scientific evidence, and readers judging a health page look first for where its claims come from.',
    sources: [
      'FTC Health Products Compliance Guidance (2022): claims need "competent and reliable scientific evidence", generally randomised controlled trials',
      'HONcode principle 5 (justifiability): claims about benefits are backed by balanced evidence and references',
      'JAMA benchmarks (Silberg 1997): attribution of references and sources for all content',
    ],
    bad: [
      { html: '<p>Our back brace is clinically proven to relieve sciatica.</p>' },
      { html: '<p>Studies show that magnesium cuts nerve pain in half.</p>' },
    ],
    good: [
      { html: '<p>Studies show that staying active helps sciatica recover faster (<a href="https://www.nice.org.uk/guidance/ng59">NICE NG59</a>).</p>' },
      { html: '<p>Research has shown that exercise therapy reduces pain in chronic low back pain [1].</p>' },
      { html: '<p>According to the NIH, studies show that physical therapy helps many people with sciatica.</p>' },
      { html: '<p>Exercise is one of the best ways to manage back pain.</p>' },
    ],
  },
  check({ analysis, options, report }) {
    const re = options.phrases.length ? phraseRegExp([...EFFICACY_PHRASES, ...options.phrases]) : EFFICACY_RE
    const blocks = analysis.blocks
    for (const m of findMatches(analysis, re, { headings: true })) {
      if (cited(blocks, m.block, m.start, m.end, options.windowChars)) continue
      const at = analysis.sourceOffset(m.block, m.start)
      if (at !== undefined && citationElementNear(m.block.node, at, options.windowChars)) continue
      report({
        ...matchLocation(analysis, m),
        message: `Unexpected ${quote(m.text)} with no citation nearby: link or cite the study or guideline, or remove the claim`,
      })
    }
  },
})

/** A citation lies within `window` characters of text before or after [start, end) of the block. */
function cited(blocks: readonly Block[], block: Block, start: number, end: number, window: number): boolean {
  const text = block.text
  const from = Math.max(0, start - window)
  const to = Math.min(text.length, end + window)
  if (CITATION_RE.test(text.slice(from, to))) return true
  // The window reaches into the neighbouring blocks.
  let room = window - (text.length - end)
  for (let i = block.index + 1; room > 0 && i < blocks.length; i++) {
    const next = blocks[i]!
    if (next.kind === 'heading') break
    if (CITATION_RE.test(next.text.slice(0, room)) || hasCitationElement(next.node)) return true
    room -= next.text.length + 1
  }
  room = window - start
  for (let i = block.index - 1; room > 0 && i >= 0; i--) {
    const prev = blocks[i]!
    if (prev.kind === 'heading') break
    if (CITATION_RE.test(prev.text.slice(Math.max(0, prev.text.length - room))) || hasCitationElement(prev.node)) return true
    room -= prev.text.length + 1
  }
  return false
}

/**
 * A link, footnote or <cite> inside the claim's own block whose source position is within the
 * window (counted generously, twice the characters, since markup sits between the words).
 */
function citationElementNear(node: Element, at: number, window: number): boolean {
  const walk = (n: Nodes): boolean => {
    if (n.type !== 'element') return false
    if (CITATION_TAGS.has(n.tagName) && (n.tagName !== 'a' || typeof n.properties['href'] === 'string')) {
      const start = n.position?.start.offset
      const end = n.position?.end.offset
      if (start === undefined || end === undefined) return true
      if (end >= at - window * 2 && start <= at + window * 2) return true
    }
    return n.children.some((c) => walk(c as Nodes))
  }
  return node.children.some((c) => walk(c as Nodes))
}

function hasCitationElement(node: Element): boolean {
  const walk = (n: Nodes): boolean =>
    n.type === 'element'
      ? (CITATION_TAGS.has(n.tagName) && (n.tagName !== 'a' || typeof n.properties['href'] === 'string')) || n.children.some((c) => walk(c as Nodes))
      : false
  return node.children.some((c) => walk(c as Nodes))
}
