import { defineRule } from '../src/rule.js'
import { phraseRegExp } from '../src/text.js'
import { DISCLAIMER_LABEL_RE, DISCLAIMER_PATTERNS, DISCLAIMER_SUBJECT_RE } from './data/disclaimers.js'
import { numbersFor } from './data/emergency-numbers.js'

const BUILT_IN = new RegExp(DISCLAIMER_PATTERNS.map((p) => `(?:${p})`).join('|'), 'iu')

export default defineRule({
  id: 'medical-disclaimer',
  description: 'The post says it is not a substitute for professional medical advice',
  category: 'trust',
  severity: 'error',
  recommended: 'error',
  ymyl: 'error',
  options: {
    phrases: {
      type: 'string[]',
      default: [],
      description: 'Extra wordings that count as a disclaimer on your site (matched as whole words, case-insensitively), e.g. your own standard sentence.',
    },
    siteTemplateProvides: {
      type: 'boolean',
      default: false,
      description: 'Your theme prints a medical disclaimer on every post, so the content does not need one (the rule is then satisfied by config).',
    },
  },
  docs: {
    what:
      'Reports a post that nowhere says it is general information and not a substitute for professional medical advice. Many real wordings count ("not intended to replace the advice of your physician", "for informational purposes only", "always consult your doctor before starting…", a "Disclaimer:" paragraph about medical advice), and you can add your own.',
    why:
      'Readers act on health articles. A disclaimer sets the article\'s role next to their clinician\'s (HONcode\'s complementarity principle), tells them to get individual advice, and is one of the trust signals quality raters and health-on-the-net reviewers look for on YMYL pages.',
    sources: [
      'HONcode principle 2, Complementarity: "The information provided on this site is designed to support, not replace, the relationship that exists between a patient/site visitor and his/her existing physician"',
      'Google Search Quality Rater Guidelines: YMYL pages and trust (E-E-A-T)',
      'Disclaimer wordings: pan-usa.org/disclaimer, doctorisoutside.ca/disclaimer, WebMD and Mayo Clinic site terms',
    ],
    bad: [
      { html: '<h2>Treatment</h2>\n<p>Most sciatica settles within six weeks with gentle exercise and over-the-counter pain relief.</p>' },
      { html: '<p>Seek medical attention if the pain gets worse.</p>\n<p>Talk to your doctor about physiotherapy.</p>' },
    ],
    good: [
      { html: '<p>Most sciatica settles within six weeks.</p>\n<p><em>This article is for informational purposes only and is not a substitute for professional medical advice, diagnosis or treatment.</em></p>' },
      { html: '<p>Most sciatica settles within six weeks.</p>\n<p>The information on this page is not intended to replace the advice of your physician. Always consult your doctor before starting a new exercise programme.</p>' },
      { html: '<p>Most sciatica settles within six weeks.</p>\n<p><strong>Disclaimer:</strong> this content does not constitute medical advice; see your GP about your own situation.</p>' },
      { html: '<p>Most sciatica settles within six weeks.</p>\n<p>Reviewed by our clinical team. Speak to your GP before acting on it.</p>', options: { phrases: ['Reviewed by our clinical team'] } },
      { html: '<p>Most sciatica settles within six weeks.</p>', options: { siteTemplateProvides: true } },
    ],
    notes: 'The rule reads the content only (not the excerpt). A bare "talk to your doctor about physiotherapy" is advice inside the article, not a disclaimer, so it does not count; "consult your doctor before starting…" or "…about your own situation" does.',
  },
  check({ post, options, settings, analysis, report }) {
    if (options.siteTemplateProvides) return
    const extra = options.phrases.length ? phraseRegExp(options.phrases, 'iu') : undefined
    for (const block of analysis.blocks) {
      if (!block.text) continue
      if (BUILT_IN.test(block.text) || extra?.test(block.text)) return
      if (DISCLAIMER_LABEL_RE.test(block.text) && DISCLAIMER_SUBJECT_RE.test(block.text)) return
      // A "Disclaimer" heading followed by a paragraph about advice or doctors.
      if (block.kind === 'heading' && DISCLAIMER_LABEL_RE.test(block.text)) {
        const section = analysis.sections[block.section]
        if (section?.blocks.some((b) => DISCLAIMER_SUBJECT_RE.test(b.text))) return
      }
    }
    if (extra?.test(post.title)) return
    const { emergency } = numbersFor(settings.locale)
    const text = `This article is for general information only and is not a substitute for professional medical advice, diagnosis or treatment. Always ask your doctor or another qualified health professional about your own situation, and call ${emergency} in an emergency.`
    const end = post.contentHtml.trimEnd().length
    report({
      atEnd: true,
      message: `Add a medical disclaimer: say that the post is general information, not a substitute for professional medical advice, diagnosis or treatment, that readers should ask their own doctor, and to call ${emergency} in an emergency`,
      suggestions: [{ desc: 'Add a disclaimer paragraph at the end of the content', fix: { field: 'content', range: [end, end], text: `\n<p><em>${text}</em></p>` } }],
    })
  },
})
