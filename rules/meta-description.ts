import { defineRule } from '../src/rule.js'
import { resolveDescription } from './data/meta-seo.js'

export default defineRule({
  id: 'meta-description',
  description: 'The meta description exists and is 120–156 characters long',
  category: 'seo',
  severity: 'warn',
  recommended: 'warn',
  options: {
    min: { type: 'number', default: 120, min: 1, integer: true, description: 'Shortest description, in characters.' },
    max: { type: 'number', default: 156, min: 1, integer: true, description: 'Longest description before search results cut it off, in characters.' },
  },
  docs: {
    what: 'Reads the meta description from Yoast SEO\'s `yoast_head_json` when the REST response carries it, and otherwise from a hand-written excerpt (which themes and SEO plugins use as the fallback), and reports one that is missing, shorter than `min` or longer than `max` characters. When the response has no SEO data and the excerpt is empty or WordPress\'s automatic one, the description is unknown, not missing, and nothing is reported (`excerpt-auto-truncated` covers the automatic excerpt).',
    why: 'The meta description is the snippet a searcher reads before choosing a result. Too short and it says nothing; too long and it is cut off mid-sentence; missing and the search engine picks a passage, often the first words of the page.',
    sources: ['Yoast SEO MetaDescriptionLengthAssessment (120–156 characters)', 'Yoast REST API: yoast_head_json (developer.yoast.com/customization/apis/rest-api)', 'Google Search Central, "Control your snippets in search results"'],
    bad: [
      { post: { yoast_head_json: { title: 'Sciatica – Health Example', og_description: 'Sciatica is pain down the leg.' } } },
      { post: { yoast_head_json: { title: 'Sciatica', description: 'Sciatica: causes and treatment.' } } },
      { post: { excerpt: { rendered: '<p>Sciatica explained.</p>' } } },
    ],
    good: [
      {
        post: {
          yoast_head_json: {
            title: 'Sciatica: causes, treatment and when to get help',
            description: 'Sciatica is pain that runs from the lower back down one leg. Learn what causes it, how to ease it at home and when to see a doctor urgently.',
          },
        },
      },
      { post: { excerpt: { rendered: '<p>Back pain that spreads into the legs is common. It often signals irritation or&hellip;</p>' } }, html: '<p>Back pain that spreads into the legs is common. It often signals irritation or compression of nerves.</p>' },
      { post: { excerpt: { rendered: '' } } },
    ],
    notes:
      'In `yoast_head_json` a post with no meta description has no `description` key (Yoast prints no meta description tag; `og_description` is its automatic fallback for social cards), so that is reported as missing. All the headstartwp REST responses in the corpus are like that. Lengths are counted in characters (Unicode code points), not pixels.',
  },
  check({ options, analysis, report }) {
    const d = resolveDescription(analysis)
    if (d.source === 'unknown' || d.source === 'auto-excerpt') return
    if (d.source === 'yoast-none' || (d.source === 'yoast' && !d.text)) {
      report({
        field: 'meta',
        message: `The post has no meta description in Yoast SEO, so search engines will pick their own snippet: write one of ${options.min}–${options.max} characters that says what the page answers`,
      })
      return
    }
    const text = d.text!
    const length = [...text].length
    const what = d.source === 'yoast' ? 'The meta description' : 'The excerpt (used as the meta description when no SEO plugin sets one)'
    const field = d.source === 'yoast' ? 'meta' : 'excerpt'
    if (length < options.min) {
      report({ field, message: `${what} is ${length} characters, shorter than ${options.min}: say what the page answers and who it is for in ${options.min}–${options.max} characters` })
    } else if (length > options.max) {
      report({ field, message: `${what} is ${length} characters, longer than ${options.max}, so search results will cut it off: shorten it to ${options.min}–${options.max} characters` })
    }
  },
})
