import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

const post = (html: string) => basePost({ content: { rendered: html } })

describe('sources-cited', () => {
  it('reports the seed post (no links, no References section) at the end of the content', async () => {
    const m = await runRule('sources-cited', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toMatch(/no links to authoritative sources and no References section/)
  })

  it('stays quiet on the well-sourced fixture and reports the unsourced one', async () => {
    expect(await runRule('sources-cited', goodPost())).toEqual([])
    expect(await runRule('sources-cited', badPost())).toHaveLength(1)
  })

  it('counts distinct authoritative links, not links to the site itself or to blogs', async () => {
    const html = '<p>See <a href="https://health.example.org/other/">our page</a>, <a href="https://blog.example.com/x">a blog</a> and <a href="https://www.cdc.gov/sciatica">CDC</a>.</p>'
    const m = await runRule('sources-cited', post(html))
    expect(m[0]!.message).toMatch(/1 link to authoritative sources \(fewer than 2\)/)
    expect(await runRule('sources-cited', post(html), { minSources: 1 })).toEqual([])
  })

  it('matches subdomains and suffix entries', async () => {
    const html = '<p><a href="https://pubmed.ncbi.nlm.nih.gov/1/">Study</a> and <a href="https://med.stanford.edu/x">Stanford</a> (an .edu host).</p>'
    expect(await runRule('sources-cited', post(html))).toEqual([])
  })

  it('accepts a Sources: label, a references heading and WordPress footnotes', async () => {
    expect(await runRule('sources-cited', post('<p>Rest helps.</p><p>Sources: NICE NG59 (2020); Koes BW, BMJ 2007.</p>'))).toEqual([])
    expect(await runRule('sources-cited', post('<p>Rest helps.</p><h3>Sources and references</h3><p>NICE NG59.</p>'))).toEqual([])
    expect(await runRule('sources-cited', post('<p>Rest helps.<sup><a href="#f1">1</a></sup></p><ol class="wp-block-footnotes"><li id="f1">NICE NG59.</li></ol>'))).toEqual([])
  })

  it('does not take a heading that merely contains the word for a references section', async () => {
    expect(await runRule('sources-cited', post('<h2>Sources of back pain</h2><p>Lifting.</p>'))).toHaveLength(1)
  })

  it('replaces the list with `domains`', async () => {
    const html = '<p><a href="https://www.cdc.gov/a">A</a> <a href="https://www.nih.gov/b">B</a></p>'
    expect(await runRule('sources-cited', post(html), { domains: ['evidence.example.org'] })).toHaveLength(1)
  })
})
