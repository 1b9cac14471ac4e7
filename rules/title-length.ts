import { defineRule } from '../src/rule.js'
import { seoTitle } from './data/meta-seo.js'

export default defineRule({
  id: 'title-length',
  description: 'The title shown in search results fits (about 60 characters) and is not too short',
  category: 'seo',
  severity: 'warn',
  recommended: 'warn',
  options: {
    max: { type: 'number', default: 60, min: 10, integer: true, description: 'Longest title, in characters (≈600 px in Google\'s results).' },
    min: {
      type: 'number',
      default: 30,
      min: 0,
      integer: true,
      description: 'Shortest SEO title, in characters (≈400 px); checked only when the SEO title is known (Yoast), since themes append the site name otherwise. 0 turns it off.',
    },
  },
  docs: {
    what: 'Reports an SEO title (Yoast\'s `yoast_head_json.title`, site name included) longer than `max` or shorter than `min` characters. Without SEO data only the post title is known, so only a post title that is already longer than `max` is reported.',
    why: 'Search results cut titles at about 600 pixels (roughly 60 characters), so a long title loses its end, often the words that tell a reader the page answers their question. A very short title wastes the most visible line of the result.',
    sources: ['Yoast SEO PageTitleWidthAssessment (400–600 px)', 'Google Search Central, "Influencing your title links in search results"'],
    bad: [
      { post: { title: { rendered: 'Back Pain Radiating to Legs and Feet: All the Causes, Symptoms, Diagnosis and Treatment Options' } } },
      { post: { title: { rendered: 'Sciatica' }, yoast_head_json: { title: 'Sciatica - HE' } } },
    ],
    good: [
      { post: { title: { rendered: 'Sciatica: causes, treatment and when to get help' } } },
      { post: { title: { rendered: 'Sciatica' } } },
      { post: { title: { rendered: 'Sciatica' }, yoast_head_json: { title: 'Sciatica: causes and treatment - Health Example' } } },
    ],
    notes: 'Characters stand in for pixels: wide letters (W, M) make a 60-character title overflow sooner, narrow ones later. Set `max` lower for titles in capitals.',
  },
  check({ post, options, report }) {
    const { text, fromSeo } = seoTitle(post)
    if (!text) return
    const length = [...text].length
    const what = fromSeo ? 'The SEO title' : 'The title'
    if (length > options.max) {
      report({
        field: fromSeo ? 'meta' : 'title',
        message: `${what} is ${length} characters, longer than ${options.max}, so search results will cut it off: put the main topic first and shorten it${fromSeo ? '' : ' (the theme may also append the site name)'}`,
      })
    } else if (fromSeo && options.min > 0 && length < options.min) {
      report({ field: 'meta', message: `The SEO title is ${length} characters, shorter than ${options.min}: add what the page covers (e.g. "causes and treatment") to use the space in search results` })
    }
  },
})
