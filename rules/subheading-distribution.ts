import { defineRule } from '../src/rule.js'
import { blockWordCount, quote } from './data/content-match.js'

export default defineRule({
  id: 'subheading-distribution',
  description: 'A stretch of text runs too long without a subheading',
  category: 'structure',
  severity: 'warn',
  recommended: 'warn',
  options: {
    maxWords: {
      type: 'number',
      default: 300,
      min: 50,
      integer: true,
      description: 'Most words of text (paragraphs, lists, tables) allowed between two headings, or before the first one.',
    },
  },
  docs: {
    what: 'Counts the words between consecutive headings (and before the first heading) and reports each stretch longer than `maxWords` (300, as Yoast SEO). A post of fewer than `maxWords` words needs no subheading.',
    why: 'Readers of health information scan for the part that concerns them (symptoms, treatment, when to get help). Long unbroken text hides it; short sections under descriptive headings are easier to find, read and navigate with a screen reader.',
    sources: [
      'Yoast SEO SubheadingsDistributionTooLong assessment: at most 300 words per section (bad above 350)',
      'CDC Clear Communication Index item 9: information is broken into chunks with headings',
    ],
    bad: [{ html: `<h2>About sciatica</h2>\n${'<p>Sciatica is pain that travels along the sciatic nerve from the lower back into the leg, and it usually gets better on its own within a few weeks with gentle activity.</p>\n'.repeat(12)}` }],
    good: [
      { html: `<h2>About sciatica</h2>\n${'<p>Sciatica is pain that travels along the sciatic nerve from the lower back into the leg, and it usually gets better on its own.</p>\n'.repeat(6)}<h2>Treatment</h2>\n${'<p>Keep moving, use hot or cold packs, and take painkillers if they help you stay active during the day.</p>\n'.repeat(6)}` },
      { html: '<p>Sciatica usually gets better in 4 to 6 weeks.</p>' },
    ],
  },
  check({ analysis, options, report }) {
    for (const section of analysis.sections) {
      const words = section.blocks.reduce((n, b) => n + (b.kind === 'pre' ? 0 : blockWordCount(analysis, b)), 0)
      if (words <= options.maxWords) continue
      const where = section.heading ? `under ${quote(section.heading.text, 50)}` : 'before the first heading'
      const node = section.heading?.node ?? section.blocks[0]?.node
      if (!node) continue
      report({
        node,
        message: `${words} words ${where} without a subheading, more than ${options.maxWords}: split the text with descriptive subheadings`,
      })
    }
  },
})
