import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { goodPost } from './meta-fixtures.js'

const NOW = { now: '2025-09-30' }
const post = (html: string, extra: Record<string, unknown> = {}) => basePost({ content: { rendered: html }, ...extra })

describe('review-staleness', () => {
  it('measures from the `now` option, so results do not depend on the clock', async () => {
    const p = basePost({ modified_gmt: '2023-10-15T10:00:00' })
    expect(await runRule('review-staleness', p, { now: '2025-09-30' })).toEqual([])
    expect(await runRule('review-staleness', p, { now: '2025-10-16' })).toEqual([])
    const m = await runRule('review-staleness', p, { now: '2025-11-16' })
    expect(m[0]!.message).toMatch(/last modified on 2023-10-15, 25 months ago, more than 24/)
  })

  it('is quiet on the seed and the good fixture at a fixed date', async () => {
    expect(await runRule('review-staleness', seedText, NOW)).toEqual([])
    expect(await runRule('review-staleness', goodPost(), NOW)).toEqual([])
    expect(await runRule('review-staleness', goodPost(), { now: '2027-06-01' })).toHaveLength(1)
  })

  it('prefers the stated review date over the modified date', async () => {
    const p = post('<p>Last reviewed: 3 January 2022</p>', { modified_gmt: '2025-09-01T10:00:00' })
    const m = await runRule('review-staleness', p, NOW)
    expect(m[0]!.message).toMatch(/last reviewed on 2022-01-03, 44 months ago, more than 24/)
    expect(m[0]!.field).toBe('content')
  })

  it('reads lastReviewed from the schema', async () => {
    const schema = { '@graph': [{ '@type': 'MedicalWebPage', lastReviewed: '2021-05-01' }] }
    const m = await runRule('review-staleness', post('<p>Rest.</p>', { yoast_head_json: { schema } }), NOW)
    expect(m[0]!.message).toMatch(/lastReviewed in the page schema/)
  })

  it('reports a passed "next review due" date', async () => {
    const m = await runRule('review-staleness', post('<p>Page last reviewed: 12 March 2024. Next review due: 12 March 2025</p>'), NOW)
    expect(m[0]!.message).toMatch(/next review was due on 2025-03-12/)
    expect(await runRule('review-staleness', post('<p>Page last reviewed: 12 March 2024. Next review due: 12 March 2027</p>'), NOW)).toEqual([])
  })

  it('applies the shortest category period', async () => {
    const p = basePost({ modified_gmt: '2024-06-01T10:00:00', categories: [5], _embedded: { 'wp:term': [[{ id: 5, name: 'Oncology', slug: 'oncology', taxonomy: 'category' }]] } })
    expect(await runRule('review-staleness', p, NOW)).toEqual([])
    expect(await runRule('review-staleness', p, { ...NOW, categoryMaxAgeMonths: { oncology: 12 } })).toHaveLength(1)
  })

  it('rejects a `now` that is not a date', async () => {
    const m = await runRule('review-staleness', basePost(), { now: 'yesterday' })
    expect(m[0]!.fatal).toBe(true)
  })
})
