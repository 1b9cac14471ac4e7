import { defineRule } from '../src/rule.js'
import { isoDay, reviewInfo } from './data/meta-trust.js'

const REVIEWED_SCHEMA = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': ['WebPage', 'MedicalWebPage'],
      '@id': 'https://health.example.org/sciatica/#webpage',
      reviewedBy: { '@id': 'https://health.example.org/#/schema/person/ada' },
      lastReviewed: '2025-02-10',
    },
    { '@type': 'Person', '@id': 'https://health.example.org/#/schema/person/ada', name: 'Ada Mensah, MD' },
  ],
}

export default defineRule({
  id: 'medical-reviewer',
  description: 'Health content names a medical reviewer and the date of the last review',
  category: 'trust',
  severity: 'warn',
  recommended: 'warn',
  ymyl: 'error',
  options: {
    requireDate: { type: 'boolean', default: true, description: 'Also require the date of the last review, not only the reviewer.' },
  },
  docs: {
    what: 'Reports a post with no medical reviewer ("Medically reviewed by …", "Reviewed by …", "Medical reviewer: …") or no review date ("Last reviewed: 12 March 2025", "Page last reviewed …"), looking in the content and in the SEO plugin\'s schema graph (`reviewedBy`, `lastReviewed` in `yoast_head_json`).',
    why: 'Google asks whether health content is written or reviewed by an expert, and schema.org gives `reviewedBy` and `lastReviewed` for exactly this. A named reviewer and a review date let readers see that a clinician checked the advice and when.',
    sources: [
      'schema.org MedicalWebPage, reviewedBy and lastReviewed',
      'Google Search Central, "Creating helpful, reliable, people-first content": expertise, content written or reviewed by an expert',
      'HONcode principle 4: date of last modification clearly displayed',
    ],
    bad: [
      { html: '<p>Sciatica is pain that travels from the lower back down the leg.</p>' },
      { html: '<p>Sciatica is pain that travels down the leg.</p>\n<p>Medically reviewed by Ada Mensah, MD</p>' },
    ],
    good: [
      { html: '<p>Sciatica is pain that travels down the leg.</p>\n<p>Medically reviewed by Ada Mensah, MD. Last reviewed: 10 February 2025.</p>' },
      { html: '<p>Sciatica is pain that travels down the leg.</p>', post: { yoast_head_json: { title: 'Sciatica', schema: REVIEWED_SCHEMA } } },
      { html: '<p>Sciatica is pain that travels down the leg.</p>\n<p>Medically reviewed by Ada Mensah, MD</p>', options: { requireDate: false } },
    ],
    notes:
      'Reviewer names must start with a capital letter, so body text such as "have your medicines reviewed by a pharmacist" is not taken for a reviewer line. Numeric dates (03/04/2025) are ambiguous between locales and are not read. The NHS pages in the corpus carry no reviewer line in their text (the live site prints one in the page template), so the rule reports them: a true finding for the text as given.',
  },
  check({ options, analysis, report }) {
    const info = reviewInfo(analysis)
    if (!info.reviewer) {
      const date = info.reviewed ? ` (the page gives a review date, ${isoDay(info.reviewed.date)}, but no reviewer)` : ''
      report({
        atEnd: true,
        message: `No medical reviewer is named${date}: add a "Medically reviewed by" line with the reviewer's name and credentials, or reviewedBy in the page schema`,
      })
      return
    }
    if (options.requireDate && !info.reviewed) {
      report({
        ...(info.reviewer.block ? { node: info.reviewer.block.node } : { atEnd: true }),
        message: `The reviewer (${info.reviewer.name}) is named but no review date is given: add "Last reviewed:" with the date, or lastReviewed in the page schema`,
      })
    }
  },
})
