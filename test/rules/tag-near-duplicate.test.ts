import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'tag-near-duplicate'
const withTags = (...slugs: string[]) => basePost({ tags: slugs.map((_, i) => 100 + i), class_list: slugs.map((s) => `tag-${s}`) })

describe(id, () => {
  it('collapses the seed post\'s 15 tags into clusters and suggests which to keep', async () => {
    const messages = await runRule(id, seedText)
    expect(messages).toHaveLength(2)
    const [big, small] = messages.map((m) => m.message).sort((a, b) => b.length - a.length)
    expect(big).toMatch(/^8 tags are near-duplicates/)
    for (const t of ['back pain radiating to legs', 'treatment for back pain radiating to legs', 'nerve pain in leg from back']) expect(big).toContain(`"${t}"`)
    expect(big).toContain('keep one, e.g. "lower back pain with leg pain"')
    expect(big).toContain('15 tags would become 7')
    expect(small).toContain('"sciatica pain"')
    expect(small).toContain('"sciatic nerve pain relief"')
    // Tags on other topics stay out of the clusters.
    expect(messages.some((m) => m.message.includes('lumbar radiculopathy'))).toBe(false)
    expect(messages.every((m) => m.field === 'tags')).toBe(true)
  })

  it('reports a tag contained in a longer one', async () => {
    const messages = await runRule(id, withTags('sciatica-pain-relief', 'sciatica-pain'))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toContain('e.g. "sciatica pain"')
  })

  it('reports plural and inflected forms (stemming)', async () => {
    expect(await runRule(id, withTags('exercises-for-sciatica', 'sciatica-exercise'))).toHaveLength(1)
  })

  it('accepts distinct topics and a narrower topic sharing one word', async () => {
    expect(await runRule(id, withTags('sciatica', 'spinal-stenosis', 'herniated-disc'))).toEqual([])
    expect(await runRule(id, withTags('diabetes', 'type-2-diabetes'))).toEqual([])
    expect(await runRule(id, withTags('back-pain', 'leg-pain', 'neck-pain'))).toEqual([])
  })

  it('follows the thresholds', async () => {
    const post = withTags('diabetes', 'type-2-diabetes')
    expect(await runRule(id, post, { minShared: 1 })).toHaveLength(1)
    expect(await runRule(id, withTags('back-pain', 'leg-pain'), { jaccard: 0.3 })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
