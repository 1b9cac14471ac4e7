import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'list-length'
const items = (n: number, f = (i: number) => `item ${i}`) => Array.from({ length: n }, (_, i) => `<li>${f(i)}</li>`).join('')
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('passes the seed post (longest list: 5 items)', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports a flat list over the limit, at the list', async () => {
    const html = `<p>Symptoms:</p><ol>${items(9)}</ol>`
    const messages = await runRule(id, post(html))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/^This list has 9 items, more than 7/)
    expect(html.slice(messages[0]!.offset!, messages[0]!.offset! + 4)).toBe('<ol>')
  })

  it('reports a long list nested in another list', async () => {
    expect(await runRule(id, post(`<ul><li>Common<ul>${items(10)}</ul></li><li>Rare</li></ul>`))).toHaveLength(1)
  })

  it('accepts short lists, grouped lists and link lists', async () => {
    expect(await runRule(id, post(`<ul>${items(7)}</ul>`))).toEqual([])
    expect(await runRule(id, post(`<ul><li>A<ul>${items(4)}</ul></li>${items(7)}</ul>`))).toEqual([])
    expect(await runRule(id, post(`<ul>${items(12, (i) => `<a href="/c/${i}/">Condition ${i}</a>`)}</ul>`))).toEqual([])
  })

  it('follows the options', async () => {
    expect(await runRule(id, post(`<ul>${items(9)}</ul>`), { max: 10 })).toEqual([])
    expect(await runRule(id, post(`<ul>${items(12, (i) => `<a href="/c/${i}/">Condition ${i}</a>`)}</ul>`), { ignoreLinkLists: false })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
