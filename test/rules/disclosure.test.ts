import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

const post = (html: string) => basePost({ content: { rendered: html } })

describe('disclosure', () => {
  it('is quiet on posts without paid links (the seed, the good fixture)', async () => {
    expect(await runRule('disclosure', seedText)).toEqual([])
    expect(await runRule('disclosure', goodPost())).toEqual([])
  })

  it('reports the fixture\'s Amazon associate link at the link', async () => {
    const m = await runRule('disclosure', badPost())
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toMatch(/affiliate link/)
    expect(m[0]!.offset).toBeGreaterThan(0)
  })

  it('counts network hosts, affiliate parameters and cloaked paths once per post', async () => {
    const html = '<p><a href="https://www.awin1.com/cread.php?x=1">A</a> <a href="https://shop.example.com/p?aff_id=12">B</a> <a href="https://health.example.org/recommends/roller">C</a></p>'
    const m = await runRule('disclosure', post(html))
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toMatch(/\(and 2 more\)/)
  })

  it('does not count plain shop links, a `tag` parameter off Amazon, or /go/ paths on other sites', async () => {
    const html = '<p><a href="https://www.amazon.com/dp/B01">book</a> <a href="https://news.example.com/?tag=health">news</a> <a href="https://other.example.com/go/x">x</a></p>'
    expect(await runRule('disclosure', post(html))).toEqual([])
  })

  it('accepts a disclosure anywhere, including the site\'s own wording', async () => {
    const link = '<a href="https://amzn.to/3abc">pillow</a>'
    expect(await runRule('disclosure', post(`<p>${link}</p><p>As an Amazon Associate we earn from qualifying purchases.</p>`))).toEqual([])
    expect(await runRule('disclosure', post(`<p>${link}</p><p>We get a cut.</p>`))).toHaveLength(1)
    expect(await runRule('disclosure', post(`<p>${link}</p><p>We get a cut.</p>`), { extraPhrases: ['we get a cut'] })).toEqual([])
  })
})
