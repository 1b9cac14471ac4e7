import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Analysis } from '../src/analysis.js'
import { lint } from '../src/lint.js'
import { readValue } from '../src/readers/index.js'
import categoryOutlier, { categoryKeys, findOutliers } from '../rules/category-outlier.js'
import { corpusDir } from './helpers.js'

// Real NIH articles (MedQuAD), one file per category; the category is correct for every post.
// Topical categories only: "Genetic Conditions" and "Rare Diseases" are not topics a text names.
const dir = `${corpusDir}medical/medquad/`
const CATEGORIES = ['cancer', 'diabetes', 'heart-lung-and-blood', 'kidney-and-urinary-health', 'infectious-diseases'] as const
const PER_CATEGORY = 40
const available = CATEGORIES.every((c) => existsSync(`${dir}${c}.json`))
if (!available) console.warn('site-corpus tests skipped: the shared MedQuAD corpus is not beside this checkout')

type RestPost = Record<string, unknown> & { id: number; categories: number[]; _embedded: { 'wp:term': Record<string, unknown>[][] } }

/** The first PER_CATEGORY posts of each category (Diabetes has 29). */
function sample(): RestPost[][] {
  return CATEGORIES.map((c) => (JSON.parse(readFileSync(`${dir}${c}.json`, 'utf8')) as RestPost[]).slice(0, PER_CATEGORY))
}

/** A copy of a post filed under another post's category. */
function moveTo(post: RestPost, home: RestPost): RestPost {
  const category = home._embedded['wp:term'][0]![0]!
  return { ...post, categories: [category['id'] as number], _embedded: { 'wp:term': [[category], post._embedded['wp:term'][1] ?? []] } }
}

const categoryName = (post: RestPost) => String(post._embedded['wp:term'][0]![0]!['name'])

async function lintTogether(posts: RestPost[], rules: Record<string, unknown>) {
  const results = await lint(posts, { config: { rules } as never })
  return results.flatMap((r) => r.messages.map((m) => ({ postId: r.postId, ruleId: m.ruleId, message: m.message })))
}

describe.skipIf(!available)('site-wide rules on real posts (MedQuAD)', () => {
  const byCategory = available ? sample() : []
  const posts = byCategory.flat()
  // The tenth post of each category, moved three categories on.
  const moves = byCategory.map((list, c) => ({ post: list[9]!, to: byCategory[(c + 3) % byCategory.length]![0]! }))

  it('stay quiet when every post is correctly filed', async () => {
    const out = await lintTogether(posts, { 'category-outlier': ['warn', { skipLexicon: false }], 'tag-singleton': 'warn', 'tag-near-duplicate': 'warn' })
    expect(out).toEqual([])
  })

  it.each(moves.map((m, i) => [i, m] as const))('category-outlier finds moved post %i and suggests its real category', async (_i, { post, to }) => {
    const moved = posts.map((p) => (p === post ? moveTo(p, to) : p))
    const out = await lintTogether(moved, { 'category-outlier': ['warn', { skipLexicon: false }] })
    expect(out.map((f) => f.postId)).toEqual([post.id])
    expect(out[0]!.message).toContain(`"${categoryName(post)}" posts far more than its category "${categoryName(to)}"`)
  })

  it('with the lexicon rule on, each moved post gets exactly one category finding', async () => {
    const movedPosts = new Map(moves.map((m) => [m.post, m.to]))
    const moved = posts.map((p) => (movedPosts.has(p) ? moveTo(p, movedPosts.get(p)!) : p))
    const rules = { 'category-outlier': 'warn', 'category-content-mismatch': ['error', { checkTags: false }] }
    const categoryFindings = (out: Awaited<ReturnType<typeof lintTogether>>) => out.filter((f) => f.ruleId === 'category-outlier' || f.message.startsWith('Category'))
    const base = new Set(categoryFindings(await lintTogether(posts, rules)).map((f) => f.postId))
    const out = categoryFindings(await lintTogether(moved, rules))
    for (const { post } of moves) expect(out.filter((f) => f.postId === post.id)).toHaveLength(1)
    // Nothing new about posts that stayed where they were.
    expect(out.filter((f) => !moves.some((m) => m.post.id === f.postId) && !base.has(f.postId))).toEqual([])
  })

  it('finds the moves without a lexicon when categories are named in words no lexicon knows', async () => {
    // The same site with its categories renamed "Section 1"…"Section 5": the lexicon rule has nothing to go on.
    const renamed = byCategory.map((list, c) =>
      list.map((p) => {
        const term = { ...p._embedded['wp:term'][0]![0]!, name: `Section ${c + 1}`, slug: `section-${c + 1}` }
        return { ...p, _embedded: { 'wp:term': [[term], p._embedded['wp:term'][1] ?? []] } }
      }),
    )
    const moved = renamed.flat().map((p) => {
      const move = moves.find((m) => m.post.id === p.id)
      if (!move) return p
      const target = renamed[CATEGORIES.findIndex((_, c) => byCategory[c]![0] === move.to)]![0]!
      return moveTo(p, target)
    })
    const out = await lintTogether(moved, { 'category-outlier': 'warn', 'category-content-mismatch': ['error', { checkTags: false }] })
    expect(out.filter((f) => f.ruleId === 'category-content-mismatch')).toEqual([])
    expect(out.map((f) => f.postId).sort()).toEqual(moves.map((m) => m.post.id).sort())
    expect(out.every((f) => f.ruleId === 'category-outlier')).toBe(true)
  })

  it('measured: finds most moves to any other category, with no false alarms', () => {
    const options = { minPosts: 5, margin: 0.05, ratio: 2, terms: 50, skipLexicon: false, ignore: [] as string[] }
    const items = readValue(posts, 'medquad').map((r) => ({
      ref: { result: 0, title: r.post.title, link: '', slug: '', filePath: '', categories: r.post.categories, tags: [], points: {} },
      data: categoryOutlier.site!.collect({ post: r.post, analysis: new Analysis(r.post), options, settings: {} as never, report() {} }),
    }))
    expect(findOutliers(items, options)).toEqual([])
    const keys = [...new Set(items.flatMap((i) => categoryKeys(i.data.c)))]
    let total = 0
    let found = 0
    items.forEach((item, i) => {
      const own = categoryKeys(item.data.c)
      for (const k of keys) {
        if (own.includes(k)) continue
        total++
        const moved = items.map((it, j) => (j === i ? { ...it, data: { ...it.data, c: k } } : it))
        const verdict = findOutliers(moved, options)
        expect(verdict.every((v) => v.item === i)).toBe(true)
        if (verdict.some((v) => v.item === i && v.best === own[0])) found++
      }
    })
    console.log(`category-outlier on MedQuAD: ${found} of ${total} moved posts found (${Math.round((found / total) * 100)}%), 0 false alarms among ${items.length} correctly filed`)
    expect(total).toBe(756)
    expect(found / total).toBeGreaterThanOrEqual(0.8)
  })
})
