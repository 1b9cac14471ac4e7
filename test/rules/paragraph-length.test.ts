import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'paragraph-length'
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('passes the seed post', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports each long paragraph at the paragraph', async () => {
    const html = `<p>${words(160)}</p><p>${words(20)}</p><p>${words(210)}</p>`
    const messages = await runRule(id, post(html))
    expect(messages.map((m) => m.message.match(/has (\d+) words/)?.[1])).toEqual(['160', '210'])
    expect(html.slice(messages[1]!.offset, messages[1]!.offset! + 3)).toBe('<p>')
  })

  it('does not count lists or tables as paragraphs', async () => {
    expect(await runRule(id, post(`<ul><li>${words(200)}</li></ul><table><tr><td>${words(200)}</td></tr></table>`))).toEqual([])
  })

  it('counts text outside any element', async () => {
    expect(await runRule(id, post(words(200)))).toHaveLength(1)
  })

  it('follows maxWords', async () => {
    expect(await runRule(id, post(`<p>${words(160)}</p>`), { maxWords: 200 })).toEqual([])
    expect(await runRule(id, post(`<p>${words(60)}</p>`), { maxWords: 50 })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
