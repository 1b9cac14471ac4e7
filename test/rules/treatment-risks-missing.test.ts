import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'treatment-risks-missing'
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('reports the seed post at its "Treatment Options" heading', async () => {
    const messages = await runRule(id, seedText)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toContain('ibuprofen')
    const seed = JSON.parse(seedText) as { content: { rendered: string } }
    expect(seed.content.rendered.slice(messages[0]!.offset, messages[0]!.endOffset)).toContain('Treatment Options')
  })

  it('accepts treatments with any risk wording', async () => {
    const list = '<h2>Treatment</h2><ul><li>ibuprofen</li><li>steroid injections</li><li>surgery</li></ul>'
    for (const extra of ['<p>Surgery has risks.</p>', '<p>Ibuprofen can cause stomach ulcers.</p>', '<p>Ask about side effects.</p>', '<p>Complications are rare.</p>']) {
      expect(await runRule(id, post(list + extra)), extra).toEqual([])
    }
    expect(await runRule(id, post(list))).toHaveLength(1)
  })

  it('counts distinct treatments, generic words as one', async () => {
    expect(await runRule(id, post('<p>Medicines and drugs, or a prescription, can help.</p>'))).toEqual([])
    expect(await runRule(id, post('<p>Surgery or a surgical operation may help.</p>'))).toEqual([])
    expect(await runRule(id, post('<p>Insulin levels rise, and medicines or surgery may help.</p>'))).toEqual([])
  })

  it('follows the options', async () => {
    const html = '<p>Physiotherapy and acupuncture may help.</p>'
    expect(await runRule(id, post(html), { treatments: ['physiotherapy', 'acupuncture'], minTreatments: 2 })).toHaveLength(1)
    expect(await runRule(id, post('<p>Ibuprofen, naproxen or surgery. Watch for bruising.</p>'), { riskTerms: ['bruising'] })).toEqual([])
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
