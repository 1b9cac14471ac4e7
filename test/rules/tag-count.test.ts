import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'tag-count'
const tags = (n: number) => basePost({ tags: Array.from({ length: n }, (_, i) => 100 + i), class_list: Array.from({ length: n }, (_, i) => `tag-topic-${i}`) })

describe(id, () => {
  it('reports the seed post: 15 tags', async () => {
    const messages = await runRule(id, seedText)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.field).toBe('tags')
    expect(messages[0]!.message).toContain('15 tags, more than 8')
  })

  it('counts up to the limit, and reports above it', async () => {
    expect(await runRule(id, tags(8))).toEqual([])
    expect(await runRule(id, tags(9))).toHaveLength(1)
  })

  it('counts tags known only by id', async () => {
    const messages = await runRule(id, basePost({ tags: Array.from({ length: 12 }, (_, i) => i + 1) }))
    expect(messages.filter((m) => m.ruleId === id)[0]!.message).toContain('12 tags')
  })

  it('follows the max option', async () => {
    expect(await runRule(id, tags(4), { max: 3 })).toHaveLength(1)
    expect(await runRule(id, tags(15), { max: 20 })).toEqual([])
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
