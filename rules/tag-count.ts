import { defineRule } from '../src/rule.js'

export default defineRule({
  id: 'tag-count',
  description: 'A post carries more tags than an archive-worthy handful',
  category: 'taxonomy',
  severity: 'warn',
  recommended: 'warn',
  options: {
    max: { type: 'number', default: 8, min: 1, integer: true, description: 'Most tags a post may carry.' },
  },
  docs: {
    what: 'Reports a post with more than `max` tags (8 by default), counting tags known only by id.',
    why: 'Every tag is an archive page. Ten or twenty tags per post create many archives holding one post each: thin pages that compete with the post in search and give readers nothing to browse. Tags should group several posts on one site-wide theme.',
    sources: ['Yoast, "Tagging posts properly for users and SEO": 10–20 unique tags per post create thin tag archives; keep a small, reused set'],
    bad: [
      {
        post: {
          tags: [1, 2, 3, 4, 5, 6, 7, 8, 9],
          class_list: ['post-1001', 'tag-sciatica', 'tag-back-pain', 'tag-leg-pain', 'tag-nerve-pain', 'tag-spine', 'tag-disc', 'tag-stenosis', 'tag-exercise', 'tag-surgery'],
        },
      },
    ],
    good: [
      { post: { tags: [1, 2, 3], class_list: ['post-1001', 'tag-sciatica', 'tag-back-pain', 'tag-exercise'] } },
      { post: { tags: [] } },
    ],
  },
  check({ post, options, report }) {
    const count = Math.max(post.tags.length, post.tagIds.length)
    if (count <= options.max) return
    report({
      field: 'tags',
      message: `The post has ${count} tags, more than ${options.max}: keep the few that group several posts on one theme and remove the rest`,
    })
  },
})
