import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('slug-quality', () => {
  it('reports the seed slug\'s function words (to, and) but not its 57-character length', async () => {
    const m = await runRule('slug-quality', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toMatch(/2 function words \(to, and\)/)
  })

  it('accepts the good fixture and reports the -2 duplicate in the bad one', async () => {
    expect(await runRule('slug-quality', goodPost())).toEqual([])
    const m = await runRule('slug-quality', badPost())
    expect(m.some((x) => /ends in -2/.test(x.message))).toBe(true)
  })

  it('reports numeric and over-long slugs, and honours the options', async () => {
    expect((await runRule('slug-quality', basePost({ slug: '424' })))[0]!.message).toMatch(/only a number/)
    const long = basePost({ slug: 'x'.repeat(80) })
    expect((await runRule('slug-quality', long))[0]!.message).toMatch(/80 characters, longer than 75/)
    expect(await runRule('slug-quality', long, { maxChars: 80 })).toEqual([])
    expect(await runRule('slug-quality', basePost({ slug: 'how-to-ease-back-pain-at-home' }), { maxStopWords: 2 })).toEqual([])
  })

  it('does not check drafts', async () => {
    expect(await runRule('slug-quality', basePost({ slug: '', status: 'draft' }))).toEqual([])
  })
})
