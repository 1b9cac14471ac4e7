import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint } from '../src/lint.js'
import type { LintResult } from '../src/types.js'
import { normalizeTitle } from '../rules/duplicate-title.js'
import { estimateJaccard, minhashSignature, similarPairs } from '../rules/duplicate-content.js'
import { mergeMap } from '../rules/site-tag-merge.js'
import { tagStems } from '../rules/data/content-match.js'
import { root } from './helpers.js'

// Crafted site: 4 categories × 6 posts, every post correctly filed and every tag used by two posts
// or more; problems.json adds a misfiled post, a duplicated title, a republished copy and a
// near-duplicate tag.
type RestPost = Record<string, unknown> & { id: number; categories: number[]; _embedded: { 'wp:term': [Record<string, unknown>[], Record<string, unknown>[]] } }
const load = (name: string): RestPost[] => JSON.parse(readFileSync(`${root}fixtures/site/${name}.json`, 'utf8'))
const CATEGORY_FILES = ['heart-circulation', 'diabetes', 'skin', 'bones-joints'] as const
const clean = (): RestPost[] => CATEGORY_FILES.flatMap(load)
const everything = (): RestPost[] => [...clean(), ...load('problems')]

const SITE_RULES = ['category-outlier', 'tag-singleton', 'duplicate-title', 'duplicate-content', 'tag-near-duplicate'] as const

/** Lints the posts together with the given rules on; returns `[postId, ruleId, message]` of every finding. */
async function findings(posts: readonly Record<string, unknown>[], rules: Record<string, unknown>): Promise<[number | undefined, string | null, string][]> {
  const results: LintResult[] = await lint(posts, { config: { rules } as never })
  return results.flatMap((r) => r.messages.map((m) => [r.postId, m.ruleId, m.message] as [number | undefined, string | null, string]))
}

const on = (...ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'warn']))

/** A copy of a post filed under another post's category. */
function moveTo(post: RestPost, home: RestPost): RestPost {
  const category = home._embedded['wp:term'][0][0]!
  return { ...post, categories: [category['id'] as number], _embedded: { 'wp:term': [[category], post._embedded['wp:term'][1]] } }
}

describe('site-wide rules on a crafted site', () => {
  it('stay quiet when every post is correctly filed and tagged', async () => {
    const out = await findings(clean(), { ...on(...SITE_RULES), 'category-content-mismatch': 'error' })
    expect(out).toEqual([])
  })

  it('find the misfiled post, the duplicates and the stray tag', async () => {
    const out = await findings(everything(), on(...SITE_RULES))
    const byRule = (id: string) => out.filter(([, r]) => r === id).map(([p]) => p).sort()
    expect(byRule('duplicate-title')).toEqual([2021, 2102])
    expect(byRule('duplicate-content')).toEqual([2001, 2103])
    expect(byRule('tag-near-duplicate')).toEqual([2104])
    expect(byRule('tag-singleton')).toEqual([2104])
    // The lexicon rule is off here, but category-outlier still leaves to it what it would report.
    expect(byRule('category-outlier')).toEqual([])
    const merge = out.find(([, r]) => r === 'tag-near-duplicate')![2]
    expect(merge).toContain('"high blood pressure" → "blood pressure"')
  })

  it('category-outlier suggests the right category for the misfiled post', async () => {
    const out = await findings(everything(), { 'category-outlier': ['warn', { skipLexicon: false }] })
    expect(out).toHaveLength(1)
    expect(out[0]![0]).toBe(2101)
    expect(out[0]![2]).toMatch(/"Skin" posts far more than its category "Bones & Joints"/)
  })

  it('reports a misfiled post once, whichever of category-outlier and the lexicon rule finds it', async () => {
    const out = await findings(everything(), { 'category-outlier': 'warn', 'category-content-mismatch': 'error' })
    const categoryFindings = out.filter(([, r]) => r === 'category-outlier' || r === 'category-content-mismatch')
    expect(categoryFindings.map(([p]) => p)).toEqual([2101])
  })

  it('category-outlier finds most posts moved to another category of the crafted site, with the right suggestion', async () => {
    const posts = clean()
    const homes = CATEGORY_FILES.map((f) => load(f)[0]!)
    let moves = 0
    let found = 0
    for (let i = 0; i < posts.length; i += 2) {
      for (const home of homes) {
        if (home.categories[0] === posts[i]!.categories[0]) continue
        moves++
        const moved = posts.map((p, j) => (j === i ? moveTo(p, home) : p))
        const out = await findings(moved, { 'category-outlier': ['warn', { skipLexicon: false }] })
        // Never another post; the suggestion is the post's real category.
        expect(out.every(([p]) => p === posts[i]!.id)).toBe(true)
        const realName = String(posts[i]!._embedded['wp:term'][0][0]!['name']).replace('&amp;', '&')
        if (out.length) {
          expect(out[0]![2]).toContain(`"${realName}" posts`)
          found++
        }
      }
    }
    expect(moves).toBe(36)
    expect(found / moves).toBeGreaterThanOrEqual(0.8)
  })

  it('does not learn a category from fewer than minPosts posts', async () => {
    const posts = everything()
    const out = await findings(posts, { 'category-outlier': ['warn', { skipLexicon: false, minPosts: 8 }] })
    expect(out).toEqual([])
  })

  it('ignores categories listed in `ignore`', async () => {
    const out = await findings(everything(), { 'category-outlier': ['warn', { skipLexicon: false, ignore: ['skin'] }] })
    expect(out.filter(([, , m]) => m.includes('"Skin"'))).toEqual([])
  })

  it('does not run on a single post', async () => {
    const out = await findings([load('problems')[0]!], { ...on(...SITE_RULES), 'tag-singleton': ['warn', { minPosts: 2 }] })
    expect(out).toEqual([])
  })
})

describe('tag-singleton', () => {
  it('counts only runs of at least minPosts posts', async () => {
    expect(await findings(everything(), { 'tag-singleton': ['warn', { minPosts: 29 }] })).toEqual([])
    const out = await findings(everything(), { 'tag-singleton': ['warn', { minPosts: 28 }] })
    expect(out).toEqual([[2104, 'tag-singleton', 'Tag "high blood pressure" is used by no other of the 28 posts linted: merge it into a tag other posts share, or remove it']])
  })

  it('lists every single-use tag of a post in one finding, and honours `ignore`', async () => {
    const posts = clean().slice(0, 3)
    const out = await findings(posts, { 'tag-singleton': ['warn', { minPosts: 3 }] })
    expect(out.map(([p]) => p)).toEqual([2001, 2002, 2003])
    expect(out.find(([p]) => p === 2003)![2]).toMatch(/^2 tags are used by no other of the 3 posts linted \("heart rhythm", "medication"\)/)
    const ignored = await findings(posts, { 'tag-singleton': ['warn', { minPosts: 3, ignore: ['heart-rhythm', 'medication', 'blood pressure', 'Emergency'] }] })
    expect(ignored.map(([p]) => p)).toEqual([])
  })
})

describe('duplicate-title', () => {
  it('normalises case, punctuation, accents and ampersands', () => {
    expect(normalizeTitle('Sciatica: Causes & Treatment')).toBe('sciatica causes and treatment')
    expect(normalizeTitle('sciatica – causes and treatment!')).toBe('sciatica causes and treatment')
    expect(normalizeTitle('Café-au-lait spots')).toBe('cafe au lait spots')
    expect(normalizeTitle('Sciatica causes')).not.toBe(normalizeTitle('Sciatica treatment'))
  })

  it('leaves very short titles to other rules', async () => {
    const posts = [1, 2].map((id) => ({ ...load('skin')[0]!, id, title: { rendered: 'Update' } }))
    expect(await findings(posts, on('duplicate-title'))).toEqual([])
    expect(await findings(posts, { 'duplicate-title': ['warn', { minLength: 1 }] })).toHaveLength(2)
  })
})

describe('duplicate-content', () => {
  const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 5003}`)
  const exact = (a: string[], b: string[], k: number) => {
    const sa = new Set(a.slice(0, a.length - k + 1).map((_, i) => a.slice(i, i + k).join(' ')))
    const sb = new Set(b.slice(0, b.length - k + 1).map((_, i) => b.slice(i, i + k).join(' ')))
    let shared = 0
    for (const s of sa) if (sb.has(s)) shared++
    return shared / (sa.size + sb.size - shared)
  }

  it('estimates the Jaccard index of word shingles', () => {
    const a = words(600, 1)
    for (const changed of [0, 10, 30, 80, 200]) {
      const b = a.slice()
      for (let i = 0; i < changed; i++) b[(i * 37) % b.length] = `x${i}`
      const est = estimateJaccard(minhashSignature(a, 5)!, minhashSignature(b, 5)!)
      expect(Math.abs(est - exact(a, b, 5))).toBeLessThan(0.1)
    }
    expect(estimateJaccard(minhashSignature(a, 5)!, minhashSignature(words(600, 2), 5)!)).toBeLessThan(0.05)
    expect(minhashSignature(words(4, 1), 5)).toBeUndefined()
  })

  it('pairs only signatures at or above the threshold', () => {
    const a = words(400, 1)
    const near = a.slice()
    near[100] = 'changed'
    const sigs = [a, words(400, 2), near, words(400, 3)].map((w) => minhashSignature(w, 5)!)
    expect(similarPairs(sigs, 0.8).map(({ a, b }) => [a, b])).toEqual([[0, 2]])
    expect(similarPairs(sigs, 0.3).map(({ a, b }) => [a, b])).toEqual([[0, 2]])
  })

  it('skips posts shorter than minWords and the same post read twice', async () => {
    const original = load('heart-circulation')[0]!
    expect(await findings([original, { ...original }], on('duplicate-content'))).toEqual([])
    expect(await findings([original, { ...original, id: 9 }], on('duplicate-content'))).toHaveLength(2)
    expect(await findings([original, { ...original, id: 9 }], { 'duplicate-content': ['warn', { minWords: 500 }] })).toEqual([])
  })
})

describe('tag-near-duplicate across the site', () => {
  const tag = (name: string, uses: number) => ({ key: name.replace(/ /g, '-'), name, stems: tagStems(name), uses })

  it('keeps the most-used tag of each group', () => {
    const groups = mergeMap([tag('sciatica pain', 2), tag('sciatic nerve pain', 1), tag('sciatica pains', 9), tag('physiotherapy', 4)], { jaccard: 0.6, containment: 0.75, minShared: 2 })
    expect(groups.map((g) => [g.keep.name, g.merge.map((t) => t.name)])).toEqual([['sciatica pains', ['sciatica pain', 'sciatic nerve pain']]])
  })

  it('does not chain unrelated tags through a middle one', () => {
    const groups = mergeMap([tag('back pain', 5), tag('back pain relief', 2), tag('pain relief', 1)], { jaccard: 0.6, containment: 0.75, minShared: 2 })
    expect(groups.map((g) => [g.keep.name, g.merge.map((t) => t.name)])).toEqual([['back pain', ['back pain relief']]])
  })

  it('leaves posts that carry both tags to the per-post check', async () => {
    const [a, b, c] = load('heart-circulation')
    const withBoth = { ...a!, tags: [300, 399], _embedded: { 'wp:term': [a!._embedded['wp:term'][0], [...a!._embedded['wp:term'][1], { id: 399, name: 'high blood pressure', slug: 'high-blood-pressure', taxonomy: 'post_tag' }]] } }
    const out = await findings([withBoth, b!, c!], on('tag-near-duplicate'))
    expect(out.map(([p]) => p)).toEqual([2001])
    expect(out[0]![2]).toMatch(/^2 tags are near-duplicates/)
  })
})
