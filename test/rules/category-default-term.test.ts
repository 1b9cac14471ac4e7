import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'category-default-term'

describe(id, () => {
  it('reports the seed post: id 1 renamed "diabetes"', async () => {
    const messages = await runRule(id, seedText)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.field).toBe('categories')
    expect(messages[0]!.message).toContain('renamed "diabetes"')
    expect(messages[0]!.message).toContain('id 1')
  })

  it('reports an "Uncategorized" category whatever its id', async () => {
    const messages = await runRule(id, basePost({ categories: [3], class_list: ['category-uncategorized'] }))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toContain('"uncategorized"')
  })

  it('reports id 1 with no name known', async () => {
    const messages = await runRule(id, basePost({ categories: [1] }))
    expect(messages.filter((m) => m.ruleId === id)).toHaveLength(1)
  })

  it('reads the name from _embedded terms', async () => {
    const post = basePost({
      categories: [1],
      _embedded: { 'wp:term': [[{ id: 1, name: 'News', slug: 'news', taxonomy: 'category' }]] },
    })
    const messages = await runRule(id, post)
    expect(messages[0]!.message).toContain('renamed "News"')
  })

  it('accepts a real category, and the default beside a real one', async () => {
    expect(await runRule(id, basePost({ categories: [12], class_list: ['category-back-pain'] }))).toEqual([])
    expect(await runRule(id, basePost({ categories: [1, 12], class_list: ['category-news', 'category-back-pain'] }))).toEqual([])
  })

  it('follows the defaultCategoryIds option', async () => {
    const post = basePost({ categories: [5], class_list: ['category-general-health'] })
    expect(await runRule(id, post, { defaultCategoryIds: [5] })).toHaveLength(1)
    expect(await runRule(id, basePost({ categories: [1], class_list: ['category-diabetes'] }), { defaultCategoryIds: [5] })).toEqual([])
  })

  it('says nothing when the post lists no categories', async () => {
    expect(await runRule(id, basePost({ categories: [] }))).toEqual([])
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
