import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'unsubstantiated-efficacy'
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('passes the seed post (no such claims)', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports an uncited claim at the phrase', async () => {
    const html = '<p>Our brace is clinically proven to ease pain.</p>'
    const messages = await runRule(id, post(html))
    expect(messages).toHaveLength(1)
    expect(html.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe('clinically proven')
  })

  it('accepts links, footnotes, author-year references and named sources nearby', async () => {
    for (const html of [
      '<p>Studies show exercise helps (<a href="https://pubmed.ncbi.nlm.nih.gov/1/">review</a>).</p>',
      '<p>Studies show exercise helps.<sup>2</sup></p>',
      '<p>Research shows exercise helps (Hayden et al., 2021).</p>',
      '<p>A 2021 review found that research has shown exercise helps.</p>',
      '<p>Studies show that exercise helps.</p><p>Source: <a href="https://www.cochrane.org/">Cochrane</a></p>',
    ]) {
      expect(await runRule(id, post(html)), html).toEqual([])
    }
  })

  it('does not accept a citation beyond the window or after a heading', async () => {
    const far = `<p>Studies show exercise helps. ${'Keep moving every day. '.repeat(15)}<a href="https://example.org/">link</a></p>`
    expect(await runRule(id, post(far), { windowChars: 50 })).toHaveLength(1)
    expect(await runRule(id, post('<p>Studies show exercise helps.</p><h2>Sources</h2><p><a href="https://example.org/">x</a></p>'))).toHaveLength(1)
  })

  it('follows the phrases option', async () => {
    expect(await runRule(id, post('<p>Nine out of ten physios agree.</p>'), { phrases: ['physios agree'] })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(2)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
