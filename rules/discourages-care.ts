import { defineRule } from '../src/rule.js'
import { phraseRegExp } from '../src/text.js'
import { CARE_GUIDANCE_RE, CLINICAL_ALTERNATIVE_RE, NO_DOCTOR_PHRASES, STOP_SAFE_AFTER_RE, STOP_SAFE_BEFORE_RE, STOP_TREATMENT_PHRASES } from './data/content-lexicon.js'
import { findMatches, type BlockMatch, matchLocation, quote, textAfter, textBefore } from './data/content-match.js'

const STOP_RE = phraseRegExp(STOP_TREATMENT_PHRASES)
const NO_DOCTOR_RE = phraseRegExp(NO_DOCTOR_PHRASES)

export default defineRule({
  id: 'discourages-care',
  description: 'Advice to stop or replace medical treatment, or to skip seeing a doctor',
  category: 'medical',
  severity: 'error',
  recommended: 'error',
  options: {
    phrases: { type: 'string[]', default: [], description: 'More phrases that discourage care.' },
  },
  docs: {
    what: 'Reports advice to stop, replace or refuse treatment ("stop taking your medication", "instead of chemotherapy", "ditch your meds") unless it is the safe form ("do not stop taking your medicine without talking to your doctor"). Also reports "no need to see a doctor" and similar when the post gives no guidance on when to get care ("see a GP if…", "call 999/911", "go to A&E"); with that guidance, it is normal self-care advice.',
    why: 'Stopping insulin, anticoagulants, antidepressants or cancer treatment on a web page\'s advice can kill. Advertising codes forbid health claims that discourage essential treatment, and safe health content tells readers when they do need a professional.',
    sources: [
      'CAP Code (UK) rule 12.2: marketers must not discourage consumers from having essential treatment',
      'CDC Clear Communication Index item 14: the material says when and how to contact a provider',
      'Google Search Quality Rater Guidelines: YMYL pages that contradict medical consensus or discourage treatment are lowest quality',
    ],
    bad: [
      { html: '<p>Once you start the diet you can stop taking your medication.</p>' },
      { html: '<p>Try this tea instead of chemotherapy.</p>' },
      { html: '<p>Back pain always goes away by itself, so there is no need to see a doctor.</p>' },
    ],
    good: [
      { html: '<p>Do not stop taking your medicine without talking to your doctor.</p>' },
      { html: '<p>You can stop taking your medication only if your doctor tells you to.</p>' },
      { html: '<p>Radiation therapy may be used instead of surgery for small tumours.</p>' },
      { html: '<p>Most back pain gets better in a few weeks and there is no need to see a doctor.</p>\n<h2>When to see a GP</h2>\n<p>See a GP if the pain has not improved after 4 weeks. Call 999 if you cannot control when you pee.</p>' },
    ],
  },
  check({ analysis, options, report }) {
    const stop = options.phrases.length ? phraseRegExp([...STOP_TREATMENT_PHRASES, ...options.phrases]) : STOP_RE
    for (const m of findMatches(analysis, stop, { headings: true })) {
      if (STOP_SAFE_BEFORE_RE.test(textBefore(m, 60)) || STOP_SAFE_AFTER_RE.test(textAfter(m, 80))) continue
      // "Radiation therapy may be used instead of surgery": one treatment in place of another is a clinical choice.
      if (/^(?:instead of|better than)\b/i.test(m.text) && CLINICAL_ALTERNATIVE_RE.test(sentenceWithout(m))) continue
      report({
        ...matchLocation(analysis, m),
        message: `Unexpected advice ${quote(m.text)}: tell readers not to stop or replace treatment without talking to their doctor`,
      })
    }
    const guidance = CARE_GUIDANCE_RE.test(analysis.text)
    if (guidance) return
    for (const m of findMatches(analysis, NO_DOCTOR_RE, { headings: true })) {
      if (STOP_SAFE_BEFORE_RE.test(textBefore(m, 40))) continue
      report({
        ...matchLocation(analysis, m),
        message: `Unexpected ${quote(m.text)} with no advice on when to get care: add when to see a doctor and when to call emergency services`,
      })
    }
  },
})

/** The match's sentence with the match itself blanked out. */
function sentenceWithout(m: BlockMatch): string {
  const s = m.sentence
  const from = m.start - s.at
  return `${s.text.slice(0, from)} ${s.text.slice(from + m.text.length)}`
}
