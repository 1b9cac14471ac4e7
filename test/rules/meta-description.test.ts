import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { basePost, corpusDir, hasCorpus, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

const LONG = 'Sciatica is pain that runs from the lower back down one leg. Learn what causes it, how to ease it at home, which exercises help most, and when to see a doctor urgently.'

describe('meta-description', () => {
  it('treats the seed\'s description as unknown (no SEO data, automatic excerpt)', async () => {
    expect(await runRule('meta-description', seedText)).toEqual([])
  })

  it('reads Yoast\'s description from the fixtures: present and in range, or missing', async () => {
    expect(await runRule('meta-description', goodPost())).toEqual([])
    const m = await runRule('meta-description', badPost())
    expect(m).toHaveLength(1)
    expect(m[0]!.field).toBe('meta')
    expect(m[0]!.message).toMatch(/no meta description in Yoast SEO/)
  })

  it('reports a Yoast description that is too long, and reads _yoast_wpseo_metadesc without yoast_head_json', async () => {
    const m = await runRule('meta-description', basePost({ yoast_head_json: { title: 'x', description: LONG } }))
    expect(m[0]!.message).toMatch(/^The meta description is 16\d characters, longer than 156/)
    const meta = await runRule('meta-description', basePost({ meta: { _yoast_wpseo_metadesc: 'Too short.' } }))
    expect(meta[0]!.message).toMatch(/^The meta description is 10 characters/)
  })

  it('falls back to a written excerpt and names it', async () => {
    const m = await runRule('meta-description', basePost({ excerpt: { rendered: '<p>Sciatica explained.</p>' } }))
    expect(m[0]!.field).toBe('excerpt')
    expect(m[0]!.message).toMatch(/^The excerpt \(used as the meta description when no SEO plugin sets one\) is 19 characters/)
  })

  it.skipIf(!hasCorpus)('reports the real headstartwp responses, whose yoast_head_json has no description', async () => {
    const posts = JSON.parse(readFileSync(`${corpusDir}wp-rest/headstartwp/posts_posts.json`, 'utf8')) as Record<string, unknown>[]
    for (const p of posts) {
      const m = await runRule('meta-description', p)
      expect(m).toHaveLength(1)
      expect(m[0]!.message).toMatch(/no meta description in Yoast SEO/)
    }
    // With Yoast's description filled in, the same response is read from it.
    const withDesc = structuredClone(posts[0]!) as { yoast_head_json: Record<string, unknown> }
    withDesc.yoast_head_json['description'] = LONG.slice(0, 140)
    expect(await runRule('meta-description', withDesc as never)).toEqual([])
  })
})
