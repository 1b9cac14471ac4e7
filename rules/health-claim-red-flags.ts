import { defineRule } from '../src/rule.js'
import { phraseRegExp } from '../src/text.js'
import { tokenize } from '../src/analysis.js'
import { CURE_CONTEXT_ALLOW, CURE_PURPOSE_BEFORE_RE, FAST_RESULT_RE, REPORTED_CLAIM_WORDS, HYPE_PHRASES, NEGATION_AFTER_RE, NEGATION_BEFORE_RE } from './data/content-lexicon.js'
import { findMatches, matchLocation, quote, textAfter, textBefore } from './data/content-match.js'
import type { BlockMatch } from './data/content-match.js'

const CURE_RE = /(?<![\p{L}\p{N}])(?:cure|cures|cured)(?![\p{L}\p{N}-])/giu
const CURE_ALLOW = new Set(CURE_CONTEXT_ALLOW)
const REPORTED = new Set(REPORTED_CLAIM_WORDS)
const HYPE_RE = phraseRegExp(HYPE_PHRASES)
/** A copy of FAST_RESULT_RE for findMatches (which resets its lastIndex), compiled once. */
const FAST_MATCH_RE = new RegExp(FAST_RESULT_RE.source, FAST_RESULT_RE.flags)

export default defineRule({
  id: 'health-claim-red-flags',
  description: 'Health-fraud wording: miracle cures, guaranteed results, "100% effective", cures in N days',
  category: 'medical',
  severity: 'error',
  recommended: 'error',
  options: {
    phrases: {
      type: 'string[]',
      default: [],
      description: 'More phrases to report, matched as whole words, case-insensitively.',
    },
    allow: {
      type: 'string[]',
      default: [],
      description: 'Built-in phrases not to report (e.g. "guaranteed" on a site that sells guaranteed appointment slots).',
    },
    checkCure: {
      type: 'boolean',
      default: true,
      description: 'Report "cure"/"cures"/"cured" stated flatly ("turmeric cures arthritis"); hedged, negated and research uses are never reported.',
    },
  },
  docs: {
    what: 'Reports, in the title and the content, the wording the FDA lists as tip-offs of health fraud: "miracle", "guaranteed", "100% effective", "secret ingredient", "scientific breakthrough", "all natural", "no side effects", "quick fix", "they don\'t want you to know", and cures or results promised "in N days". "Cure" itself is normal clinical language, so it is reported only when stated flatly: not when the sentence negates it ("there is no cure", "no known cure"), hedges it ("surgery may cure the cancer", "most people are cured"), gives a rate ("cure rate") or reports someone else\'s claim ("products that claim to cure"). A phrase is not reported when a negation stands just before it ("there is no miracle cure", "results are not guaranteed").',
    why: 'Promises of certain, fast or miraculous results are how unsafe products and false treatments are sold; readers who believe them may delay or refuse treatment that works. Advertising codes forbid these claims for health products, and search engines treat them as a sign of untrustworthy health content.',
    sources: [
      'FDA, "Health Fraud Scams" and "6 tip-offs to rip-offs": one product does it all, quick fix, "all natural", "miracle cure", "scientific breakthrough", "secret ingredient", guarantees',
      'CAP Code (UK) section 12: marketers must not falsely claim a product can cure',
      'FTC Health Products Compliance Guidance (2022)',
    ],
    bad: [
      { html: '<p>This miracle supplement reverses nerve damage.</p>' },
      { html: '<p>Our herbal tea cures sciatica in 7 days.</p>' },
      { html: '<p>The treatment is 100% effective and guaranteed to work.</p>' },
      { html: '<p>Turmeric cures arthritis.</p>' },
      { html: '<p>Turmeric is gentle on the stomach.</p>', post: { title: { rendered: 'The miracle spice for joint pain' } } },
    ],
    good: [
      { html: '<p>There is no cure for type 1 diabetes, but insulin lets people live full lives.</p>' },
      { html: '<p>Surgery may cure early-stage bowel cancer. The cure rate depends on the stage.</p>' },
      { html: '<p>Be wary of products that claim to cure arthritis. There is no miracle cure, and results are not guaranteed.</p>' },
      { html: '<p>Most cases of chlamydia are cured with a short course of antibiotics.</p>' },
      { html: '<p>Symptoms usually improve in 7 days.</p>' },
      { html: '<p>To cure the infection, you need the full course of antibiotics.</p>' },
    ],
    notes: 'Measured on real health content: see the corpus test. NHS pages use "cure" in hedged or negated sentences only, which the rule accepts.',
  },
  check({ post, analysis, options, report }) {
    const allow = new Set(options.allow.map((p) => p.toLowerCase()))
    const phrases = allow.size || options.phrases.length ? [...HYPE_PHRASES.filter((p) => !allow.has(p.toLowerCase())), ...options.phrases] : HYPE_PHRASES
    const reported = new Set<string>()
    const emit = (m: BlockMatch, message: string) => {
      const key = `${m.block.index}:${m.start}`
      if (reported.has(key)) return
      reported.add(key)
      report({ ...matchLocation(analysis, m), message })
    }
    if (phrases.length) {
      const re = phrases === HYPE_PHRASES ? HYPE_RE : phraseRegExp(phrases)
      re.lastIndex = 0
      for (const m of post.title.matchAll(re)) {
        if (NEGATION_BEFORE_RE.test(post.title.slice(0, m.index))) continue
        report({ field: 'title', message: `Unexpected health-fraud wording ${quote(m[0])} in the title: describe what the post covers instead of promising results` })
      }
      for (const m of findMatches(analysis, re, { headings: true })) {
        if (NEGATION_BEFORE_RE.test(textBefore(m, 60)) || NEGATION_AFTER_RE.test(textAfter(m, 80))) continue
        // "No one treatment for IC has been found that works for everyone": denied anywhere in the sentence.
        if (/^works/i.test(m.text) && /(?<![\p{L}])(?:no|not|none|never)(?![\p{L}])|n['’]t\b/iu.test(m.sentence.text)) continue
        emit(m, `Unexpected health-fraud wording ${quote(m.text)}: state what the evidence shows, with its limits, instead of promising results`)
      }
    }
    for (const m of findMatches(analysis, FAST_MATCH_RE, { headings: true })) {
      if (NEGATION_BEFORE_RE.test(textBefore(m, 60)) || hedged(m.sentence.text, REPORTED)) continue
      emit(m, `Unexpected promise of fast results ${quote(m.text)}: say how long improvement usually takes and for whom, with a source`)
    }
    if (options.checkCure && !allow.has('cure')) {
      for (const m of findMatches(analysis, CURE_RE, { headings: true })) {
        if (hedged(m.sentence.text, CURE_ALLOW) || CURE_PURPOSE_BEFORE_RE.test(textBefore(m, 40)) || /^\s*(?:rates?\b|(?:or smoked\s+|and smoked\s+)?(?:meats?|ham|bacon|fish|salmon|sausages?|pork|foods?|cheese)\b)/i.test(textAfter(m, 30))) continue
        emit(m, `Unexpected flat claim ${quote(m.sentence.text, 70)}: say how likely a cure is, for whom and with which treatment, or that there is no cure`)
      }
    }
  },
})

/** The sentence negates, hedges, quantifies or reports the claim. */
function hedged(sentence: string, words: ReadonlySet<string>): boolean {
  if (/%|n['’]t\b|\?\s*$/u.test(sentence)) return true
  return tokenize(sentence).some((w) => words.has(w.replace(/’/g, "'")))
}
