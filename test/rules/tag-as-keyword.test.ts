import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'tag-as-keyword'
const withTags = (...slugs: string[]) => basePost({ tags: slugs.map((_, i) => 100 + i), class_list: slugs.map((s) => `tag-${s}`) })

describe(id, () => {
  it('reports 12 of the seed post\'s 15 tags in one finding', async () => {
    const messages = await runRule(id, seedText)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/^12 of 15 tags read like search keywords/)
    expect(messages[0]!.field).toBe('tags')
  })

  it('reports a long-tail phrase and a query-shaped tag', async () => {
    expect(await runRule(id, withTags('chronic-lower-back-and-leg-pain'))).toHaveLength(1)
    const messages = await runRule(id, withTags('best-treatment-for-sciatica'))
    expect(messages[0]!.message).toContain('"best treatment for sciatica"')
  })

  it('accepts short topic tags, stop words not counted', async () => {
    expect(await runRule(id, withTags('sciatica', 'lumbar-radiculopathy', 'type-2-diabetes', 'back-and-leg-pain'))).toEqual([])
  })

  it('follows the options', async () => {
    expect(await runRule(id, withTags('chronic-lower-back-pain'), { maxTokens: 4 })).toEqual([])
    expect(await runRule(id, withTags('sciatica-relief'), { checkModifiers: false })).toEqual([])
    expect(await runRule(id, withTags('sciatica-relief'))).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
