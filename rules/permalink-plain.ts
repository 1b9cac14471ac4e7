import { defineRule } from '../src/rule.js'

const PLAIN = /[?&](?:p|page_id|attachment_id)=\d+(?:&|#|$)/

export default defineRule({
  id: 'permalink-plain',
  description: 'Published posts have readable URLs, not plain "?p=123" permalinks',
  category: 'seo',
  severity: 'warn',
  recommended: 'warn',
  options: {},
  docs: {
    what: 'Reports a published post whose `link` is a plain permalink (`https://example.org/?p=424`, `?page_id=`). Drafts, pending and scheduled posts always have `?p=` links in WordPress, so only published and private posts are checked.',
    why: 'With plain permalinks the slug never appears in the URL, so readers cannot tell from a link what the page is about and search engines lose the words in the URL. Yoast\'s slug and URL assessments assume pretty permalinks.',
    sources: ['WordPress Settings → Permalinks ("Plain" is the install default)', 'Yoast SEO: keyphrase-in-slug assessment', 'Google Search Central, "URL structure best practices"'],
    bad: [{ post: { link: 'https://medscapeus.com/?p=424' } }],
    good: [{ post: { link: 'https://health.example.org/sciatica/' } }, { post: { link: 'https://health.example.org/?p=424', status: 'draft' } }],
    notes: 'Fix it once for the whole site in Settings → Permalinks ("Post name"); WordPress redirects the old `?p=` links.',
  },
  check({ post, report }) {
    if (!post.link || !['publish', 'private'].includes(post.status)) return
    if (!PLAIN.test(post.link)) return
    report({
      field: 'link',
      message: `The post's URL is ${post.link}, a plain permalink that hides the slug: choose "Post name" in Settings → Permalinks (old links redirect)`,
    })
  },
})
