import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'subheading-distribution'
const para = (n: number) => `<p>${Array.from({ length: n }, (_, i) => `word${i}`).join(' ')}.</p>`
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('passes the seed post', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports a long section at its heading', async () => {
    const html = `<h2>Causes</h2>\n${para(200)}\n${para(150)}\n<h2>Treatment</h2>\n${para(100)}`
    const messages = await runRule(id, post(html))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/^350 words under "Causes"/)
    expect(messages[0]!.offset).toBe(0)
  })

  it('reports long text before the first heading, and a long post with no heading', async () => {
    const before = await runRule(id, post(`${para(320)}\n<h2>Treatment</h2>\n${para(50)}`))
    expect(before[0]!.message).toContain('before the first heading')
    expect(await runRule(id, post(`${para(200)}\n${para(200)}`))).toHaveLength(1)
  })

  it('counts list items and ignores code blocks', async () => {
    const list = `<ul>${Array.from({ length: 40 }, () => '<li>one two three four five six seven eight</li>').join('')}</ul>`
    expect(await runRule(id, post(`<h2>Symptoms</h2>${list}`))).toHaveLength(1)
    expect(await runRule(id, post(`<h2>Data</h2><pre>${'x '.repeat(500)}</pre>`))).toEqual([])
  })

  it('accepts short posts and sections under the limit, and follows maxWords', async () => {
    expect(await runRule(id, post(para(280)))).toEqual([])
    expect(await runRule(id, post(`<h2>A</h2>${para(290)}<h3>B</h3>${para(290)}`))).toEqual([])
    expect(await runRule(id, post(`<h2>A</h2>${para(290)}`), { maxWords: 250 })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, wellEdited)).toEqual([])
    expect(await runRule(id, hypeRemedy)).toEqual([])
  })
})
