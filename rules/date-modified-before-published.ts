import { defineRule } from '../src/rule.js'
import { schemaNodes } from './data/meta-trust.js'

export default defineRule({
  id: 'date-modified-before-published',
  description: 'The last-modified date is not earlier than the publish date (the mark of a scheduled post)',
  category: 'trust',
  severity: 'warn',
  recommended: 'warn',
  options: {
    toleranceHours: {
      type: 'number',
      default: 1,
      min: 0,
      description: 'How much earlier than the publish date the modified date may be before it is reported.',
    },
  },
  docs: {
    what: 'Reports a post whose `modified` date is earlier than its publish `date`, and schema whose `dateModified` is earlier than `datePublished`. This is what WordPress does with a scheduled post: the last edit is saved before the publish time, and publishing it (`wp_publish_post()`) changes only the status, so the modified date stays at the last edit.',
    why: 'It is not corruption, but every "Last updated" label, sitemap `lastmod` and schema `dateModified` built from it then predates publication, which confuses readers judging how current the advice is and search engines reading the dates. JAMA\'s currency benchmark asks for accurate posting and update dates.',
    sources: [
      'WordPress core: wp_publish_post() updates post_status only, so post_modified keeps the time of the last edit',
      'Silberg et al., JAMA 1997: Currency (dates content was posted and updated)',
      'HONcode principle 4: date of last modification clearly displayed',
    ],
    bad: [
      { post: { date_gmt: '2025-08-31T10:30:45', modified_gmt: '2025-08-27T10:36:25' } },
      {
        post: {
          date_gmt: '2025-03-01T09:00:00',
          modified_gmt: '2025-03-01T09:00:00',
          yoast_head_json: { schema: { '@graph': [{ '@type': 'WebPage', datePublished: '2025-03-01T09:00:00+00:00', dateModified: '2025-02-26T16:00:00+00:00' }] } },
        },
      },
    ],
    good: [
      { post: { date_gmt: '2025-03-01T09:00:00', modified_gmt: '2025-03-02T09:00:00' } },
      { post: { date_gmt: '2025-03-01T09:00:00', modified_gmt: '2025-03-01T08:59:30' } },
    ],
    notes:
      'To clear it, make any small edit after the post goes live (WordPress then sets the modified date), or have the theme print the publish date when the modified date is earlier. Posts that are still scheduled (`status: future`) are reported too, with a message that says the dates will look wrong once the post is published. The NHS and MedQuAD dates were filled in mechanically, so the rule says nothing useful about them.',
  },
  check({ post, options, report }) {
    const tolerance = options.toleranceHours * 3600_000
    const published = post.date ? Date.parse(post.date) : Number.NaN
    const modified = post.modified ? Date.parse(post.modified) : Number.NaN
    if (Number.isFinite(published) && Number.isFinite(modified) && published - modified > tolerance) {
      const gap = describeGap(published - modified)
      const scheduled = post.status === 'future'
      report({
        field: 'modified',
        message: scheduled
          ? `The post is scheduled for ${day(published)} but was last modified on ${day(modified)}, ${gap} earlier: once published, its "Last updated" date and dateModified will predate publication; make a small edit after it goes live`
          : `The post was last modified on ${day(modified)}, ${gap} before it was published on ${day(published)}: it was probably scheduled (publishing a scheduled post does not update the modified date), so "Last updated" labels and dateModified predate publication; make a small edit after publishing or show the publish date`,
      })
    }
    for (const node of schemaNodes(post.seo.schema)) {
      const p = typeof node['datePublished'] === 'string' ? Date.parse(node['datePublished']) : Number.NaN
      const m = typeof node['dateModified'] === 'string' ? Date.parse(node['dateModified']) : Number.NaN
      if (Number.isFinite(p) && Number.isFinite(m) && p - m > tolerance && !(Number.isFinite(published) && Number.isFinite(modified) && published - modified > tolerance)) {
        report({
          field: 'meta',
          message: `The page schema says dateModified ${day(m)}, ${describeGap(p - m)} before datePublished ${day(p)}: fix the dates the SEO plugin or theme writes to the schema`,
        })
        break
      }
    }
  },
})

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function describeGap(ms: number): string {
  const hours = ms / 3600_000
  if (hours < 48) return `${Math.round(hours)} hour${Math.round(hours) === 1 ? '' : 's'}`
  const days = Math.round(hours / 24)
  return `${days} days`
}
