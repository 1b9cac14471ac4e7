import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { resolveKeyphrase } from '../../rules/data/meta-seo.js'
import { readValue } from '../../src/readers/index.js'
import { badPost, goodPost } from './meta-fixtures.js'

describe('keyphrase-placement', () => {
  it('infers the seed\'s keyphrase from the slug and finds it everywhere', async () => {
    const [{ post }] = readValue(JSON.parse(seedText), 'seed')
    expect(resolveKeyphrase(post, '')).toEqual({ text: 'back pain radiating to legs', from: 'slug' })
    expect(await runRule('keyphrase-placement', seedText)).toEqual([])
  })

  it('uses Yoast\'s focus keyphrase from the good fixture, past its byline', async () => {
    expect(await runRule('keyphrase-placement', goodPost())).toEqual([])
  })

  it('reports each missing place, naming an inferred keyphrase as a guess', async () => {
    const m = await runRule('keyphrase-placement', badPost())
    expect(m.length).toBeGreaterThan(0)
    expect(m.every((x) => x.message.includes('(inferred from the slug)'))).toBe(true)
  })

  it('checks the slug only for a keyphrase that did not come from it', async () => {
    const p = basePost({ slug: 'leg-pain', title: { rendered: 'Sciatica and leg pain' }, content: { rendered: '<p>Sciatica is leg pain.</p><h2>Sciatica treatment</h2>' } })
    const m = await runRule('keyphrase-placement', p, { keyphrase: 'sciatica' })
    expect(m).toHaveLength(1)
    expect(m[0]!.field).toBe('slug')
  })

  it('matches by stem and ignores stop words', async () => {
    const p = basePost({ slug: 'sciatic-nerve', title: { rendered: 'Sciatic nerve pain' }, content: { rendered: '<p>Pain in the sciatic nerves is common.</p><h2>Sciatic nerve pain relief</h2>' } })
    expect(await runRule('keyphrase-placement', p, { keyphrase: 'pain of the sciatic nerve' })).toEqual([])
  })

  it('handles apostrophes dropped or hyphenated in the slug', () => {
    for (const slug of ['finding-out-youre-pregnant', 'finding-out-you-re-pregnant']) {
      const [{ post }] = readValue(basePost({ slug, title: { rendered: 'Finding out you&#8217;re pregnant' } }), 'x')
      expect(resolveKeyphrase(post, '')!.text).toBe('finding out you’re pregnant')
    }
  })
})
