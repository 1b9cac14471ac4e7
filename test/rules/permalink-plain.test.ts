import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('permalink-plain', () => {
  it('reports the seed\'s ?p=424 link on the link field', async () => {
    const m = await runRule('permalink-plain', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.field).toBe('link')
  })

  it('accepts pretty permalinks and reports the fixture\'s plain one', async () => {
    expect(await runRule('permalink-plain', goodPost())).toEqual([])
    expect(await runRule('permalink-plain', badPost())).toHaveLength(1)
  })

  it('skips drafts and scheduled posts, which always have ?p= links, and reads ?page_id=', async () => {
    expect(await runRule('permalink-plain', basePost({ link: 'https://x.example/?p=5', status: 'future' }))).toEqual([])
    expect(await runRule('permalink-plain', basePost({ link: 'https://x.example/?page_id=5' }))).toHaveLength(1)
    expect(await runRule('permalink-plain', basePost({ link: 'https://x.example/search/?q=p=5' }))).toEqual([])
  })
})
