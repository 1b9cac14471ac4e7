import type { SiteHooks } from '../src/rule.js'
import { tagsSimilar } from '../src/text.js'
import { tagStems } from './data/content-match.js'
import { decodeTags, encodeTags } from './tag-singleton.js'

/** The options of tag-near-duplicate the site-wide part uses. */
interface SimilarityOptions {
  jaccard: number
  containment: number
  minShared: number
}

/** A post's tags: key (slug, else `#id`) and the name compared and shown, encoded by `encodeTags`. */
type Collected = string

interface SiteTag {
  key: string
  name: string
  stems: Set<string>
  /** Posts using the tag. */
  uses: number
}

/** One group of near-duplicate tags across the site: the tag to keep and the tags to merge into it. */
export interface TagMerge {
  keep: SiteTag
  merge: SiteTag[]
}

/** Stems that name one thing share a key (the first five letters, or the whole stem when shorter). */
function blockKey(stem: string): string {
  return stem.length >= 5 ? stem.slice(0, 5) : stem
}

/**
 * Groups the site's tags into near-duplicate clusters around the most-used tag. Tags are taken
 * from most to least used; each joins the most-used kept tag it is similar to (by the same test
 * as the per-post rule), or is kept itself. Joining a kept tag directly, not any member, keeps
 * chains ("back pain" ~ "back pain relief" ~ "pain relief") from merging unrelated tags.
 */
export function mergeMap(tags: readonly SiteTag[], options: SimilarityOptions): TagMerge[] {
  const order = [...tags].sort((a, b) => b.uses - a.uses || a.stems.size - b.stems.size || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const kept: TagMerge[] = []
  // Block key → indexes into `kept` of the kept tags having a stem with that key.
  const index = new Map<string, number[]>()
  for (const tag of order) {
    const candidates = new Set<number>()
    for (const s of tag.stems) for (const k of index.get(blockKey(s)) ?? []) candidates.add(k)
    let home: number | undefined
    for (const k of [...candidates].sort((a, b) => a - b)) {
      if (tagsSimilar(tag.stems, kept[k]!.keep.stems, options)) {
        home = k
        break
      }
    }
    if (home !== undefined) {
      kept[home]!.merge.push(tag)
      continue
    }
    const k = kept.length
    kept.push({ keep: tag, merge: [] })
    for (const key of new Set([...tag.stems].map(blockKey))) {
      const list = index.get(key)
      if (list) list.push(k)
      else index.set(key, [k])
    }
  }
  return kept.filter((g) => g.merge.length > 0)
}

const uses = (n: number) => `${n} post${n === 1 ? '' : 's'}`

/**
 * The site-wide part of tag-near-duplicate: near-identical tags used on different posts across
 * the site, with a merge map that keeps the most-used tag of each group. A post is told about a
 * group when it carries one tag of it that is to be merged; posts carrying two or more tags of a
 * group are already reported by the per-post check.
 */
export const tagMergeSite: SiteHooks<SimilarityOptions, Collected> = {
  collect({ post }) {
    const out: [string, string][] = []
    const seen = new Set<string>()
    for (const tag of post.tags) {
      const key = tag.slug ? tag.slug.toLowerCase() : tag.id !== undefined ? `#${tag.id}` : ''
      const name = tag.name || tag.slug.replace(/-/g, ' ')
      if (!key || !name || seen.has(key)) continue
      seen.add(key)
      out.push([key, name])
    }
    return out.length ? encodeTags(out) : undefined
  },
  finish({ items: all, options, report }) {
    // Data in another shape (a cache written by an older version) is left out.
    const items = all.filter((i) => typeof i.data === 'string')
    const tags = new Map<string, SiteTag>()
    for (const { data } of items) {
      for (const [key, name] of decodeTags(data)) {
        const tag = tags.get(key)
        if (tag) tag.uses++
        else tags.set(key, { key, name, stems: tagStems(name), uses: 1 })
      }
    }
    const groups = mergeMap(
      [...tags.values()].filter((t) => t.stems.size > 0),
      options,
    )
    if (!groups.length) return
    const groupOf = new Map<string, TagMerge>()
    for (const g of groups) for (const t of [g.keep, ...g.merge]) groupOf.set(t.key, g)
    for (const { ref, data } of items) {
      const byGroup = new Map<TagMerge, string[]>()
      for (const [key] of decodeTags(data)) {
        const g = groupOf.get(key)
        if (g) byGroup.set(g, [...(byGroup.get(g) ?? []), key])
      }
      for (const [g, keys] of byGroup) {
        if (keys.length !== 1 || keys[0] === g.keep.key) continue
        const tag = g.merge.find((t) => t.key === keys[0])!
        const map = g.merge.slice(0, 6).map((t) => `"${t.name}" → "${g.keep.name}"`)
        if (g.merge.length > 6) map.push(`${g.merge.length - 6} more`)
        report(ref, {
          field: 'tags',
          message: `Tag "${tag.name}" (${uses(tag.uses)}) is a near-duplicate of the site's tag "${g.keep.name}" (${uses(g.keep.uses)}): merge it into "${g.keep.name}" (merge map: ${map.join(', ')})`,
        })
      }
    }
  },
}
