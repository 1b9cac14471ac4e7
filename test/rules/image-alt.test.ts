import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

const post = (html: string, extra: Record<string, unknown> = {}) => basePost({ content: { rendered: html }, ...extra })

describe('image-alt', () => {
  it('is quiet on the seed (no images) and the good fixture', async () => {
    expect(await runRule('image-alt', seedText)).toEqual([])
    expect(await runRule('image-alt', goodPost())).toEqual([])
  })

  it('reports the bad fixture\'s image without alt (at the image) and its featured image', async () => {
    const m = await runRule('image-alt', badPost())
    expect(m.map((x) => x.field).sort()).toEqual(['content', 'post'])
    expect(m.find((x) => x.field === 'content')!.offset).toBeGreaterThan(0)
  })

  it('reports file names and placeholders, not real descriptions', async () => {
    expect(await runRule('image-alt', post('<img src="a.jpg" alt="DSC_0042">'))).toHaveLength(1)
    expect(await runRule('image-alt', post('<img src="a.jpg" alt="image">'))).toHaveLength(1)
    expect(await runRule('image-alt', post('<img src="a.jpg" alt="Image of the spine showing a slipped disc">'))).toEqual([])
  })

  it('accepts decorative images unless told not to, and skips hidden ones', async () => {
    expect(await runRule('image-alt', post('<img src="a.png" alt="">'), { allowDecorative: false })).toHaveLength(1)
    expect(await runRule('image-alt', post('<img src="a.png" aria-hidden="true">'))).toEqual([])
    expect(await runRule('image-alt', post('<img src="a.png" role="presentation">'))).toEqual([])
  })

  it('accepts a linked image with an empty alt when the link has an aria-label', async () => {
    expect(await runRule('image-alt', post('<a href="/x/" aria-label="Exercises"><img src="a.png" alt=""></a>'))).toEqual([])
  })
})
