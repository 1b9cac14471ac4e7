import { readFileSync } from 'node:fs'
import { serialize } from 'node:v8'
import { describe, expect, it } from 'vitest'
import { lint } from '../src/lint.js'
import type { LintResult } from '../src/types.js'
import { normalizeTitle } from '../rules/duplicate-title.js'
import { estimateJaccard, minhashSignature, similarPairs } from '../rules/duplicate-content.js'
import categoryOutlier from '../rules/category-outlier.js'
import categoryContentMismatch from '../rules/category-content-mismatch.js'
import tagSingleton, { decodeTags, encodeTags } from '../rules/tag-singleton.js'
import { Analysis } from '../src/analysis.js'
import { compactString } from '../rules/data/compact.js'
import { readValue } from '../src/readers/index.js'
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

  it('makes signatures of 256 characters that survive JSON and structured cloning', () => {
    const sig = minhashSignature(words(300, 1), 5)!
    expect(sig).toHaveLength(256)
    expect(JSON.parse(JSON.stringify(sig))).toBe(sig)
    expect(structuredClone(sig)).toBe(sig)
    expect([...sig].every((c) => c.charCodeAt(0) < 0x8000)).toBe(true)
  })

  it('treats a bucket beyond the budget as one cluster: each copy paired once, with the first', () => {
    const base = words(400, 1)
    const copies = Array.from({ length: 300 }, () => minhashSignature(base, 5)!)
    const other = minhashSignature(words(400, 2), 5)!
    const sigs = [other, ...copies]
    // Within the budget every pair is compared…
    expect(similarPairs(sigs, 0.8)).toHaveLength((300 * 299) / 2)
    // …beyond it, the 300 copies agree on every band and are one cluster around the first copy.
    const pairs = similarPairs(sigs, 0.8, 0)
    expect(pairs).toHaveLength(299)
    expect(pairs.every(({ a, jaccard }) => a === 1 && jaccard === 1)).toBe(true)
    expect(new Set(pairs.map(({ b }) => b)).size).toBe(299)
  })

  it('visits each pair once, however many bands it shares', () => {
    const a = words(400, 1)
    const sigs = [0, 1, 2, 3, 4].map((k) => {
      const w = a.slice()
      for (let i = 0; i < k * 4; i++) w[(i * 53 + k) % w.length] = `v${k}-${i}`
      return minhashSignature(w, 5)!
    })
    const pairs = similarPairs(sigs, 0.5).map(({ a, b }) => `${a}-${b}`)
    expect(new Set(pairs).size).toBe(pairs.length)
    expect(pairs.length).toBe(10)
  })

  it('names the other copies, three at most, when one post is published many times', async () => {
    const original = load('heart-circulation')[0]!
    const posts = Array.from({ length: 60 }, (_, i) => ({ ...original, id: 5000 + i, slug: `copy-${i}` }))
    const out = await findings(posts, on('duplicate-content'))
    expect(out).toHaveLength(60)
    expect(out[0]![2]).toMatch(/^The content is nearly the same as 59 other posts, by share of 5-word phrases: post 5001, copy-1 ".*" \(about 100%\), post 5002, copy-2 .*, post 5003, copy-3 .* and 56 more;/)
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

describe('what site-wide rules keep per post', () => {
  const read = readValue(load('heart-circulation'), 'site')
  const context = (i: number, rule: { options: Record<string, { default: unknown }> }) => ({
    post: read[i]!.post,
    analysis: new Analysis(read[i]!.post),
    options: Object.fromEntries(Object.entries(rule.options).map(([k, spec]) => [k, spec.default])) as never,
    settings: { locale: 'en-US', taxonomies: {} } as never,
    report() {},
  })

  it('is plain strings, the same after a JSON round trip, and small', () => {
    const outlier = categoryOutlier.site!.collect(context(0, categoryOutlier))
    expect(typeof outlier.t).toBe('string')
    expect(outlier.t.split(' ')[0]).toMatch(/^[^\s:]+:\d+$/)
    expect(JSON.parse(JSON.stringify(outlier))).toEqual(outlier)
    expect(serialize(outlier).length).toBeLessThan(1000)
    const tags = tagSingleton.site!.collect(context(0, tagSingleton))
    expect(typeof tags).toBe('string')
    expect(decodeTags(tags).length).toBe(read[0]!.post.tags.length)
  })

  it('keeps Latin-1 text one byte a character, whatever document it was cut from', () => {
    const ascii = 'sciatica — pain in the leg'.match(/[\p{L}]+/gu)!.join(' ')
    expect(compactString(ascii)).toBe(ascii)
    expect(serialize(compactString(ascii)).length).toBeLessThanOrEqual(ascii.length + 8)
    expect(compactString('naïve — café')).toBe('naïve — café')
  })

  it('encodes tags one per line, the name only when it differs from the key', () => {
    const encoded = encodeTags([['back-pain', 'Back pain'], ['sciatica', 'sciatica'], ['odd\tkey', 'name\nwith breaks']])
    expect(encoded).toBe('back-pain\tBack pain\nsciatica\nodd key\tname with breaks')
    expect(decodeTags(encoded)).toEqual([['back-pain', 'Back pain'], ['sciatica', 'sciatica'], ['odd key', 'name with breaks']])
    expect(decodeTags('')).toEqual([])
  })

  it('category-outlier reuses the topic profile the lexicon rule computed on the post', () => {
    const ctx = context(0, categoryOutlier)
    const computed: string[] = []
    const shared = ctx.analysis.shared.bind(ctx.analysis)
    ctx.analysis.shared = ((key: string, compute: (a: Analysis) => unknown) => shared(key, (a) => (computed.push(key), compute(a)))) as never
    categoryContentMismatch.check!({ ...context(0, categoryContentMismatch), analysis: ctx.analysis })
    categoryOutlier.site!.collect(ctx)
    categoryOutlier.site!.collect(ctx)
    expect(computed.filter((k) => k.startsWith('topic-profile:'))).toEqual(['topic-profile:{}'])
    expect(computed.filter((k) => k === 'category-outlier:lexicon-reports')).toHaveLength(1)
  })
})
