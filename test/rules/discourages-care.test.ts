import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'discourages-care'
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('passes the seed post', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports advice to stop or replace treatment, at the phrase', async () => {
    const html = '<p>With this diet you can stop taking your insulin.</p>'
    const messages = await runRule(id, post(html))
    expect(messages).toHaveLength(1)
    expect(html.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe('stop taking your insulin')
    expect(await runRule(id, post('<p>Use apricot kernels instead of chemotherapy.</p>'))).toHaveLength(1)
    expect(await runRule(id, post('<p>Ditch your meds for good.</p>'))).toHaveLength(1)
  })

  it('accepts the safe forms', async () => {
    for (const html of [
      '<p>Do not stop taking your medicine without talking to your doctor.</p>',
      '<p>Don\u2019t stop taking your medication, even if you feel better.</p>',
      '<p>Your symptoms may come back if you stop taking your medicine.</p>',
      '<p>Stop taking your medication only if your GP tells you to.</p>',
      '<p>Radiotherapy may be used instead of surgery.</p>',
      '<p>Some people with MODY take tablets instead of insulin.</p>',
    ]) {
      expect(await runRule(id, post(html)), html).toEqual([])
    }
  })

  it('reports "no need to see a doctor" only without when-to-get-help advice', async () => {
    const claim = '<p>There is no need to see a doctor for a cold.</p>'
    expect(await runRule(id, post(claim))).toHaveLength(1)
    expect(await runRule(id, post(`${claim}<p>See a GP if you still feel unwell after 3 weeks.</p>`))).toEqual([])
    expect(await runRule(id, post(`${claim}<p>Call 911 if you have trouble breathing.</p>`))).toEqual([])
  })

  it('follows the phrases option', async () => {
    expect(await runRule(id, post('<p>Cancel your chemo appointments.</p>'), { phrases: ['cancel your chemo'] })).toHaveLength(1)
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(2)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
