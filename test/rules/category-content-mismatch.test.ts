import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/lint.js'
import { basePost, corpusDir, hasCorpus, root, runRule } from '../helpers.js'

const ID = 'category-content-mismatch'
const fixture = (name: string) => readFileSync(`${root}fixtures/posts/${name}.json`, 'utf8')

const SCIATICA = '<p>Sciatica is pain that runs from the lower back down the leg when the sciatic nerve is irritated, often by a herniated disc or spinal stenosis.</p>\n<h2>Treatment</h2>\n<p>Most sciatica settles with gentle exercise; spinal injections help some people.</p>'
const DIABETES = '<p>Type 2 diabetes means your blood sugar is too high.</p>\n<h2>Checking your glucose</h2>\n<p>Checking your glucose and taking metformin or insulin as prescribed keeps your HbA1c in range.</p>'

function post(html: string, categories: { id: number; name: string; slug: string }[], extra: Record<string, unknown> = {}) {
  return basePost({
    title: { rendered: (extra['title'] as string) ?? 'Article' },
    content: { rendered: html },
    categories: categories.map((c) => c.id),
    _embedded: { 'wp:term': [categories.map((c) => ({ ...c, taxonomy: 'category' })), []] },
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'title')),
  })
}

describe(ID, () => {
  it('reports a sciatica article under Diabetes, naming the topic and the category that fits', async () => {
    const messages = await runRule(ID, post(SCIATICA, [{ id: 12, name: 'Diabetes', slug: 'diabetes' }], { title: 'Sciatica: causes and treatment' }))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.field).toBe('categories')
    expect(messages[0]!.severity).toBe(2)
    expect(messages[0]!.message).toMatch(/Category "Diabetes" does not fit the content/)
    expect(messages[0]!.message).toMatch(/about back pain and spine \(sciatica/)
    expect(messages[0]!.message).toMatch(/Back pain and spine category/)
  })

  it('suggests the post\'s own other category when one fits', async () => {
    const messages = await runRule(ID, post(SCIATICA, [{ id: 12, name: 'Diabetes', slug: 'diabetes' }, { id: 14, name: 'Back Pain', slug: 'back-pain' }], { title: 'Sciatica: causes and treatment' }))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toContain('its other category "Back Pain" and remove "Diabetes"')
  })

  it('accepts a diabetes post under Diabetes plus News, and stemmed forms ("diabetic")', async () => {
    expect(await runRule(ID, post(DIABETES, [{ id: 12, name: 'Diabetes', slug: 'diabetes' }, { id: 13, name: 'News', slug: 'news' }], { title: 'Managing type 2 diabetes' }))).toEqual([])
    const diabetic = '<p>Diabetic foot care matters: check your feet daily, keep your blood sugar in range and see a podiatrist once a year about calluses and sores.</p>'
    expect(await runRule(ID, post(diabetic, [{ id: 12, name: 'Diabetes', slug: 'diabetes' }], { title: 'Foot care' }))).toEqual([])
  })

  it('never reports categories that name no topic', async () => {
    for (const name of ['News', 'Wellness', 'Expert Tips', 'Rare Diseases', 'Genetic Conditions']) {
      const slug = name.toLowerCase().replace(/ /g, '-')
      expect(await runRule(ID, post(SCIATICA, [{ id: 20, name, slug }], { title: 'Sciatica' }))).toEqual([])
    }
  })

  it('reports the default category as the only category, with its own message', async () => {
    const messages = await runRule(ID, post(DIABETES, [{ id: 1, name: 'Uncategorized', slug: 'uncategorized' }], { title: 'Managing type 2 diabetes' }))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/only category is "Uncategorized", the site's default category \(id 1\)/)
    expect(messages[0]!.message).toMatch(/such as Diabetes/)
    expect(await runRule(ID, post(DIABETES, [{ id: 1, name: 'Uncategorized', slug: 'uncategorized' }]), { reportDefaultCategory: false })).toEqual([])
    // Not the only category: nothing to say about it.
    expect(await runRule(ID, post(DIABETES, [{ id: 1, name: 'Uncategorized', slug: 'uncategorized' }, { id: 12, name: 'Diabetes', slug: 'diabetes' }]))).toEqual([])
  })

  it('maps site category names to topics and extends the lexicon', async () => {
    const spine = [{ id: 30, name: 'Spine Clinic Updates', slug: 'spine-clinic-updates' }]
    // "Spine" names the back and spine topic already; map a name the lexicon does not know.
    const odd = [{ id: 31, name: 'Sugar Free Living', slug: 'sugar-free-living' }]
    expect(await runRule(ID, post(SCIATICA, spine, { title: 'Sciatica' }))).toEqual([])
    expect(await runRule(ID, post(SCIATICA, odd, { title: 'Sciatica' }))).toEqual([])
    const mapped = await runRule(ID, post(SCIATICA, odd, { title: 'Sciatica' }), { categoryTopics: { 'Sugar Free Living': 'diabetes' } })
    expect(mapped).toHaveLength(1)
    const migraine = '<p>Migraine attacks cause a throbbing headache with aura; triptans help.</p><h2>Aura</h2><p>Aura comes before the migraine headache.</p>'
    const cat = [{ id: 32, name: 'Migraine', slug: 'migraine' }]
    // "Migraine" is a brain-and-nerves term, so the post fits; a topic the user adds works the same way.
    expect(await runRule(ID, post(migraine, cat, { title: 'Migraine with aura' }))).toEqual([])
    const sleepy = [{ id: 33, name: 'Circadian Health', slug: 'circadian-health' }]
    expect(await runRule(ID, post(SCIATICA, sleepy, { title: 'Sciatica' }), { topics: { circadian: { label: 'Body clock', terms: ['circadian', 'jet lag', 'body clock'] } } })).toHaveLength(1)
  })

  it('rejects malformed options through the option validators', async () => {
    await expect(lint(basePost(), { config: { rules: { [ID]: ['error', { topics: { x: { terms: 'nope' } } }] } } })).rejects.toThrow(/topics\.x\.terms/)
    await expect(lint(basePost(), { config: { rules: { [ID]: ['error', { categoryTopics: { News: 3 } }] } } })).rejects.toThrow(/categoryTopics/)
  })

  it('reports tags naming a topic the post never mentions, at warning level', async () => {
    const text = fixture('h-migraine-bad')
    const [result] = await lint(text, { config: { rules: { [ID]: 'error' } } })
    const tags = result!.messages.filter((m) => m.field === 'tags')
    expect(tags).toHaveLength(1)
    expect(tags[0]!.severity).toBe(1)
    expect(tags[0]!.message).toMatch(/Tag "Asthma" names lungs and breathing, which the post never mentions/)
    const categories = result!.messages.filter((m) => m.field === 'categories')
    expect(categories).toHaveLength(1)
    expect(categories[0]!.message).toMatch(/Category "Skin Care".*about brain and nerves \(migraine/)
  })

  it('stays quiet on the crafted good posts', async () => {
    for (const name of ['h-diabetes-uk-good', 'h-angina-good']) {
      const [result] = await lint(fixture(name), { config: { rules: { [ID]: 'error' } } })
      expect(result!.messages).toEqual([])
    }
  })

  describe.skipIf(!hasCorpus)('shared corpus', () => {
    it('accepts every NHS page as filed', async () => {
      const pages = JSON.parse(readFileSync(`${corpusDir}medical/nhs/nhs-pages.json`, 'utf8'))
      const results = await lint(pages, { config: { rules: { [ID]: 'error' } } })
      expect(results.flatMap((r) => r.messages)).toEqual([])
    })

    it('finds NIH diabetes articles refiled under Cancer', async () => {
      const posts = JSON.parse(readFileSync(`${corpusDir}medical/medquad/diabetes.json`, 'utf8')) as Record<string, any>[]
      const cancer = { id: 100, name: 'Cancer', slug: 'cancer', taxonomy: 'category' }
      const refiled = posts.map((p) => ({ ...p, categories: [100], class_list: ['category-cancer'], _embedded: { 'wp:term': [[cancer], []] } }))
      const results = await lint(refiled, { config: { rules: { [ID]: 'error' } } })
      const found = results.filter((r) => r.messages.some((m) => m.field === 'categories')).length
      expect(found / results.length).toBeGreaterThanOrEqual(0.95)
      const asFiled = await lint(posts, { config: { rules: { [ID]: 'error' } } })
      expect(asFiled.flatMap((r) => r.messages)).toEqual([])
    })
  })
})
