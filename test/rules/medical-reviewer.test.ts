import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { basePost, corpusDir, hasCorpus, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

const post = (html: string, extra: Record<string, unknown> = {}) => basePost({ content: { rendered: html }, ...extra })

describe('medical-reviewer', () => {
  it('reports the seed post', async () => {
    expect(await runRule('medical-reviewer', seedText)).toHaveLength(1)
  })

  it('reads reviewer and date from the fixture\'s visible line and schema; reports the fixture without them', async () => {
    expect(await runRule('medical-reviewer', goodPost())).toEqual([])
    expect(await runRule('medical-reviewer', badPost())).toHaveLength(1)
  })

  it('reads reviewedBy and lastReviewed from yoast_head_json schema alone', async () => {
    const schema = { '@graph': [{ '@type': 'MedicalWebPage', reviewedBy: { '@type': 'Person', name: 'Tom Reyes, DPT' }, lastReviewed: '2025-02-10' }] }
    expect(await runRule('medical-reviewer', post('<p>Rest helps.</p>', { yoast_head_json: { schema } }))).toEqual([])
    const noDate = { '@graph': [{ '@type': 'MedicalWebPage', reviewedBy: { '@type': 'Person', name: 'Tom Reyes, DPT' } }] }
    const m = await runRule('medical-reviewer', post('<p>Rest helps.</p>', { yoast_head_json: { schema: noDate } }))
    expect(m[0]!.message).toMatch(/Tom Reyes, DPT\) is named but no review date/)
  })

  it('accepts NHS-style review lines and US date formats', async () => {
    expect(await runRule('medical-reviewer', post('<p>Clinically reviewed by Dr Sam Patel.</p><p>Page last reviewed: 12 March 2024</p>'))).toEqual([])
    expect(await runRule('medical-reviewer', post('<p>Medical reviewer: Jane Okafor, MD</p><p>Last reviewed on March 12, 2024.</p>'))).toEqual([])
  })

  it('does not take body text for a reviewer line', async () => {
    const m = await runRule('medical-reviewer', post('<p>Have your medicines reviewed by a pharmacist every year. Last reviewed: 12 March 2024</p>'))
    expect(m[0]!.message).toMatch(/No medical reviewer is named \(the page gives a review date, 2024-03-12/)
  })

  it.skipIf(!hasCorpus)('reads the real Yoast schema graphs of the headstartwp responses (no reviewer in them)', async () => {
    const posts = JSON.parse(readFileSync(`${corpusDir}wp-rest/headstartwp/posts_posts.json`, 'utf8')) as Record<string, unknown>[]
    for (const p of posts) {
      const m = await runRule('medical-reviewer', p)
      expect(m.filter((x) => x.fatal)).toEqual([])
      expect(m).toHaveLength(1)
    }
    // The same responses with a reviewer added to their own WebPage node are accepted.
    const p = structuredClone(posts[0]!) as { yoast_head_json: { schema: { '@graph': Record<string, unknown>[] } } }
    const page = p.yoast_head_json.schema['@graph'].find((n) => n['@type'] === 'WebPage')!
    page['reviewedBy'] = { '@id': p.yoast_head_json.schema['@graph'].find((n) => n['@type'] === 'Person')!['@id'] }
    page['lastReviewed'] = '2022-09-29'
    expect(await runRule('medical-reviewer', p as never)).toEqual([])
  })
})
