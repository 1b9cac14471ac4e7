import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'sentence-length'
const sentence = (n: number) => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Pain' : 'word')).join(' ')}.`
const post = (sentences: string[]) => basePost({ content: { rendered: sentences.map((s) => `<p>${s}</p>`).join('\n') } })

describe(id, () => {
  it('passes the seed post (few long sentences)', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports once when more than 25% of sentences are long, at the longest', async () => {
    const sentences = [sentence(10), sentence(25), sentence(10), sentence(30), sentence(10), sentence(8)]
    const p = post(sentences)
    const messages = await runRule(id, p)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/^33% of sentences \(2 of 6\) have more than 20 words/)
    expect(messages[0]!.message).toContain('one of 30 words')
    const html = (p['content'] as { rendered: string }).rendered
    expect(html.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe(sentence(30))
  })

  it('accepts a share at or under the limit, and too few sentences', async () => {
    expect(await runRule(id, post([sentence(25), sentence(10), sentence(10), sentence(10)]))).toEqual([])
    expect(await runRule(id, post([sentence(40), sentence(40)]))).toEqual([])
  })

  it('follows the options', async () => {
    const sentences = [sentence(16), sentence(16), sentence(10), sentence(10), sentence(10)]
    expect(await runRule(id, post(sentences))).toEqual([])
    expect(await runRule(id, post(sentences), { maxWords: 15 })).toHaveLength(1)
    expect(await runRule(id, post(sentences), { maxWords: 15, maxShare: 50 })).toEqual([])
    expect(await runRule(id, post([sentence(40), sentence(40)]), { minSentences: 2 })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
