import { defineRule } from '../src/rule.js'
import { phraseRegExp } from '../src/text.js'
import { DOSE_CAVEAT_PHRASES, DOSE_CONTEXT_RE, DOSE_RE } from './data/content-lexicon.js'
import { findMatches, matchLocation, quote } from './data/content-match.js'

const CAVEAT_RE = phraseRegExp(DOSE_CAVEAT_PHRASES, 'iu')
/** A copy of DOSE_RE for findMatches (which resets its lastIndex), compiled once. */
const DOSE_MATCH_RE = new RegExp(DOSE_RE.source, DOSE_RE.flags)

export default defineRule({
  id: 'dosage-unsourced',
  description: 'Doses given with no source and no "follow the label / ask a pharmacist" advice',
  category: 'medical',
  severity: 'warn',
  recommended: 'warn',
  options: {
    caveats: {
      type: 'string[]',
      default: [],
      description: 'More phrases that defer to the label or a professional (added to the built-in list).',
    },
  },
  docs: {
    what: 'Reports doses (a number with a unit of medicine: mg, mcg, IU, mL, tablets, puffs…, in a sentence about taking or giving it) when the post neither defers to the label or a professional ("follow the instructions on the packet", "ask a pharmacist", "as prescribed", "do not take more than…") anywhere, nor cites a source in the same paragraph or list item. One finding per sentence.',
    why: 'A dose copied from a web page can be wrong for a child, an older person, someone on other medicines or with kidney or liver disease. Readers need to know where a number comes from and that the label or a pharmacist decides the dose for them.',
    sources: [
      'CDC Clear Communication Index items 15–16: numbers the audience uses are explained and stated plainly',
      'FTC Health Products Compliance Guidance (2022)',
      'NHS medicines pages: every dose is paired with "follow the instructions" or "ask a pharmacist"',
    ],
    bad: [
      { html: '<p>For sciatica, take 800 mg of ibuprofen three times a day.</p>' },
      { html: '<ul><li>Adults: 2 tablets every 4 hours</li><li>Children: 5 ml twice a day</li></ul>' },
    ],
    good: [
      { html: '<p>Adults usually take 400 mg of ibuprofen three times a day. Always follow the instructions on the packet, and ask a pharmacist if you take other medicines.</p>' },
      { html: '<p>The usual dose is 500 mg (<a href="https://www.nhs.uk/medicines/paracetamol-for-adults/">NHS</a>).</p>' },
      { html: '<p>A 5 ml spoon is easier to measure with than a kitchen spoon.</p>' },
      { html: '<p>A blood sugar below 4 mmol/L is too low.</p>' },
    ],
  },
  check({ analysis, options, report }) {
    const caveat = options.caveats.length ? phraseRegExp([...DOSE_CAVEAT_PHRASES, ...options.caveats], 'iu') : CAVEAT_RE
    if (caveat.test(analysis.text)) return
    const seen = new Set<string>()
    for (const m of findMatches(analysis, DOSE_MATCH_RE)) {
      // Only doses in a sentence (or list item) about taking or giving the medicine: not "a 5 ml spoon".
      if (!DOSE_CONTEXT_RE.test(m.sentence.text) && !(m.block.kind === 'list-item' && DOSE_CONTEXT_RE.test(m.block.text))) continue
      // "4 mmol/L", "a 5 ml spoon", "a 30 ml syringe": measurements and devices, not doses.
      if (/^\s*(?:\/\s*(?:l|dl|kg)\b|(?:oral |measuring |plastic )?(?:spoons?|syringes?|cups?|bottles?|packs?|packets?|tubes?|vials?|containers?)\b)/i.test(m.block.text.slice(m.end, m.end + 20))) continue
      if (hasLink(m.block.node)) continue
      const key = `${m.block.index}:${m.sentence.at}`
      if (seen.has(key)) continue
      seen.add(key)
      report({
        ...matchLocation(analysis, m),
        message: `Dose ${quote(m.text)} has no source: cite where it comes from and tell readers to follow the label or ask a pharmacist or doctor`,
      })
    }
  },
})

function hasLink(node: import('hast').Element): boolean {
  return node.children.some((c) => c.type === 'element' && ((c.tagName === 'a' && typeof c.properties['href'] === 'string') || c.tagName === 'sup' || c.tagName === 'cite' || hasLink(c)))
}
