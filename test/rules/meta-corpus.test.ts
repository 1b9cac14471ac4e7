import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { lint } from '../../src/lint.js'
import { corpusDir, hasCorpus } from '../helpers.js'

// Real, well-edited health content: the NHS pages are written in plain language, so the content
// rules must not flag most of them. (Their dates, author, slug and excerpt were filled in
// mechanically, so the rules about those fields are not judged here.)
const CONTENT_RULES = ['reading-grade', 'jargon-unexplained', 'text-length', 'image-alt'] as const

async function flagRates(posts: unknown[], ruleIds: readonly string[]): Promise<{ rates: Record<string, number>; fatal: number }> {
  const results = await lint(posts as never, { config: { rules: Object.fromEntries(ruleIds.map((id) => [id, 'warn'])) } as never })
  const rates: Record<string, number> = {}
  let fatal = 0
  for (const id of ruleIds) rates[id] = 0
  for (const r of results) {
    fatal += r.fatalErrorCount
    for (const id of new Set(r.messages.map((m) => m.ruleId))) if (id && id in rates) rates[id]! += 1 / results.length
  }
  return { rates, fatal }
}

const pct = (rates: Record<string, number>) => Object.entries(rates).map(([k, v]) => `${k} ${(100 * v).toFixed(0)}%`).join(', ')

describe.skipIf(!hasCorpus)('content rules on real health content', () => {
  it('flags a minority of the NHS pages for readability, jargon, length and image alt text', async () => {
    const nhs = JSON.parse(readFileSync(`${corpusDir}medical/nhs/nhs-pages.json`, 'utf8')) as unknown[]
    const { rates, fatal } = await flagRates(nhs, CONTENT_RULES)
    console.log(`NHS (${nhs.length} pages): ${pct(rates)}`)
    expect(fatal).toBe(0)
    for (const id of CONTENT_RULES) expect(rates[id], id).toBeLessThan(0.5)
  })

  it('runs over every MedQuAD post without a crash', async () => {
    const posts: unknown[] = []
    for (const f of readdirSync(`${corpusDir}medical/medquad`).filter((f) => f.endsWith('.json'))) {
      posts.push(...(JSON.parse(readFileSync(`${corpusDir}medical/medquad/${f}`, 'utf8')) as unknown[]))
    }
    const { rates, fatal } = await flagRates(posts, CONTENT_RULES)
    console.log(`MedQuAD (${posts.length} posts): ${pct(rates)}`)
    expect(fatal).toBe(0)
    // NIH answers are written for a professional-leaning audience: most read above grade 8.
    expect(rates['reading-grade']).toBeGreaterThan(0.5)
  }, 120_000)
})
