import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('title-length', () => {
  it('accepts the seed\'s 60-character title (no SEO data)', async () => {
    expect(await runRule('title-length', seedText)).toEqual([])
  })

  it('reads Yoast\'s SEO title, site name included', async () => {
    expect(await runRule('title-length', goodPost())).toEqual([])
    const m = await runRule('title-length', badPost())
    expect(m[0]!.field).toBe('meta')
    expect(m[0]!.message).toMatch(/^The SEO title is 98 characters, longer than 60/)
  })

  it('checks a short title only when the SEO title is known', async () => {
    expect(await runRule('title-length', basePost({ title: { rendered: 'Acne' } }))).toEqual([])
    const m = await runRule('title-length', basePost({ title: { rendered: 'Acne' }, yoast_head_json: { title: 'Acne - NHS' } }))
    expect(m[0]!.message).toMatch(/shorter than 30/)
    expect(await runRule('title-length', basePost({ yoast_head_json: { title: 'Acne - NHS' } }), { min: 0 })).toEqual([])
  })

  it('counts characters (code points), not UTF-16 units or entities', async () => {
    const title = 'Ataxie cérébelleuse &#8211; causes et traitements 😀'
    expect(await runRule('title-length', basePost({ title: { rendered: title } }), { max: 45 })).toEqual([])
    expect(await runRule('title-length', basePost({ title: { rendered: title } }), { max: 44 })).toHaveLength(1)
  })
})
