import { defineRule } from '../src/rule.js'
import { isoDay, monthsBetween, resolveNow, reviewInfo } from './data/meta-trust.js'

export default defineRule({
  id: 'review-staleness',
  description: 'Health content was reviewed (or at least updated) within the review period',
  category: 'trust',
  severity: 'warn',
  recommended: 'warn',
  ymyl: 'error',
  options: {
    maxAgeMonths: { type: 'number', default: 24, min: 1, integer: true, description: 'Longest time since the last review (or update) before the post is overdue.' },
    categoryMaxAgeMonths: {
      type: 'object',
      default: {},
      description: 'Review periods per category slug, e.g. {"oncology": 12, "wellness": 36}; the shortest that applies wins.',
      validate: (value) => {
        for (const [k, v] of Object.entries(value)) {
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return `expected a whole number of months (at least 1) for "${k}"`
        }
        return undefined
      },
    },
    now: {
      type: 'string',
      default: '',
      description: 'The date to measure age from (YYYY-MM-DD); empty means today. Set it for reproducible runs.',
    },
  },
  docs: {
    what: 'Reports a post whose last review date (a "Last reviewed" line in the content, or `lastReviewed` in the page schema) is more than `maxAgeMonths` ago, or, when no review date is given, whose last modified date is; and a stated "Next review due" date that has passed.',
    why: 'Medical advice changes: guidelines are revised, drugs get new warnings. Editorial policies for health sites set a review cycle (commonly every one to three years), and JAMA and HONcode ask that pages show when they were last updated so readers can judge currency.',
    sources: [
      'Silberg et al., JAMA 1997: Currency',
      'HONcode principle 4: date of last modification clearly displayed',
      'Example editorial policy (Healthyroads): content reviewed at least every two years',
    ],
    bad: [
      { html: '<p>Sciatica is pain down the leg.</p>\n<p>Last reviewed: 3 January 2022</p>', options: { now: '2025-09-30' } },
      { post: { modified_gmt: '2021-06-01T10:00:00', date_gmt: '2020-01-01T10:00:00' }, options: { now: '2025-09-30' } },
      { html: '<p>Page last reviewed: 12 March 2024. Next review due: 12 March 2025</p>', options: { now: '2025-09-30' } },
    ],
    good: [
      { html: '<p>Sciatica is pain down the leg.</p>\n<p>Last reviewed: 3 January 2025</p>', options: { now: '2025-09-30' } },
      { post: { modified_gmt: '2025-06-01T10:00:00' }, options: { now: '2025-09-30' } },
      {
        post: { modified_gmt: '2021-06-01T10:00:00', date_gmt: '2020-01-01T10:00:00' },
        html: '<p>Medically reviewed by Ada Mensah, MD on 4 May 2025.</p><p>Last reviewed: 4 May 2025</p>',
        options: { now: '2025-09-30' },
      },
    ],
    notes:
      'Without the `now` option the rule measures from the current date, so its verdicts change as time passes; pin `now` in CI jobs that compare runs. When the page gives no review date the modified date is used, which overstates currency (any small edit resets it) but never invents staleness. The NHS and MedQuAD dates were filled in mechanically, so the rule says nothing useful about them.',
  },
  check({ post, options, analysis, report }) {
    const now = resolveNow(options.now)
    let limit = options.maxAgeMonths
    for (const c of post.categories) {
      const v = options.categoryMaxAgeMonths[c.slug]
      if (typeof v === 'number' && v < limit) limit = v
    }
    const info = reviewInfo(analysis)
    if (info.nextReview && info.nextReview.date < now) {
      const { block, at, text } = info.nextReview
      const offset = analysis.sourceOffset(block, at)
      report({
        ...(offset !== undefined ? { offset, endOffset: analysis.sourceOffset(block, at + text.length) ?? offset } : { node: block.node }),
        message: `The next review was due on ${isoDay(info.nextReview.date)}, ${monthsBetween(info.nextReview.date, now)} months ago: have a clinician review the page and update its review dates`,
      })
      return
    }
    if (info.reviewed) {
      const age = monthsBetween(info.reviewed.date, now)
      if (age <= limit) return
      const where = info.reviewed.from === 'schema' ? ' (lastReviewed in the page schema)' : ''
      const at = info.reviewed.block && info.reviewed.at !== undefined ? analysis.sourceOffset(info.reviewed.block, info.reviewed.at) : undefined
      report({
        ...(at !== undefined ? { offset: at, endOffset: analysis.sourceOffset(info.reviewed.block!, info.reviewed.at! + info.reviewed.text.length) ?? at } : info.reviewed.block ? { node: info.reviewed.block.node } : { field: 'meta' as const }),
        message: `The page was last reviewed on ${isoDay(info.reviewed.date)}${where}, ${age} months ago, more than ${limit}: have a clinician review it and update the review date`,
      })
      return
    }
    const modified = post.modified ?? post.date
    if (!modified) return
    const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(modified) ? modified : `${modified}Z`)
    if (Number.isNaN(date.getTime())) return
    const age = monthsBetween(date, now)
    if (age <= limit) return
    report({
      field: post.modified ? 'modified' : 'date',
      message: `The post gives no review date and was last ${post.modified ? 'modified' : 'published'} on ${isoDay(date)}, ${age} months ago, more than ${limit}: have a clinician review it and add a "Last reviewed" date`,
    })
  },
})
