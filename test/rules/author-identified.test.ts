import { describe, expect, it } from 'vitest'
import { basePost, hasCorpus, corpusDir, runRule, seedText } from '../helpers.js'
import { readFileSync } from 'node:fs'
import { badPost, goodPost } from './meta-fixtures.js'

describe('author-identified', () => {
  it('reports the seed (author id 1, no name, no byline) on the author field', async () => {
    const m = await runRule('author-identified', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.field).toBe('author')
    expect(m[0]!.message).toMatch(/user id 1/)
  })

  it('accepts a named author and reports "admin"', async () => {
    expect(await runRule('author-identified', goodPost())).toEqual([])
    const m = await runRule('author-identified', badPost())
    expect(m[0]!.message).toMatch(/"admin", a generic account/)
  })

  it('treats an author known only by another id as unknown, not missing', async () => {
    expect(await runRule('author-identified', basePost({ author: 2 }))).toEqual([])
    expect(await runRule('author-identified', basePost({ author: 1 }), { blockUserIds: [] })).toEqual([])
  })

  it('reads the name from the schema graph when the author is not embedded', async () => {
    const schema = { '@graph': [{ '@type': 'Article', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Editorial Team' }] }
    const m = await runRule('author-identified', basePost({ author: 1, yoast_head_json: { schema } }))
    expect(m[0]!.message).toMatch(/"Editorial Team"/)
  })

  it('reports usernames but not names with digits in a longer name', async () => {
    const embed = (name: string) => basePost({ author: 9, _embedded: { author: [{ id: 9, name, slug: 'x' }] } })
    expect(await runRule('author-identified', embed('writer_99'))).toHaveLength(1)
    expect(await runRule('author-identified', embed('Mary Ann O’Neill, RN'))).toEqual([])
  })

  it.skipIf(!hasCorpus)('accepts the named authors of the headstartwp REST responses', async () => {
    const posts = JSON.parse(readFileSync(`${corpusDir}wp-rest/headstartwp/posts_posts.json`, 'utf8')) as Record<string, unknown>[]
    for (const p of posts) expect(await runRule('author-identified', p)).toEqual([])
  })
})
