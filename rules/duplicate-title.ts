import { defineRule } from '../src/rule.js'
import type { PostRef } from '../src/rule.js'
import { compactString } from './data/compact.js'

/**
 * A title reduced to what a reader or search engine tells apart: lower case, accents folded,
 * punctuation and white space runs folded to one space.
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

export default defineRule({
  id: 'duplicate-title',
  description: 'Several posts of the site have the same title (checked when posts are linted together)',
  category: 'site',
  severity: 'warn',
  recommended: 'warn',
  options: {
    minLength: {
      type: 'number',
      default: 2,
      min: 1,
      integer: true,
      description: 'Words a normalised title needs to be compared (very short titles such as "Update" are left to other rules).',
    },
  },
  docs: {
    what: 'Compares the titles of the posts linted together after lower-casing, folding accents, and dropping punctuation (so "Sciatica: Causes & Treatment" and "sciatica causes and treatment" are the same) and reports each post whose title another post also has, naming the others.',
    why: 'Two pages with one title compete for the same searches and confuse readers choosing a result; search engines may show only one of them. On health sites a duplicated title is often an article published twice or rewritten without retiring the old one.',
    sources: [
      'Google Search Central, "Influencing your title links": give each page a unique, descriptive title',
      'Google Search Console / Lighthouse-era SEO audits: duplicate title tags',
    ],
    bad: [
      {
        site: [
          { html: '<p>Sciatica is pain along the sciatic nerve.</p>', post: { id: 1, slug: 'sciatica-causes', title: { rendered: 'Sciatica: Causes &amp; Treatment' } } },
          { html: '<p>Most sciatica improves in six weeks.</p>', post: { id: 2, slug: 'sciatica-causes-2', title: { rendered: 'Sciatica – causes and treatment' } } },
        ],
      },
    ],
    good: [
      {
        site: [
          { html: '<p>Sciatica is pain along the sciatic nerve.</p>', post: { id: 1, slug: 'sciatica-causes', title: { rendered: 'Sciatica: causes' } } },
          { html: '<p>Most sciatica improves in six weeks.</p>', post: { id: 2, slug: 'sciatica-treatment', title: { rendered: 'Sciatica: treatment' } } },
        ],
      },
    ],
    notes: 'Only posts linted together are compared: lint the whole site (an export) to find every duplicate. On MedQuAD (4,505 NIH articles) 541 titles are shared by two or more posts, the same condition described by two institutes (e.g. "Pompe disease" in both Brain and Nerves and Genetic Conditions).',
  },
  site: {
    collect({ post, options }): string | undefined {
      const key = normalizeTitle(post.title)
      if (!key || key.split(' ').length < options.minLength) return undefined
      return compactString(key)
    },
    finish({ items, report }) {
      const groups = new Map<string, PostRef[]>()
      for (const { ref, data } of items) {
        const list = groups.get(data)
        if (list) list.push(ref)
        else groups.set(data, [ref])
      }
      for (const refs of groups.values()) {
        if (refs.length < 2) continue
        for (const ref of refs) {
          const others = refs.filter((r) => r !== ref)
          const shown = others.slice(0, 3).map(describe).join(', ')
          const more = others.length > 3 ? ` and ${others.length - 3} more` : ''
          report(ref, {
            field: 'title',
            message: `The title "${ref.title}" is also the title of ${others.length === 1 ? 'another post' : `${others.length} other posts`} (${shown}${more}): give each post a distinct title, or merge the posts and redirect one to the other`,
          })
        }
      }
    },
  },
})

/** How a finding names another post: its slug or link, and its id when known. */
export function describe(ref: PostRef): string {
  const name = ref.slug || ref.link || ref.filePath
  return ref.postId !== undefined ? `post ${ref.postId}, ${name}` : name
}
