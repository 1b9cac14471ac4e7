import { defineRule } from '../src/rule.js'
import { blockWordCount, quote } from './data/content-match.js'

export default defineRule({
  id: 'paragraph-length',
  description: 'Paragraphs too long to read on a screen',
  category: 'readability',
  severity: 'warn',
  recommended: 'warn',
  options: {
    maxWords: { type: 'number', default: 150, min: 20, integer: true, description: 'Most words a paragraph may have.' },
  },
  docs: {
    what: 'Reports each paragraph (`<p>`, and text outside any block) with more than `maxWords` words (150).',
    why: 'On a phone a 150-word paragraph fills the screen. Readers of health information scan; long paragraphs hide the one instruction they need, and each paragraph should carry one idea.',
    sources: [
      'Yoast SEO ParagraphTooLong assessment: at most 150 words per paragraph (bad above 200)',
      'CDC Clear Communication Index item 9: information is chunked',
    ],
    bad: [{ html: `<p>${'Sciatica is pain that spreads from the lower back down the leg and it often gets better on its own. '.repeat(9)}</p>` }],
    good: [
      { html: `${'<p>Sciatica is pain that spreads from the lower back down the leg and it often gets better on its own. It can last weeks.</p>\n'.repeat(9)}` },
    ],
  },
  check({ analysis, options, report }) {
    for (const block of analysis.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'other') continue
      const words = blockWordCount(analysis, block)
      if (words <= options.maxWords) continue
      report({
        node: block.node,
        message: `This paragraph has ${words} words, more than ${options.maxWords}: split it so each paragraph carries one idea (starts ${quote(block.text, 40)})`,
      })
    }
  },
})
