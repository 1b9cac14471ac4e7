import { defineRule } from '../src/rule.js'
import { tokenize } from '../src/analysis.js'
import { SLUG_STOP_WORDS } from './data/meta-slug.js'

export default defineRule({
  id: 'slug-quality',
  description: 'The slug is short, made of topic words, and not a numbered duplicate',
  category: 'seo',
  severity: 'info',
  recommended: 'info',
  options: {
    maxChars: { type: 'number', default: 75, min: 10, integer: true, description: 'Longest slug, in characters.' },
    maxStopWords: { type: 'number', default: 1, min: 0, integer: true, description: 'Most function words ("and", "to", "the"…) a slug may hold.' },
    stopWords: { type: 'string[]', default: SLUG_STOP_WORDS, description: 'Function words counted by `maxStopWords`.' },
  },
  docs: {
    what: 'Reports a published post\'s slug that is empty or only a number, ends in a number WordPress added to make it unique ("sciatica-2") when the title has no such number, is longer than `maxChars`, or holds more than `maxStopWords` function words.',
    why: 'The slug is the readable part of the URL: short, topic-word slugs are easier to read, share and trust in search results. A "-2" slug usually means a duplicate post, page or attachment already took the intended URL.',
    sources: ['Yoast SEO: keyphrase in slug; former UrlLength and UrlStopWords assessments', 'WordPress wp_unique_post_slug(): appends -2, -3… to a taken slug', 'Google Search Central, "URL structure best practices"'],
    bad: [
      { post: { slug: 'back-pain-radiating-to-legs-causes-symptoms-and-treatment' } },
      { post: { slug: 'sciatica-2', title: { rendered: 'Sciatica' } } },
      { post: { slug: 'when-your-lower-back-pain-starts-to-spread-down-into-one-or-both-of-your-legs-explained' } },
    ],
    good: [
      { post: { slug: 'sciatica', title: { rendered: 'Sciatica' } } },
      { post: { slug: 'type-2-diabetes', title: { rendered: 'Type 2 diabetes' } } },
      { post: { slug: 'covid-19', title: { rendered: 'COVID-19' } } },
      { post: { slug: 'how-to-ease-sciatica' } },
    ],
    notes: 'Changing the slug of a published post changes its URL; WordPress redirects the old one, but links shared elsewhere lose their words. Drafts are not checked.',
  },
  check({ post, options, report }) {
    if (!['publish', 'private', 'future'].includes(post.status)) return
    const slug = post.slug
    if (!slug) {
      if (post.source.kind === 'wp-rest' || post.source.kind === 'object') report({ field: 'slug', message: 'The post has no slug: give it a short slug of topic words' })
      return
    }
    if (/^\d+$/.test(slug)) {
      report({ field: 'slug', message: `The slug "${slug}" is only a number: use a few words that name the topic` })
      return
    }
    const suffix = /-(\d+)$/.exec(slug)
    if (suffix) {
      const titleWords = tokenize(post.title)
      const titleNumbers = titleWords.filter((w) => /\d/.test(w)).flatMap((w) => w.split('-'))
      if (!titleNumbers.includes(suffix[1]!)) {
        report({ field: 'slug', message: `The slug "${slug}" ends in -${suffix[1]}, which WordPress adds when the slug is already taken: find the post, page or attachment using "${slug.slice(0, suffix.index)}" and remove or rename one of them` })
      }
    }
    const length = [...slug].length
    if (length > options.maxChars) {
      report({ field: 'slug', message: `The slug is ${length} characters, longer than ${options.maxChars}: keep the few words that name the topic` })
    }
    const stop = new Set(options.stopWords)
    const found = slug.split('-').filter((w) => stop.has(w))
    if (found.length > options.maxStopWords) {
      report({ field: 'slug', message: `The slug holds ${found.length} function words (${[...new Set(found)].join(', ')}): drop them to keep the URL short and on topic` })
    }
  },
})
