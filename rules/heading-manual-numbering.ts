import { defineRule } from '../src/rule.js'
import type { Block } from '../src/analysis.js'
import { quote } from './data/content-match.js'

/**
 * "1.", "2)", "3:", "4 -", "Step 4:", "IV. Treatment", "B) Surgery" at the start of a heading.
 * A letter or Roman numeral counts only before a capital ("E. coli", "H. pylori" are names).
 */
const NUMBERING_RE =
  /^\s*(?:(?:\d{1,3}|[ivxlc]{1,5}|[a-h])[.)]\s+(?=\S)|\d{1,3}\s*[:]\s+|\d{1,3}\s+[-–—]\s+|(?:step|part|tip)\s+\d{1,3}\b\s*[:.)–—-]?\s*)/iu

function isManualNumber(text: string): boolean {
  const m = NUMBERING_RE.exec(text)
  if (!m) return false
  const lead = m[0].trim().replace(/[.)]$/, '')
  if (/^\d/.test(lead) || /^(?:step|part|tip)/i.test(lead)) return true
  // Letters and Roman numerals: the text after them starts with a capital (not "E. coli").
  return /^\p{Lu}/u.test(text.slice(m[0].length))
}

export default defineRule({
  id: 'heading-manual-numbering',
  description: 'Headings numbered by hand ("1. Herniated disc")',
  category: 'structure',
  severity: 'info',
  recommended: 'info',
  options: {
    allowSteps: {
      type: 'boolean',
      default: false,
      description: 'Accept "Step 1: …" headings, for procedures where the step number is part of the name.',
    },
  },
  docs: {
    what: 'Reports headings whose text starts with a typed number or letter ("1.", "2)", "IV.", "Step 3:"). Sibling headings numbered the same way are reported once, at the first one.',
    why: 'A typed number is not structure: it has to be renumbered by hand whenever a section is added, moved or removed, screen readers announce it as text ("one full stop"), and it pads the heading that search engines and tables of contents show. When order matters, say so in the text or use an ordered list; otherwise the heading alone is clearer.',
    sources: ['Editorial practice; WCAG technique H42 (headings mark structure, the text names the section)', 'CDC Clear Communication Index item 8: numbered lists for ordered steps'],
    bad: [{ html: '<h2>Common causes</h2>\n<h3>1. Herniated disc</h3>\n<p>A disc presses on a nerve.</p>\n<h3>2. Spinal stenosis</h3>\n<p>The spinal canal narrows.</p>' }],
    good: [
      { html: '<h2>Common causes</h2>\n<h3>Herniated disc</h3>\n<p>A disc presses on a nerve.</p>\n<h3>Spinal stenosis</h3>\n<p>The spinal canal narrows.</p>' },
      { html: '<h2>6-in-1 vaccine side effects</h2>\n<p>Mild fever is common.</p>\n<h2>2024 guideline changes</h2>\n<p>The schedule changed.</p>' },
      { html: '<h2>E. coli infection</h2>\n<p>Most cases are mild.</p>\n<h2>H. pylori tests</h2>\n<p>A breath test is common.</p>' },
      { html: '<h2>Step 1: wash your hands</h2>\n<p>Use soap and water.</p>', options: { allowSteps: true } },
    ],
  },
  check({ analysis, options, report }) {
    const groups = new Map<string, Block[]>()
    for (const heading of analysis.headings) {
      if (!isManualNumber(heading.text)) continue
      if (options.allowSteps && /^\s*step\b/i.test(heading.text)) continue
      const parent = analysis.sections[heading.section]?.parent ?? -1
      const key = `${parent}:${heading.rank}`
      groups.set(key, [...(groups.get(key) ?? []), heading])
    }
    for (const headings of groups.values()) {
      const first = headings[0]!
      const rank = first.rank
      const message =
        headings.length === 1
          ? `Heading ${quote(first.text, 50)} is numbered by hand: drop the number, or use an ordered list if the order matters`
          : `${headings.length} <h${rank}> headings are numbered by hand (${quote(first.text, 40)}…): drop the numbers, or use an ordered list if the order matters`
      report({ node: first.node, message })
    }
  },
})
