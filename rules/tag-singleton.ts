import { defineRule } from '../src/rule.js'
import type { PostRef } from '../src/rule.js'
import type { Term } from '../src/types.js'
import { compactString } from './data/compact.js'

/**
 * A post's tags as the site-wide pass sees them, in one string (small in memory, plain data for
 * worker threads and the cache's JSON): one line per tag, its key (slug, else `#id`), then a tab
 * and the name to show when that differs from the key.
 */
type Collected = string

/** Encodes tags as `Collected` (white space inside a key or name folded to a space). */
export function encodeTags(tags: readonly (readonly [key: string, name: string])[]): string {
  const fold = (s: string) => s.replace(/\s/g, ' ')
  return compactString(tags.map(([key, name]) => (name === key ? fold(key) : `${fold(key)}\t${fold(name)}`)).join('\n'))
}

/** Decodes `Collected`: the key and name of each tag. */
export function decodeTags(data: string): [key: string, name: string][] {
  if (!data) return []
  return data.split('\n').map((line) => {
    const tab = line.indexOf('\t')
    return tab < 0 ? [line, line] : [line.slice(0, tab), line.slice(tab + 1)]
  })
}

export default defineRule({
  id: 'tag-singleton',
  description: 'Tags that no other post of the site uses (checked when many posts are linted together)',
  category: 'site',
  severity: 'warn',
  recommended: 'info',
  options: {
    minPosts: {
      type: 'number',
      default: 20,
      min: 2,
      integer: true,
      description: 'Posts the run needs before tags are counted: in a run of a few posts nearly every tag is used once, which says nothing about the site.',
    },
    ignore: {
      type: 'string[]',
      default: [],
      description: 'Tag slugs or names that may be used by one post (a series or event tag that is new).',
    },
  },
  docs: {
    what: 'Counts the posts using each tag across the posts linted together and reports, on each post, the tags no other post uses. One finding per post lists all its single-use tags. Runs of fewer than `minPosts` posts are not checked.',
    why: 'A tag archive with one post is a thin page: it adds nothing for readers who click the tag, and search engines see many near-empty archive pages. Tags that are really keywords ("best treatment for back pain radiating to legs") are usually the ones used once.',
    sources: [
      'Yoast, "Tagging posts properly for users and SEO": a tag should be used by several posts, or removed',
      'Google Search Central, thin content: pages that add little value (including near-empty archive pages)',
    ],
    bad: [
      {
        site: [
          tagged(1, 'Sciatica explained', ['sciatica', 'back-pain']),
          tagged(2, 'Back pain at work', ['back-pain', 'sciatica']),
          tagged(3, 'Sciatica exercises', ['sciatica', 'best-exercises-for-sciatica-pain-relief-at-home']),
        ],
        options: { minPosts: 3 },
      },
    ],
    good: [
      {
        site: [
          tagged(1, 'Sciatica explained', ['sciatica', 'back-pain']),
          tagged(2, 'Back pain at work', ['back-pain', 'exercise']),
          tagged(3, 'Sciatica exercises', ['sciatica', 'exercise']),
        ],
        options: { minPosts: 3 },
      },
      {
        site: [tagged(1, 'Sciatica explained', ['sciatica']), tagged(2, 'Back pain at work', ['back-pain'])],
      },
    ],
    notes: 'A run that is only part of a site (the latest posts in CI) counts only those posts, so a tag older posts use can look single-use: lint the whole site (an export) for this rule, or raise `minPosts`. Recommended at info level for that reason.',
  },
  site: {
    collect({ post, options }): Collected {
      const ignore = new Set(options.ignore.map((s) => s.toLowerCase()))
      const out: [string, string][] = []
      const seen = new Set<string>()
      for (const tag of post.tags) {
        const key = tagKey(tag)
        if (!key || seen.has(key) || ignore.has(tag.slug.toLowerCase()) || (tag.name && ignore.has(tag.name.toLowerCase()))) continue
        seen.add(key)
        out.push([key, tag.name || tag.slug || key])
      }
      // Every post counts towards the run size, tagged or not ('' for none).
      return encodeTags(out)
    },
    finish({ items: all, options, report }) {
      // Data in another shape (a cache written by an older version) is left out.
      const items = (all as readonly { ref: PostRef; data: unknown }[]).filter((i): i is { ref: PostRef; data: Collected } => typeof i.data === 'string')
      if (items.length < options.minPosts) return
      const uses = new Map<string, number>()
      for (const { data } of items) for (const [key] of decodeTags(data)) uses.set(key, (uses.get(key) ?? 0) + 1)
      for (const { ref, data } of items) {
        const single = decodeTags(data)
          .filter(([key]) => uses.get(key) === 1)
          .map(([, name]) => `"${name}"`)
        if (!single.length) continue
        const list = single.length > 8 ? `${single.slice(0, 8).join(', ')} and ${single.length - 8} more` : single.join(', ')
        report(ref, {
          field: 'tags',
          message:
            single.length === 1
              ? `Tag ${list} is used by no other of the ${items.length} posts linted: merge it into a tag other posts share, or remove it`
              : `${single.length} tags are used by no other of the ${items.length} posts linted (${list}): merge them into tags other posts share, or remove them`,
        })
      }
    },
  },
})

function tagKey(tag: Term): string | undefined {
  if (tag.slug) return tag.slug.toLowerCase()
  if (tag.id !== undefined) return `#${tag.id}`
  return undefined
}

function tagged(id: number, title: string, slugs: string[]): { html: string; post: Record<string, unknown> } {
  return {
    html: `<p>${title}.</p>`,
    post: { id, title: { rendered: title }, slug: `post-${id}`, tags: slugs.map((_, i) => 100 + i), class_list: [`post-${id}`, ...slugs.map((s) => `tag-${s}`)] },
  }
}
