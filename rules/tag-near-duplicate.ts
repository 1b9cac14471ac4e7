import { defineRule } from '../src/rule.js'
import type { Term } from '../src/types.js'
import { tagStems } from './data/content-match.js'
import { tagMergeSite } from './site-tag-merge.js'

interface TagInfo {
  name: string
  stems: Set<string>
}

export default defineRule({
  id: 'tag-near-duplicate',
  description: 'Tags of one post that say the same thing in different words',
  category: 'taxonomy',
  severity: 'warn',
  recommended: 'warn',
  options: {
    jaccard: {
      type: 'number',
      default: 0.6,
      min: 0,
      max: 1,
      description: 'Two tags are near-duplicates when their shared word stems are at least this share of all their stems (Jaccard index).',
    },
    containment: {
      type: 'number',
      default: 0.75,
      min: 0,
      max: 1,
      description: 'Two tags are also near-duplicates when this share of the shorter tag\'s stems is in the longer one.',
    },
    minShared: {
      type: 'number',
      default: 2,
      min: 1,
      integer: true,
      description: 'Stems two tags must share for the containment test ("diabetes" inside "type 2 diabetes" is a narrower topic, not a duplicate).',
    },
  },
  docs: {
    what: 'Compares the post\'s tags two by two after lower-casing, dropping stop words and stemming (Porter), and treating stems that extend one another as one ("sciatic", "sciatica"). Tags whose stems overlap enough are grouped (a tag joins a group when it is close to any member) and each group is reported once, with the tag to keep: the one whose words the others repeat most, shortest on a tie.',
    why: 'Near-duplicate tags split the same topic into several archive pages holding the same few posts, which reads as keyword stuffing to search engines and as clutter to readers.',
    sources: ['Yoast, "Tagging posts properly for users and SEO": do not create several tags for similar topics'],
    bad: [
      {
        post: {
          tags: [1, 2, 3],
          class_list: ['post-1001', 'tag-back-pain-radiating-to-legs', 'tag-treatment-for-back-pain-radiating-to-legs', 'tag-exercise'],
        },
      },
      { post: { tags: [1, 2], class_list: ['post-1001', 'tag-sciatica-pain', 'tag-sciatic-nerve-pain'] } },
    ],
    good: [
      { post: { tags: [1, 2, 3], class_list: ['post-1001', 'tag-sciatica', 'tag-spinal-stenosis', 'tag-physiotherapy'] } },
      { post: { tags: [1, 2], class_list: ['post-1001', 'tag-diabetes', 'tag-type-2-diabetes'] } },
      { post: { tags: [1, 2], class_list: ['post-1001', 'tag-back-pain', 'tag-leg-pain'] } },
    ],
    notes: 'On the seed post its 15 tags form one group of 8 back-and-leg-pain tags and one pair of sciatic-pain tags, so 15 tags collapse to 7.',
  },
  // Across the site (several posts linted together): near-duplicate tags of different posts, with a merge map.
  site: tagMergeSite,
  check({ post, options, report }) {
    const tags: TagInfo[] = dedupe(post.tags)
      .map((t) => ({ name: t.name || t.slug.replace(/-/g, ' '), stems: tagStems(t.name || t.slug.replace(/-/g, ' ')) }))
      .filter((t) => t.stems.size > 0)
    if (tags.length < 2) return
    const parent = tags.map((_, i) => i)
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
    for (let i = 0; i < tags.length; i++) {
      for (let j = i + 1; j < tags.length; j++) {
        if (similar(tags[i]!.stems, tags[j]!.stems, options)) parent[find(i)] = find(j)
      }
    }
    const groups = new Map<number, number[]>()
    tags.forEach((_, i) => {
      const r = find(i)
      groups.set(r, [...(groups.get(r) ?? []), i])
    })
    const clusters = [...groups.values()].filter((g) => g.length > 1)
    if (!clusters.length) return
    const kept = tags.length - clusters.reduce((n, g) => n + g.length - 1, 0)
    for (const group of clusters) {
      const members = group.map((i) => tags[i]!)
      const keep = pickKeeper(members)
      const core = sharedStems(members)
      const list = members.map((m) => `"${m.name}"`).join(', ')
      const about = core.length ? ` (all about ${core.map((c) => `"${c}"`).join(', ')})` : ''
      report({
        field: 'tags',
        message: `${members.length} tags are near-duplicates${about}: ${list}; keep one, e.g. "${keep.name}", and merge the others into it (${tags.length} tags would become ${kept})`,
      })
    }
  },
})

function dedupe(terms: readonly Term[]): Term[] {
  const seen = new Set<string>()
  return terms.filter((t) => {
    const key = t.slug || t.name
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Stems equal, or one extends the other ("sciatic", "sciatica") when both are long enough to be specific. */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 2
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const x of a) for (const y of b) if (sameStem(x, y)) {
    n++
    break
  }
  return n
}

function similar(a: Set<string>, b: Set<string>, o: { jaccard: number; containment: number; minShared: number }): boolean {
  const shared = overlap(a.size <= b.size ? a : b, a.size <= b.size ? b : a)
  if (shared === 0) return false
  const union = a.size + b.size - shared
  if (shared / union >= o.jaccard) return true
  return shared >= o.minShared && shared / Math.min(a.size, b.size) >= o.containment
}

/** The member whose stems the others repeat most (the most general tag), fewest words on a tie. */
function pickKeeper(members: TagInfo[]): TagInfo {
  let best = members[0]!
  let bestScore = -1
  for (const m of members) {
    let score = 0
    for (const other of members) if (other !== m) score += overlap(m.stems, other.stems) / m.stems.size
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && m.name.length < best.name.length)) {
      best = m
      bestScore = score
    }
  }
  return best
}

/** Stems every member shares. */
function sharedStems(members: TagInfo[]): string[] {
  const [first, ...rest] = members
  return [...first!.stems].filter((s) => rest.every((m) => [...m.stems].some((t) => sameStem(s, t))))
}
