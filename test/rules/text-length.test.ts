import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('text-length', () => {
  it('is quiet on the seed (about 600 words) and the good fixture', async () => {
    expect(await runRule('text-length', seedText)).toEqual([])
    expect(await runRule('text-length', goodPost())).toEqual([])
  })

  it('reports a short post with its word count, at the end of the content', async () => {
    const m = await runRule('text-length', badPost())
    expect(m[0]!.message).toMatch(/^The post has 4\d words, fewer than 300/)
    expect(m[0]!.offset).toBeGreaterThan(0)
  })

  it('counts headings, lists and tables, and honours `min`', async () => {
    const html = `<h2>One two</h2><ul><li>three four</li></ul><table><tr><td>five six</td></tr></table>`
    expect((await runRule('text-length', basePost({ content: { rendered: html } })))[0]!.message).toMatch(/has 6 words/)
    expect(await runRule('text-length', basePost({ content: { rendered: html } }), { min: 6 })).toEqual([])
  })
})
