import { defineRule } from '../src/rule.js'
import type { PostRef } from '../src/rule.js'
import { describe } from './duplicate-title.js'

/** Docs example: a short real-looking article. */
const SCIATICA =
  '<h2>What is sciatica?</h2>\n<p>Sciatica is pain that travels from the lower back through the buttock and down the back of the leg, along the path of the sciatic nerve. It usually affects one side. The pain can be sharp or burning, and some people feel numbness, tingling or weakness in the leg or foot.</p>\n<h2>How long does it last?</h2>\n<p>Most sciatica gets better on its own within six weeks. Keep moving: gentle walking and stretching help more than bed rest, and over-the-counter pain relief can make moving easier.</p>\n<h2>When to get help</h2>\n<p>Call a doctor at once if you have numbness around your bottom or genitals, cannot control your bladder or bowels, or both legs are weak: these can be signs of cauda equina syndrome, which needs treatment in hospital.</p>'

/** Slots of a post's MinHash signature. */
export const SIGNATURE_SIZE = 256
/** Bits kept of each slot's minimum (b-bit MinHash): one UTF-16 code unit per slot, never a surrogate. */
const SLOT_BITS = 15
const SLOT_MASK = (1 << SLOT_BITS) - 1
/**
 * Candidate pairs (two posts in one LSH bucket, counted once per band) compared one by one in a
 * run, at most: the largest buckets beyond it are treated as clusters (see `forEachSimilarPair`).
 * MedQuAD's 4,503 articles make 0.8 million at the default threshold (all compared), 9.1 million
 * at 0.6; a generated 50,000-post export of its texts 64 million (compared in 1.6 s).
 */
export const PAIR_BUDGET = 2_000_000
/** Buckets up to this size are always compared pair by pair, whatever the budget. */
const MIN_BUCKET = 50
/** Representatives a cluster bucket keeps: its posts unlike all of them are not compared there. */
const MAX_LEADERS = 32
/** Other posts a finding names. */
const SHOWN = 3

/** FNV-1a, 32 bits, of a string (UTF-16 code units). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** MurmurHash3's finaliser: spreads every input bit over the 32 output bits. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * MinHash signature of a text's word shingles (runs of `size` words), by one-permutation hashing
 * with optimal densification (Li, Owen and Zhang 2012; Shrivastava 2017): each shingle is hashed
 * once, the hash picks one of SIGNATURE_SIZE slots and the slot keeps its smallest value; an empty
 * slot borrows the value of a slot chosen by a hash of its own index, the same for every post.
 * Two posts agree in a slot with probability equal to the Jaccard index of their shingle sets.
 * Each slot keeps the low 15 bits of its minimum (b-bit MinHash; a chance agreement costs
 * 1/32768). The signature is a string of SIGNATURE_SIZE characters, one slot each (codes below
 * 0x8000, so never a surrogate): about 530 bytes in memory, plain data for worker threads and
 * JSON for the cache.
 */
export function minhashSignature(words: readonly string[], size: number): string | undefined {
  if (words.length < size) return undefined
  const wordHashes = new Uint32Array(words.length)
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]!)
  const mins = new Int32Array(SIGNATURE_SIZE).fill(-1)
  for (let i = 0; i + size <= wordHashes.length; i++) {
    let h = 0x811c9dc5
    for (let j = 0; j < size; j++) h = Math.imul(h ^ wordHashes[i + j]!, 0x01000193)
    h = fmix32(h)
    const bin = h >>> 24
    const value = h & 0xffffff
    if (mins[bin] === -1 || value < mins[bin]!) mins[bin] = value
  }
  const slots = new Uint16Array(SIGNATURE_SIZE)
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    let value = mins[i]!
    for (let attempt = 1; value === -1; attempt++) {
      const from = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77)) >>> 24
      value = mins[from]!
    }
    slots[i] = value & SLOT_MASK
  }
  let out = ''
  for (let i = 0; i < SIGNATURE_SIZE; i += 64) out += String.fromCharCode(...slots.subarray(i, i + 64))
  return out
}

/** Whether a value is a signature as `minhashSignature` makes them. */
export function isSignature(value: unknown): value is string {
  return typeof value === 'string' && value.length === SIGNATURE_SIZE
}

/** Estimated Jaccard index of two posts' shingle sets: the share of signature slots that agree. */
export function estimateJaccard(a: string, b: string): number {
  let same = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.charCodeAt(i) === b.charCodeAt(i)) same++
  return same / SIGNATURE_SIZE
}

/**
 * The estimate of `estimateJaccard` when it reaches `threshold`, else -1: stops counting once too
 * many slots differ (most candidate pairs from LSH buckets are far below the threshold).
 */
function jaccardAtLeast(a: string, b: string, threshold: number): number {
  // Differing slots beyond this put the estimate below the threshold (rounded to err on the side of counting on).
  const allowed = SIGNATURE_SIZE - Math.ceil(threshold * SIGNATURE_SIZE - 1e-9)
  let differ = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++differ > allowed) return -1
  const jaccard = (SIGNATURE_SIZE - differ) / SIGNATURE_SIZE
  return jaccard >= threshold ? jaccard : -1
}

/** Slots per LSH band: narrower bands for lower thresholds, so that pairs at the threshold are candidates with a probability above 99%. */
function bandWidth(threshold: number): number {
  return threshold >= 0.7 ? 8 : threshold >= 0.5 ? 4 : 2
}

export interface SimilarPair {
  a: number
  b: number
  jaccard: number
}

/**
 * Calls `visit` for pairs of signatures whose estimated Jaccard index reaches `threshold`, each
 * pair once (a < b). Candidates come from LSH banding (posts that agree on every slot of at least
 * one band), so 50,000 posts are not compared two by two, and no memory grows with the number of
 * pairs: a pair is examined in the first band where it shares a bucket that is compared pair by
 * pair (bucket keys of every band are kept, 4 bytes per post and band, so that band is found
 * without remembering pairs). Buckets are compared pair by pair from the smallest up while their
 * pairs fit in `budget` (always up to 50 posts). A larger bucket (a text published hundreds of
 * times, a template) is one cluster: each of its posts not yet matched in an earlier cluster is
 * compared with the bucket's representatives (its first posts unlike each other, at most 32) and
 * paired with the first it is similar to, so it is reported once, against a representative,
 * rather than against every other copy. Work and memory are linear in the number of posts.
 */
export function forEachSimilarPair(signatures: readonly string[], threshold: number, visit: (pair: SimilarPair) => void, budget = PAIR_BUDGET): void {
  const width = bandWidth(threshold)
  const bands = SIGNATURE_SIZE / width
  const n = signatures.length
  if (n < 2) return
  // Bucket key of each post in each band ([post * bands + band]), and how many buckets have each size.
  const keys = new Uint32Array(n * bands)
  const histogram = new Map<number, number>()
  const sizesOf = (band: number): Map<number, number> => {
    const sizes = new Map<number, number>()
    for (let p = 0; p < n; p++) {
      const key = keys[p * bands + band]!
      sizes.set(key, (sizes.get(key) ?? 0) + 1)
    }
    return sizes
  }
  for (let band = 0; band < bands; band++) {
    for (let p = 0; p < n; p++) {
      const sig = signatures[p]!
      let h = 0x811c9dc5
      for (let r = band * width, end = r + width; r < end; r++) h = Math.imul(h ^ sig.charCodeAt(r), 0x01000193)
      keys[p * bands + band] = fmix32(h)
    }
    for (const size of sizesOf(band).values()) if (size > 1) histogram.set(size, (histogram.get(size) ?? 0) + 1)
  }
  // The largest bucket size whose buckets, with all smaller ones, fit in the budget.
  let maxBucket = MIN_BUCKET
  let spent = 0
  for (const [size, count] of [...histogram].sort((x, y) => x[0] - y[0])) {
    spent += (count * size * (size - 1)) / 2
    if (spent > budget) break
    maxBucket = Math.max(maxBucket, size)
  }
  const large = new Uint8Array(n * bands)
  for (let band = 0; band < bands; band++) {
    const sizes = sizesOf(band)
    for (let p = 0; p < n; p++) if (sizes.get(keys[p * bands + band]!)! > maxBucket) large[p * bands + band] = 1
  }
  /** Whether a and b share a small bucket in a band before `band` (or, with band = bands, in any band). */
  const sharedSmallBefore = (a: number, b: number, band: number): boolean => {
    const ka = a * bands
    const kb = b * bands
    for (let k = 0; k < band; k++) if (keys[ka + k] === keys[kb + k] && !large[ka + k]) return true
    return false
  }
  const matched = new Uint8Array(n)
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number | number[]>()
    for (let p = 0; p < n; p++) {
      const key = keys[p * bands + band]!
      const bucket = buckets.get(key)
      if (bucket === undefined) buckets.set(key, p)
      else if (typeof bucket === 'number') buckets.set(key, [bucket, p])
      else bucket.push(p)
    }
    for (const bucket of buckets.values()) {
      if (typeof bucket === 'number') continue
      if (bucket.length <= maxBucket) {
        for (let i = 0; i < bucket.length; i++) {
          for (let j = i + 1; j < bucket.length; j++) {
            const a = bucket[i]!
            const b = bucket[j]!
            if (sharedSmallBefore(a, b, band)) continue
            const jaccard = jaccardAtLeast(signatures[a]!, signatures[b]!, threshold)
            if (jaccard >= 0) visit({ a, b, jaccard })
          }
        }
        continue
      }
      const leaders: number[] = []
      for (const p of bucket) {
        if (matched[p]) continue
        let home = -1
        let jaccard = 0
        for (const l of leaders) {
          jaccard = jaccardAtLeast(signatures[l]!, signatures[p]!, threshold)
          if (jaccard >= 0) {
            home = l
            break
          }
        }
        if (home === -1) {
          if (leaders.length < MAX_LEADERS) leaders.push(p)
          continue
        }
        matched[p] = 1
        // A pair that also shares a small bucket is examined there.
        if (!sharedSmallBefore(home, p, bands)) visit(home < p ? { a: home, b: p, jaccard } : { a: p, b: home, jaccard })
      }
    }
  }
}

/** Every pair `forEachSimilarPair` visits, as a list (for tests and measurement). */
export function similarPairs(signatures: readonly string[], threshold: number, budget = PAIR_BUDGET): SimilarPair[] {
  const out: SimilarPair[] = []
  forEachSimilarPair(signatures, threshold, (pair) => out.push(pair), budget)
  return out
}

export default defineRule({
  id: 'duplicate-content',
  description: 'Posts of the site whose content is nearly the same (checked when posts are linted together)',
  category: 'site',
  severity: 'warn',
  recommended: 'warn',
  options: {
    threshold: {
      type: 'number',
      default: 0.8,
      min: 0.1,
      max: 1,
      description: 'Share of their word shingles (Jaccard index) two posts must have in common to count as near-duplicates.',
    },
    shingleSize: {
      type: 'number',
      default: 5,
      min: 2,
      max: 12,
      integer: true,
      description: 'Words per shingle: the runs of words compared. Shorter finds reworded copies too; longer only copies.',
    },
    minWords: {
      type: 'number',
      default: 50,
      min: 5,
      integer: true,
      description: 'Words a post needs before it is compared (short posts share their few phrases by chance).',
    },
  },
  docs: {
    what: 'Compares the text of the posts linted together (title excluded; headings and body) as sets of overlapping five-word runs (shingles) and reports each post whose set overlaps another post\'s by at least `threshold` (Jaccard index), naming the other posts. Each post leaves a 256-slot MinHash signature (a 256-character string, about 0.5 KB) for the comparison, so large sites are compared in one pass without keeping their text.',
    why: 'Near-identical health articles compete with each other in search, and search engines pick one to show, often not the one you keep up to date; when one copy is corrected (a dose, a warning) and the other is not, readers get conflicting medical advice.',
    sources: [
      'Broder, "On the resemblance and containment of documents" (1997): shingles and MinHash for near-duplicate web pages',
      'Google Search Central, "Consolidate duplicate URLs": pick one page and redirect or canonicalise the others',
    ],
    bad: [
      {
        site: [
          { html: SCIATICA, post: { id: 1, slug: 'sciatica-guide', title: { rendered: 'Sciatica guide' } } },
          { html: SCIATICA.replace('six weeks', 'four to six weeks'), post: { id: 2, slug: 'sciatica-explained', title: { rendered: 'Sciatica explained' } } },
        ],
      },
    ],
    good: [
      {
        site: [
          { html: SCIATICA, post: { id: 1, slug: 'sciatica-guide', title: { rendered: 'Sciatica guide' } } },
          {
            html: '<p>Plantar fasciitis is pain under the heel, worst with the first steps in the morning. The thick band of tissue under the foot is strained, often after a rise in running or standing. Calf and foot stretches, supportive shoes and a lower training load settle it for most people within a year. A physiotherapist can teach stretches and taping; see a doctor if the heel is swollen, numb or the pain started with an injury.</p>',
            post: { id: 2, slug: 'plantar-fasciitis', title: { rendered: 'Plantar fasciitis' } },
          },
        ],
      },
    ],
    notes:
      'Measured on the 4,503 MedQuAD articles of 50 words or more (signatures 0.3 s in all, comparison 1 s): 8,447 pairs reach an estimated 0.8, involving 4 diabetes posts (one NIDDK page, "Causes of Diabetes", published four times: exact Jaccard 1.0) and 412 GARD rare-disease pages built on one template (the same boilerplate around a symptom table). The estimate is unbiased with a standard deviation of about 0.025 at 0.8; in a sample of 4,000 candidate pairs checked against their exact shingle sets, every reported pair had an exact Jaccard of 0.74 or more, and 6 of 7 pairs at 0.8 or more were reported. On a site with many template pages, pairs just under the threshold can therefore be reported. Comparison time grows with the number of near-identical pairs, not with the square of the post count. Candidate pairs are compared one by one up to 2 million per run (MedQuAD at the default threshold: 0.8 million); beyond that the largest groups of posts agreeing on a band of the signature (one text published hundreds of times, a template) are each treated as one cluster: each of their posts is reported once, against the group\'s first post, which names how many copies it has.',
  },
  site: {
    collect({ analysis, options }): string | undefined {
      const words = analysis.words
      if (words.length < options.minWords) return undefined
      return minhashSignature(words, options.shingleSize)
    },
    finish({ items: all, options, report }) {
      // Signatures in another shape (a cache written by an older version) are not compared.
      const items = all.filter((i) => isSignature(i.data))
      // Per post: how many posts it matches, and the best three (most similar, then first linted).
      const count = new Uint32Array(items.length)
      const best = new Map<number, { other: PostRef; jaccard: number }[]>()
      const add = (p: number, other: PostRef, jaccard: number) => {
        count[p]!++
        let list = best.get(p)
        if (!list) best.set(p, (list = []))
        let at = list.length
        while (at > 0 && (list[at - 1]!.jaccard < jaccard || (list[at - 1]!.jaccard === jaccard && list[at - 1]!.other.result > other.result))) at--
        if (at < SHOWN) {
          list.splice(at, 0, { other, jaccard })
          if (list.length > SHOWN) list.pop()
        }
      }
      forEachSimilarPair(
        items.map((i) => i.data as string),
        options.threshold,
        ({ a, b, jaccard }) => {
          const ra = items[a]!.ref
          const rb = items[b]!.ref
          // The same post read twice (same id and address) is not a duplicate of itself.
          if (ra.postId !== undefined && ra.postId === rb.postId && ra.link === rb.link) return
          add(a, rb, jaccard)
          add(b, ra, jaccard)
        },
      )
      for (let p = 0; p < items.length; p++) {
        const n = count[p]!
        if (!n) continue
        const shown = best
          .get(p)!
          .map((m) => `${describe(m.other)} "${m.other.title}" (about ${Math.round(m.jaccard * 100)}%)`)
          .join(', ')
        const more = n > SHOWN ? ` and ${n - SHOWN} more` : ''
        report(items[p]!.ref, {
          field: 'content',
          message: `The content is nearly the same as ${n === 1 ? 'another post' : `${n} other posts`}, by share of ${options.shingleSize}-word phrases: ${shown}${more}; keep one version, merge what the others add into it, and redirect them to it`,
        })
      }
    },
  },
})
