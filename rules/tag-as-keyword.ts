import { defineRule } from '../src/rule.js'
import { tokenize } from '../src/analysis.js'
import { STOP_WORDS } from '../src/text.js'
import { SEARCH_MODIFIERS } from './data/content-lexicon.js'
import { phraseRegExp } from '../src/text.js'

const MODIFIER_RE = phraseRegExp(SEARCH_MODIFIERS, 'iu')

export default defineRule({
  id: 'tag-as-keyword',
  description: 'Tags that are long-tail search phrases rather than topics',
  category: 'taxonomy',
  severity: 'info',
  recommended: 'info',
  options: {
    maxTokens: {
      type: 'number',
      default: 3,
      min: 1,
      integer: true,
      description: 'Most content words (stop words not counted) a topic tag has; longer tags read like search queries.',
    },
    checkModifiers: {
      type: 'boolean',
      default: true,
      description: 'Also report tags of two or more words built like a search query: "best …", "how to …", "… near me", "treatment for …", "… relief", "… symptoms".',
    },
  },
  docs: {
    what: 'Reports tags with more than `maxTokens` content words ("treatment for back pain radiating to legs") and tags built like search queries ("best treatment for sciatica"). All such tags of a post are listed in one finding.',
    why: 'Tags group posts by topic for readers; they are not a place for SEO keywords. A long-tail phrase matches one post, so its archive is a thin duplicate of that post, and a list of them under an article reads as spam.',
    sources: ['Yoast, "Tagging posts properly for users and SEO": tags are not keywords, use them to group posts', 'Google Search Central, spam policies: keyword stuffing'],
    bad: [
      { post: { tags: [1], class_list: ['post-1001', 'tag-treatment-for-back-pain-radiating-to-legs'] } },
      { post: { tags: [1, 2], class_list: ['post-1001', 'tag-best-treatment-for-sciatica', 'tag-sciatica'] } },
    ],
    good: [
      { post: { tags: [1, 2, 3], class_list: ['post-1001', 'tag-sciatica', 'tag-lumbar-radiculopathy', 'tag-type-2-diabetes'] } },
      { post: { tags: [1], class_list: ['post-1001', 'tag-chronic-obstructive-pulmonary-disease'] }, options: { maxTokens: 4 } },
    ],
    notes: 'On the seed post 12 of its 15 tags are reported: 11 have four or more content words and "best treatment for sciatica" is built like a query.',
  },
  check({ post, options, report }) {
    const flagged: string[] = []
    let total = 0
    for (const tag of post.tags) {
      const name = tag.name || tag.slug.replace(/-/g, ' ')
      if (!name) continue
      total++
      const words = tokenize(name)
      const content = words.filter((w) => !STOP_WORDS.has(w))
      if (content.length > options.maxTokens || (options.checkModifiers && words.length >= 2 && MODIFIER_RE.test(name))) flagged.push(name)
    }
    if (!flagged.length) return
    const shown = flagged.slice(0, 4).map((n) => `"${n}"`).join(', ')
    const more = flagged.length > 4 ? ` and ${flagged.length - 4} more` : ''
    report({
      field: 'tags',
      message:
        flagged.length === 1
          ? `The tag ${shown} reads like a search keyword, not a topic: use a short topic tag (one to ${options.maxTokens} words) shared with other posts`
          : `${flagged.length} of ${total} tags read like search keywords, not topics (${shown}${more}): use a few short topic tags shared with other posts`,
    })
  },
})
