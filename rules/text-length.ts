import { defineRule } from '../src/rule.js'

export default defineRule({
  id: 'text-length',
  description: 'A post has enough text to cover its topic (Yoast: at least 300 words)',
  category: 'readability',
  severity: 'info',
  recommended: 'info',
  options: {
    min: { type: 'number', default: 300, min: 1, integer: true, description: 'Fewest words of visible text (headings, paragraphs, lists, tables).' },
  },
  docs: {
    what: 'Reports a post whose content has fewer than `min` words (300 by default), counting every visible word of the content: headings, paragraphs, lists and tables.',
    why: 'A health topic needs room for what it is, what to do and when to get help. Yoast\'s text-length assessment asks for at least 300 words for a post, and very short pages are often thin stubs that rank poorly and leave readers without the advice they came for.',
    sources: ['Yoast SEO TextLengthAssessment: 300 words recommended minimum for posts'],
    bad: [{ html: '<h2>Sciatica</h2>\n<p>Sciatica is pain that travels from the lower back down the leg. It usually gets better in a few weeks.</p>' }],
    good: [{ html: `<p>${'Sciatica is pain that travels from the lower back down one leg. '.repeat(30)}</p>` }, { html: '<p>Short note.</p>', options: { min: 2 } }],
    notes:
      'Words are counted as medlint tokenizes them (letters and digits, inner apostrophes and hyphens kept), which matches Yoast\'s count on plain prose to within a few words. Drug leaflets and index pages can be short on purpose; raise or lower `min` per site.',
  },
  check({ options, analysis, report }) {
    const count = analysis.words.length
    if (count >= options.min) return
    report({
      atEnd: true,
      message: `The post has ${count} word${count === 1 ? '' : 's'}, fewer than ${options.min}: cover what the condition is, what to do and when to get help, or merge it into a fuller page`,
    })
  },
})
