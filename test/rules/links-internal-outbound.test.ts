import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

const post = (html: string, extra: Record<string, unknown> = {}) => basePost({ content: { rendered: html }, ...extra })

describe('links-internal-outbound', () => {
  it('reports both counts on the seed (no links)', async () => {
    const m = await runRule('links-internal-outbound', seedText)
    expect(m.map((x) => x.message)).toEqual([expect.stringMatching(/0 links to other pages of the site/), expect.stringMatching(/0 links to other sites/)])
  })

  it('is quiet on the good fixture', async () => {
    expect(await runRule('links-internal-outbound', goodPost())).toEqual([])
    // The bad fixture has an outbound (affiliate) link but no internal one.
    const m = await runRule('links-internal-outbound', badPost())
    expect(m).toHaveLength(1)
  })

  it('does not count anchors, mailto, tel or the page itself; counts subdomains as internal', async () => {
    const html = '<p><a href="#symptoms">Symptoms</a> <a href="mailto:a@b.c">mail</a> <a href="tel:111">111</a> <a href="https://health.example.org/example-post/">self</a></p>'
    expect(await runRule('links-internal-outbound', post(html))).toHaveLength(2)
    const sub = '<p><a href="https://shop.health.example.org/x">shop</a> <a href="https://www.nhs.uk/">NHS</a></p>'
    expect(await runRule('links-internal-outbound', post(sub))).toEqual([])
  })

  it('treats relative links as internal when the post URL is unknown', async () => {
    const html = '<p><a href="/back-pain/">back pain</a> <a href="https://www.nhs.uk/">NHS</a></p>'
    expect(await runRule('links-internal-outbound', post(html, { link: '' }))).toEqual([])
  })
})
