import { defineRule } from '../src/rule.js'
import { excerptInfo } from './data/meta-seo.js'

export default defineRule({
  id: 'excerpt-auto-truncated',
  description: 'The excerpt is written, not WordPress\'s automatic cut-off of the first words',
  category: 'seo',
  severity: 'warn',
  recommended: 'warn',
  options: {},
  docs: {
    what: 'Reports an excerpt that is the first words of the content cut off with an ellipsis ("…" or " [&hellip;]"): WordPress\'s automatic excerpt, made when the Excerpt field is left empty. With an edit-context response (`excerpt.raw`), an empty raw excerpt is reported too.',
    why: 'The excerpt is what archive pages, feeds, social cards and (without an SEO plugin) search snippets show. An automatic excerpt stops mid-sentence ("It often signals irritation or…") and repeats the opening instead of summarising the page.',
    sources: ['WordPress core wp_trim_excerpt(): the first 55 words (excerpt_length) plus " [&hellip;]" (excerpt_more) when no excerpt is written', 'Yoast SEO: the excerpt as the fallback meta description'],
    bad: [
      {
        html: '<p>Back pain that spreads or radiates down into the legs is a common medical complaint. It often signals irritation or compression of nerves.</p>',
        post: { excerpt: { rendered: '<p>Back pain that spreads or radiates down into the legs is a common medical complaint. It often signals irritation or&hellip;</p>\n' } },
      },
      {
        html: '<h2>What is sciatica?</h2><p>Sciatica is pain that runs down the leg from the lower back and into the foot.</p>',
        post: { excerpt: { rendered: '<p>What is sciatica? Sciatica is pain that runs down the leg [&hellip;]</p>' } },
      },
    ],
    good: [
      {
        html: '<p>Back pain that spreads or radiates down into the legs is a common medical complaint.</p>',
        post: { excerpt: { rendered: '<p>What causes back pain that spreads into the legs, how to ease it at home, and when to see a doctor.</p>' } },
      },
      {
        html: '<p>Sciatica is pain that runs down the leg. It usually gets better in 4 to 6 weeks.</p>',
        post: { excerpt: { rendered: '<p>Sciatica is pain that runs down the leg. It usually gets better in 4 to 6 weeks.</p>' } },
      },
    ],
    notes:
      'A written excerpt that happens to repeat the first sentence in full (no ellipsis) is not reported. The NHS and MedQuAD excerpts were generated mechanically in the corpus, so the rule reports all of them; that says nothing about the real pages.',
  },
  check({ analysis, report }) {
    const info = excerptInfo(analysis)
    if (!info.auto) return
    report({
      field: 'excerpt',
      message: info.rawEmpty
        ? 'The Excerpt field is empty, so WordPress cuts the first words of the content off with an ellipsis: write a one- or two-sentence summary of the page'
        : `The excerpt is the first ${info.words} words of the content cut off with an ellipsis (WordPress's automatic excerpt): write a one- or two-sentence summary of the page`,
    })
  },
})
