import { defineRule } from '../src/rule.js'
import { quote } from './data/content-match.js'

export default defineRule({
  id: 'sentence-length',
  description: 'Too many long sentences',
  category: 'readability',
  severity: 'info',
  recommended: 'info',
  options: {
    maxWords: { type: 'number', default: 20, min: 5, integer: true, description: 'Words above which a sentence counts as long.' },
    maxShare: {
      type: 'number',
      default: 25,
      min: 0,
      max: 100,
      description: 'Largest share of long sentences, in percent, before the post is reported.',
    },
    minSentences: {
      type: 'number',
      default: 5,
      min: 1,
      integer: true,
      description: 'Posts with fewer sentences are not assessed: a share of two or three sentences says little.',
    },
  },
  docs: {
    what: 'Counts the sentences of the running text (paragraphs, list items, quotes, table cells; not headings) with more than `maxWords` words (20). When more than `maxShare` percent (25%) of them are long, reports the post once, at its longest sentence, with the share.',
    why: 'Long sentences are the main driver of reading difficulty. Health information is read by people who are ill, worried or reading in a second language, and the grade targets for patient material (8th grade or lower) cannot be met with long sentences.',
    sources: [
      'Yoast SEO SentenceLengthInText assessment: at most 25% of sentences longer than 20 words (bad above 30%)',
      'CDC Clear Communication Index item 17 and NIH/AMA readability targets for patient material',
    ],
    bad: [
      {
        html: `${'<p>Sciatica is a type of pain that starts in the lower back and spreads through the buttock and down the back of one leg, often reaching the foot and toes.</p>\n'.repeat(4)}<p>It often gets better.</p>`,
      },
    ],
    good: [
      { html: '<p>Sciatica is pain that spreads from the back down the leg.</p>\n<p>It usually gets better in 4 to 6 weeks.</p>\n<p>Keep moving.</p>\n<p>Use hot or cold packs.</p>\n<p>See a GP if it does not improve.</p>' },
      { html: '<p>Sciatica is a type of pain that starts in the lower back and spreads through the buttock and down the back of one leg, often reaching the foot.</p>' },
    ],
  },
  check({ analysis, options, report }) {
    const sentences = analysis.sentences
    if (sentences.length < options.minSentences) return
    const long = sentences.filter((s) => s.words.length > options.maxWords)
    const share = (long.length / sentences.length) * 100
    if (share <= options.maxShare) return
    const longest = long.reduce((a, b) => (b.words.length > a.words.length ? b : a))
    const offset = analysis.sourceOffset(longest.block, longest.at)
    const endOffset = analysis.sourceOffset(longest.block, longest.at + longest.text.length)
    const where = offset === undefined ? { node: longest.block.node } : { offset, endOffset: endOffset !== undefined && endOffset >= offset ? endOffset : offset }
    report({
      ...where,
      message: `${Math.round(share) > options.maxShare ? Math.round(share) : share.toFixed(1)}% of sentences (${long.length} of ${sentences.length}) have more than ${options.maxWords} words, above ${options.maxShare}%: split the longest, starting with this one of ${longest.words.length} words, ${quote(longest.text, 50)}`,
    })
  },
})
