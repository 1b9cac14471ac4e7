import { defineRule } from '../src/rule.js'
import { phraseRegExp } from '../src/text.js'
import { RISK_TERMS, TREATMENT_TERMS } from './data/content-lexicon.js'
import { findMatches, textAfter } from './data/content-match.js'
import { contentStems } from '../src/text.js'

/** Words for medicines in general: they count as one treatment together. */
const GENERIC = new Set(['medication', 'medications', 'medicine', 'medicines', 'drug', 'drugs', 'prescription', 'tablets', 'painkiller', 'painkillers', 'pain relievers'])
/** Forms of one treatment. */
const ALIASES: Record<string, string> = { surgical: 'surgeri', operation: 'surgeri', chemo: 'chemotherapi', injection: 'inject', injections: 'inject' }

const TREATMENT_HEADING_RE = /\b(?:treat|treatments?|treating|therap(?:y|ies)|medicines?|medications?|surgery|management|managing|options)\b/i

const RISK_RE = phraseRegExp(RISK_TERMS, 'iu')
const TREATMENT_RE = phraseRegExp(TREATMENT_TERMS)

export default defineRule({
  id: 'treatment-risks-missing',
  description: 'Treatments are described but none of their risks or side effects are',
  category: 'medical',
  severity: 'warn',
  recommended: 'warn',
  options: {
    minTreatments: {
      type: 'number',
      default: 3,
      min: 1,
      integer: true,
      description: 'Distinct treatments (named drugs, drug classes, procedures; "medicine", "drug" and "prescription" count as one) the post must name before risks are expected.',
    },
    treatments: { type: 'string[]', default: [], description: 'More treatment words (added to the built-in list).' },
    riskTerms: { type: 'string[]', default: [], description: 'More words that count as discussing risks (added to the built-in list).' },
  },
  docs: {
    what: 'Reports a post that names at least `minTreatments` distinct treatments (medicines, drug classes, injections, surgery and other procedures) but uses no word about risks anywhere: risk, side effect, complication, harm, interaction, "not suitable", "can cause"… The finding points at the treatment section\'s heading (or the first treatment named) and lists what was found.',
    why: 'Readers choosing between treatments need the downsides as well as the benefits: surgery, steroid injections and painkillers all carry risks. DISCERN asks whether an article describes the risks of each treatment, and the CDC index asks that risks and benefits both be explained.',
    sources: [
      'DISCERN question 11: does it describe the risks of each treatment?',
      'CDC Clear Communication Index item 19: the material explains the risks and benefits of the recommended behaviour',
    ],
    bad: [
      { html: '<h2>Treatment</h2>\n<ul><li>Ibuprofen or naproxen for pain</li><li>Epidural steroid injections</li><li>Surgery (discectomy) for severe cases</li></ul>' },
    ],
    good: [
      { html: '<h2>Treatment</h2>\n<ul><li>Ibuprofen or naproxen for pain</li><li>Epidural steroid injections</li></ul>\n<h2>Risks and side effects</h2>\n<p>Ibuprofen can cause stomach bleeding. Injections carry a small risk of infection.</p>' },
      { html: '<h2>Self-care</h2>\n<p>Keep moving, use hot or cold packs and do gentle stretches.</p>' },
    ],
    notes: 'A word-list check: it cannot tell whether each treatment has its own risks stated, only whether risks are discussed at all.',
  },
  check({ analysis, options, report }) {
    const risk = options.riskTerms.length ? phraseRegExp([...RISK_TERMS, ...options.riskTerms], 'iu') : RISK_RE
    if (risk.test(analysis.text)) return
    const matches = findMatches(analysis, options.treatments.length ? phraseRegExp([...TREATMENT_TERMS, ...options.treatments]) : TREATMENT_RE, { headings: true })
    const names = new Map<string, string>()
    for (const m of matches) {
      // "insulin levels", "drug abuse": the body's hormone or a substance, not a treatment.
      if (/^\s+(?:levels?|resistance|production|sensitivity|abuse|misuse|use disorder|addiction)\b/i.test(textAfter(m, 20))) continue
      const word = m.text.toLowerCase().replace(/\s+/g, ' ')
      const key = ALIASES[word] ?? (GENERIC.has(word) ? 'medicines' : contentStems(word).join(' '))
      if (!names.has(key)) names.set(key, word)
    }
    if (names.size < options.minTreatments) return
    const heading = analysis.headings.find((h) => TREATMENT_HEADING_RE.test(h.text))
    const node = heading?.node ?? matches[0]!.block.node
    // Named treatments first, the generic "medicines" last.
    const list = [...names.entries()].sort((a, b) => Number(a[0] === 'medicines') - Number(b[0] === 'medicines')).map(([, n]) => n).slice(0, 4).join(', ')
    report({
      node,
      message: `The post names treatments (${list}${names.size > 4 ? '…' : ''}) but no risks or side effects: say what each can cause and who should not have it`,
    })
  },
})
