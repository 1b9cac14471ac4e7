import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('excerpt-auto-truncated', () => {
  it('reports the seed\'s 20-word automatic excerpt on the excerpt field', async () => {
    const m = await runRule('excerpt-auto-truncated', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.field).toBe('excerpt')
    expect(m[0]!.message).toMatch(/first 20 words of the content/)
  })

  it('accepts a written excerpt and reports the fixture\'s automatic one', async () => {
    expect(await runRule('excerpt-auto-truncated', goodPost())).toEqual([])
    expect(await runRule('excerpt-auto-truncated', badPost())).toHaveLength(1)
  })

  it('does not report an ellipsis excerpt that is not the start of the content', async () => {
    const p = basePost({ content: { rendered: '<p>Sciatica is pain down the leg.</p>' }, excerpt: { rendered: '<p>Why does my leg hurt&hellip;</p>' } })
    expect(await runRule('excerpt-auto-truncated', p)).toEqual([])
  })

  it('reports an empty raw excerpt from an edit-context response', async () => {
    const p = basePost({ content: { rendered: '<p>Sciatica.</p>' }, excerpt: { raw: '', rendered: '<p>Sciatica.</p>' } })
    const m = await runRule('excerpt-auto-truncated', p)
    expect(m[0]!.message).toMatch(/Excerpt field is empty/)
  })
})
