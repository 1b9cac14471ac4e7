import type { Analysis } from '../src/analysis.js'
import { defineRule } from '../src/rule.js'
import type { PostRef } from '../src/rule.js'
import { contentStems } from '../src/text.js'
import type { Settings } from '../src/config/schema.js'
import type { Post, Term } from '../src/types.js'
import categoryContentMismatch from './category-content-mismatch.js'
import { compactString } from './data/compact.js'

/**
 * What each post leaves for the site-wide pass, as strings so that it is small in memory (about
 * 0.5 KB for 50 stems), crosses worker threads and survives the cache's JSON as it is.
 */
interface Collected {
  /** Strongest stems first, each with its weighted count: `"diabet:12 insulin:7 …"`. */
  t: string
  /** Keys of the post's categories (slug, or `#id`), one per line. */
  c: string
  /** Set when the lexicon rule already reports the post's categories. */
  skip?: 1
}

function isCollected(value: unknown): value is Collected {
  return typeof value === 'object' && value !== null && typeof (value as Collected).t === 'string' && typeof (value as Collected).c === 'string'
}

/** Weight of a stem counted `n` times (weighted by where it occurs): 1 + ln n, to 3 decimals. */
function termWeight(n: number): number {
  return Math.round((1 + Math.log(n)) * 1000) / 1000
}

/** Category keys of `Collected.c`. */
export function categoryKeys(c: string): string[] {
  return c.split('\n')
}

/** Weights of title and heading words against body words. */
const TITLE_WEIGHT = 3
const HEADING_WEIGHT = 2

/**
 * Weighted stem counts of a post's title, headings and body (content words only, stop words,
 * numbers and one- or two-letter words dropped), computed once per post and shared.
 */
export function topicStemCounts(analysis: Analysis): ReadonlyMap<string, number> {
  return analysis.shared('topic:stem-counts', (a) => {
    const counts = new Map<string, number>()
    const add = (text: string, weight: number) => {
      for (const s of contentStems(text)) {
        if (s.length < 3 || /^[\d.,'’-]+$/.test(s)) continue
        counts.set(s, (counts.get(s) ?? 0) + weight)
      }
    }
    add(a.post.title, TITLE_WEIGHT)
    for (const block of a.blocks) if (block.text) add(block.text, block.kind === 'heading' ? HEADING_WEIGHT : 1)
    return counts
  })
}

/** The key a category is known by across posts: its slug, else its id. */
export function termKey(term: Term): string | undefined {
  if (term.slug) return term.slug.toLowerCase()
  if (term.id !== undefined) return `#${term.id}`
  return undefined
}

const LEXICON_DEFAULTS = Object.fromEntries(Object.entries(categoryContentMismatch.options).map(([k, spec]) => [k, spec.default]))

/**
 * Whether the lexicon rule `category-content-mismatch` (default options) reports a category of
 * the post. The rule's topic profile is memoised on the post's analysis (`topic-profile:{}`), so
 * when the rule ran on the post with its default lexicon this reuses its work: only the decision
 * over the post's few categories runs again (measured: 0.008 ms a post, against 0.17 ms with the
 * profile computed here). The verdict is memoised too.
 */
export function lexiconReportsCategory(post: Post, analysis: Analysis, settings: Settings): boolean {
  return analysis.shared('category-outlier:lexicon-reports', () => lexiconVerdict(post, analysis, settings))
}

function lexiconVerdict(post: Post, analysis: Analysis, settings: Settings): boolean {
  let found = false
  categoryContentMismatch.check?.({
    post,
    analysis,
    settings,
    options: { ...LEXICON_DEFAULTS, checkTags: false } as never,
    report(d) {
      if (d.field === 'categories') found = true
    },
  })
  return found
}

function termLabel(term: Term): string {
  return term.name || term.slug || (term.id !== undefined ? `#${term.id}` : '?')
}

export default defineRule({
  id: 'category-outlier',
  description: 'A post fits another category of the site far better than its own (learned from the posts linted together)',
  category: 'site',
  severity: 'warn',
  recommended: 'warn',
  options: {
    minPosts: {
      type: 'number',
      default: 5,
      min: 2,
      integer: true,
      description: 'Posts a category needs in the run before its term profile is learned; posts filed only under smaller categories are not judged.',
    },
    margin: {
      type: 'number',
      default: 0.05,
      min: 0,
      max: 1,
      description: 'How much more similar (cosine, 0–1) the post must be to the other category\'s profile than to its own.',
    },
    ratio: {
      type: 'number',
      default: 2,
      min: 1,
      description: 'How many times more similar the post must be to the other category\'s profile than to its own.',
    },
    terms: {
      type: 'number',
      default: 50,
      min: 5,
      max: 500,
      integer: true,
      description: 'Strongest word stems kept per post (the post\'s term vector); more is more precise and uses more memory on large sites.',
    },
    skipLexicon: {
      type: 'boolean',
      default: true,
      description: 'Leave out posts whose categories the lexicon rule `category-content-mismatch` (with its default options) reports, so a misfiled post gets one finding; turn off when that rule is off.',
    },
    ignore: {
      type: 'string[]',
      default: ['uncategorized', 'uncategorised'],
      description: 'Category slugs or names that are not topics (the default category, "News"…): never learned, never suggested, and posts filed only there are not judged.',
    },
  },
  docs: {
    what: 'Learns each category\'s term profile from the posts linted together (TF-IDF over the stems of title, headings and body; the centroid of the category\'s posts) and reports a post that is far more similar to another category\'s profile than to its own, suggesting that category. The post itself is left out of its own category\'s profile, so one misfiled post cannot make its category look like itself. Posts the lexicon rule `category-content-mismatch` already reports are skipped, so one misfiled post gets one finding.',
    why: 'A misfiled article is missing from the archive readers browse for its topic and dilutes the archive it sits in; search engines read category archives as topical hubs, so a cancer article in a diabetes archive weakens both.',
    sources: [
      'Rocchio / nearest-centroid classification over TF-IDF vectors (Manning, Raghavan, Schütze, "Introduction to Information Retrieval", ch. 14.2)',
      'Yoast, "Using category and tag pages for your site\'s SEO": categories group posts on one topic',
    ],
    bad: [
      {
        site: [
          ...siteExample(),
          post(99, 'heart', 'Herz und Kreislauf', 'Hives and itchy welts', '<p>Hives are raised, itchy welts on the skin. An allergy makes the skin release histamine and the rash comes and goes; antihistamine tablets and cool creams calm the itchy skin.</p>'),
        ],
        options: { minPosts: 3 },
      },
    ],
    good: [{ site: siteExample(), options: { minPosts: 3 } }],
    notes:
      'Measured on MedQuAD (NIH articles filed by the institute that wrote them): 40 posts from each of 5 topical categories (cancer, diabetes, heart-lung-and-blood, kidney-and-urinary-health, infectious-diseases), one post moved to a wrong category at a time, every post to every other category (756 moves): this rule reports 656 (87%), 646 of them suggesting the post\'s real category, the lexicon rule 398 (53%), the two together 690 (91%); of the 189 posts left where they were, this rule reports none (the lexicon rule 1). With 100 posts from each of 8 categories (adding brain-and-nerves, digestive-health and healthy-aging; 3,822 moves): 82% found by this rule, 86% by the two together; among the 546 correctly filed posts it reports 2, both defensible ("Proteinuria" filed under Digestive Health and "Urinary Tract Infections" under Healthy Aging, suggested for Kidney and Urinary Health). Moves between neighbouring topics (diabetes and kidney disease) are the ones missed. The categories "Genetic Conditions" and "Rare Diseases" are not topics a text names; list such categories in `ignore`. Runs below `minPosts` posts per category say nothing.',
  },
  site: {
    collect({ post, analysis, options, settings }): Collected | undefined {
      const ignore = new Set(options.ignore.map((s) => s.toLowerCase()))
      const categories = post.categories.filter((t) => !ignore.has(t.slug.toLowerCase()) && !ignore.has(t.name.toLowerCase()))
      // Keys are joined by line breaks, so a key holding one (never seen in a slug) is folded.
      const keys = [...new Set(categories.map(termKey).filter((k): k is string => !!k).map((k) => k.replace(/\s/g, ' ')))]
      if (!keys.length) return undefined
      const counts = topicStemCounts(analysis)
      if (!counts.size) return undefined
      const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, options.terms)
      const out: Collected = { t: compactString(top.map(([s, n]) => `${s}:${n}`).join(' ')), c: compactString(keys.join('\n')) }
      if (options.skipLexicon && lexiconReportsCategory(post, analysis, settings)) out.skip = 1
      return out
    },
    finish({ items, options, report }) {
      // Data in another shape (a cache written by an older version) is left out.
      const valid = items.filter((i): i is { ref: PostRef; data: Collected } => isCollected(i.data))
      judge(
        valid,
        options,
        report,
      )
    },
  },
})

interface Item {
  ref: PostRef
  data: Collected
}

interface Options {
  minPosts: number
  margin: number
  ratio: number
}

/** One judged post: its similarity to its own categories and to the best other one. */
export interface OutlierVerdict {
  item: number
  own: string
  ownScore: number
  best: string
  bestScore: number
}

/**
 * Scores every post against the categories' leave-one-out centroids and returns the posts that fit
 * another category far better than their own (exported for measurement).
 */
export function findOutliers(items: readonly Item[], options: Options): OutlierVerdict[] {
  const n = items.length
  if (n < 2) return []
  // Stems interned to ids (first seen first); each post's stem ids and weights; document frequencies.
  const ids = new Map<string, number>()
  const df: number[] = []
  const stems: Int32Array[] = []
  const weights: Float64Array[] = []
  const categories: string[][] = []
  for (const { data } of items) {
    const pairs = data.t ? data.t.split(' ') : []
    const postStems = new Int32Array(pairs.length)
    const postWeights = new Float64Array(pairs.length)
    let k = 0
    for (const pair of pairs) {
      const at = pair.lastIndexOf(':')
      if (at <= 0) continue
      const stem = pair.slice(0, at)
      let id = ids.get(stem)
      if (id === undefined) {
        ids.set(stem, (id = df.length))
        df.push(0)
      }
      df[id]!++
      postStems[k] = id
      postWeights[k++] = termWeight(Number(pair.slice(at + 1)))
    }
    stems.push(postStems.subarray(0, k))
    weights.push(postWeights.subarray(0, k))
    categories.push(categoryKeys(data.c))
  }
  // Category sizes; only categories with enough posts are learned.
  const size = new Map<string, number>()
  for (const keys of categories) for (const c of keys) size.set(c, (size.get(c) ?? 0) + 1)
  const cats = [...size].filter(([, k]) => k >= options.minPosts).map(([c]) => c)
  if (cats.length < 2) return []
  const catIndex = new Map(cats.map((c, i) => [c, i]))
  // Unit TF-IDF vector of each post (stems whose weight is positive), in place of its weights.
  const lengths = new Int32Array(n)
  for (let p = 0; p < n; p++) {
    const s = stems[p]!
    const w = weights[p]!
    let k = 0
    let norm = 0
    for (let i = 0; i < s.length; i++) {
      const x = w[i]! * Math.log(n / df[s[i]!]!)
      if (x > 0) {
        s[k] = s[i]!
        w[k++] = x
        norm += x * x
      }
    }
    norm = Math.sqrt(norm)
    if (norm > 0) for (let i = 0; i < k; i++) w[i] = w[i]! / norm
    lengths[p] = k
  }
  // Sum of the unit vectors of each learned category's posts: stem id → per-category weights.
  const sums: (Float64Array | undefined)[] = new Array(df.length)
  const order: number[] = []
  for (let p = 0; p < n; p++) {
    for (const c of categories[p]!) {
      const ci = catIndex.get(c)
      if (ci === undefined) continue
      const s = stems[p]!
      const w = weights[p]!
      for (let i = 0; i < lengths[p]!; i++) {
        let row = sums[s[i]!]
        if (!row) {
          sums[s[i]!] = row = new Float64Array(cats.length)
          order.push(s[i]!)
        }
        row[ci] += w[i]!
      }
    }
  }
  const sq = new Float64Array(cats.length)
  for (const id of order) {
    const row = sums[id]!
    for (let ci = 0; ci < cats.length; ci++) sq[ci]! += row[ci]! * row[ci]!
  }
  const out: OutlierVerdict[] = []
  for (let p = 0; p < n; p++) {
    if (!lengths[p]) continue
    const own = categories[p]!.filter((c) => catIndex.has(c))
    if (!own.length) continue
    const dot = new Float64Array(cats.length)
    const s = stems[p]!
    const w = weights[p]!
    for (let i = 0; i < lengths[p]!; i++) {
      const row = sums[s[i]!]
      if (row) for (let ci = 0; ci < cats.length; ci++) dot[ci]! += w[i]! * row[ci]!
    }
    const ownSet = new Set(own)
    let ownBest = -1
    let ownCat = own[0]!
    for (const c of own) {
      const ci = catIndex.get(c)!
      // Leave the post out of its own category: (S - v)·v / |S - v|, with |v| = 1.
      const rest = sq[ci]! - 2 * dot[ci]! + 1
      const score = rest > 1e-12 ? (dot[ci]! - 1) / Math.sqrt(rest) : 0
      if (score > ownBest) {
        ownBest = score
        ownCat = c
      }
    }
    let best = -1
    let bestCat = ''
    for (let ci = 0; ci < cats.length; ci++) {
      const c = cats[ci]!
      if (ownSet.has(c) || sq[ci]! <= 0) continue
      const score = dot[ci]! / Math.sqrt(sq[ci]!)
      if (score > best) {
        best = score
        bestCat = c
      }
    }
    if (!bestCat) continue
    const ownScore = Math.max(0, ownBest)
    if (best >= ownScore + options.margin && best >= ownScore * options.ratio) {
      out.push({ item: p, own: ownCat, ownScore, best: bestCat, bestScore: best })
    }
  }
  return out
}

function judge(items: readonly Item[], options: Options, report: (ref: PostRef, r: { field: 'categories'; message: string }) => void): void {
  const names = new Map<string, string>()
  for (const { ref } of items) for (const t of ref.categories) {
    const k = termKey(t)
    if (k && !names.has(k)) names.set(k, termLabel(t))
  }
  for (const v of findOutliers(items, options)) {
    const { ref, data } = items[v.item]!
    if (data.skip) continue
    const own = names.get(v.own) ?? v.own
    const best = names.get(v.best) ?? v.best
    const pct = (x: number) => `${Math.round(x * 100)}%`
    report(ref, {
      field: 'categories',
      message: `The post reads like the site's "${best}" posts far more than its category "${own}" (term similarity ${pct(v.bestScore)} against ${pct(v.ownScore)}): file it under "${best}" or check the category`,
    })
  }
}

/** Docs example: three short posts in each of two categories, named in German (no lexicon knows them). */
function siteExample(): { html: string; post: Record<string, unknown> }[] {
  return [
    post(1, 'heart', 'Herz und Kreislauf', 'High blood pressure', '<p>High blood pressure makes the heart pump harder and stiffens the arteries. Check your blood pressure every year; a heart doctor may suggest less salt and more exercise.</p>'),
    post(2, 'heart', 'Herz und Kreislauf', 'Heart attack warning signs', '<p>Chest pain that spreads to the arm, shortness of breath and sweating can mean a heart attack: a blocked artery starves the heart muscle of blood. Call an ambulance.</p>'),
    post(3, 'heart', 'Herz und Kreislauf', 'Atrial fibrillation', '<p>Atrial fibrillation is an irregular heart rhythm. The heart beats fast and unevenly, blood can pool and clot, and the clot can cause a stroke; blood thinners lower the risk.</p>'),
    post(4, 'skin', 'Haut', 'Eczema in adults', '<p>Eczema makes the skin dry, red and itchy. Moisturise the skin twice a day, avoid harsh soap, and ask about steroid creams when the rash flares.</p>'),
    post(5, 'skin', 'Haut', 'Psoriasis plaques', '<p>Psoriasis causes thick, scaly plaques on the skin of the elbows, knees and scalp. Creams, light therapy and tablets calm the skin when plaques spread.</p>'),
    post(6, 'skin', 'Haut', 'Acne that will not clear', '<p>Acne blocks the pores of the skin with oil and dead cells, causing spots on the face and back. Gentle cleansing and creams from a skin doctor help the spots clear.</p>'),
  ]
}

function post(id: number, topic: 'heart' | 'skin', name: string, title: string, html: string): { html: string; post: Record<string, unknown> } {
  return {
    html,
    post: {
      id,
      slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      title: { rendered: title },
      categories: [topic === 'heart' ? 100 : 200],
      _embedded: { 'wp:term': [[{ id: topic === 'heart' ? 100 : 200, name, slug: topic === 'heart' ? 'herz' : 'haut', taxonomy: 'category' }], []] },
    },
  }
}
