import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { lint } from '../../src/lint.js'
import { catalogContentRules } from '../../rules/groups/catalog-content.js'
import { corpusDir, hasCorpus } from '../helpers.js'
import type { LintResult } from '../../src/types.js'

// The content catalog rules on real, well-edited health content (see ../shared/corpus/README.md).
// NHS pages are plain-language, well-structured and hype-free: rules that judge those qualities must
// stay quiet on them. MedQuAD posts (NIH text) are longer and denser, but contain no health fraud.

const ids = catalogContentRules.map((r) => r.id)
const config = { rules: Object.fromEntries(ids.map((id) => [id, 'error'])) } as never

/** Highest share of NHS pages each rule may flag. */
const NHS_MAX_SHARE: Record<string, number> = {
  'category-default-term': 0,
  'tag-count': 0,
  'tag-near-duplicate': 0,
  'tag-as-keyword': 0,
  // Three NHS pages (as this corpus builds them) do run over 300 words without a heading.
  'subheading-distribution': 0.25,
  'heading-manual-numbering': 0,
  'list-length': 0.1,
  'health-claim-red-flags': 0,
  'unsubstantiated-efficacy': 0.1,
  'dosage-unsourced': 0.1,
  'treatment-risks-missing': 0.1,
  'discourages-care': 0,
  'sentence-length': 0.1,
  'paragraph-length': 0.1,
}

/** Share of posts each rule flags. */
function shares(results: LintResult[]): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]))
  for (const r of results) {
    for (const id of new Set(r.messages.map((m) => m.ruleId))) if (id && id in out) out[id]! += 1 / results.length
  }
  return out
}

describe.skipIf(!hasCorpus)('content catalog rules on real health content (corpus)', () => {
  it('has a limit for every rule of the group', () => {
    expect(Object.keys(NHS_MAX_SHARE).sort()).toEqual([...ids].sort())
  })

  it('flag few NHS pages', async () => {
    const posts = JSON.parse(readFileSync(`${corpusDir}medical/nhs/nhs-pages.json`, 'utf8')) as unknown[]
    const results = await lint(posts as never, { config })
    expect(results).toHaveLength(posts.length)
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([])
    const measured = shares(results)
    for (const id of ids) expect(measured[id], id).toBeLessThanOrEqual(NHS_MAX_SHARE[id]! + 1e-9)
  })

  it('never crash on MedQuAD and find almost no health fraud in it', async () => {
    const dir = `${corpusDir}medical/medquad/`
    const posts = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as unknown[])
    const results = await lint(posts as never, { config })
    expect(results.length).toBeGreaterThan(4000)
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([])
    const measured = shares(results)
    expect(measured['health-claim-red-flags']).toBeLessThan(0.005)
    expect(measured['discourages-care']).toBeLessThan(0.002)
    expect(measured['dosage-unsourced']).toBeLessThan(0.01)
    expect(measured['treatment-risks-missing']).toBeLessThan(0.05)
    expect(measured['heading-manual-numbering']).toBeLessThan(0.01)
    expect(measured['list-length']).toBeLessThan(0.01)
  }, 180000)
})
