import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'dosage-unsourced'
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('passes the seed post (drugs named, no doses)', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports each dosing sentence once, at the dose', async () => {
    const html = '<p>Take 400 mg of ibuprofen, or 2 tablets, three times a day. Children can take 5 ml twice a day.</p>'
    const messages = await runRule(id, post(html))
    expect(messages).toHaveLength(2)
    expect(html.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe('400 mg')
  })

  it('reports doses in list items', async () => {
    expect(await runRule(id, post('<ul><li>Adults: 1,000 mcg daily</li><li>Vitamin D: 400 IU a day</li></ul>'))).toHaveLength(2)
  })

  it('accepts doses with a label or pharmacist caveat anywhere, or a source beside them', async () => {
    expect(await runRule(id, post('<p>Take 400 mg three times a day.</p><p>Read the patient information leaflet.</p>'))).toEqual([])
    expect(await runRule(id, post('<p>Take 400 mg three times a day, as prescribed.</p>'))).toEqual([])
    expect(await runRule(id, post('<p>The usual adult dose is 400 mg three times a day (<a href="https://bnf.nice.org.uk/">BNF</a>).</p>'))).toEqual([])
  })

  it('ignores measurements that are not doses', async () => {
    for (const html of ['<p>A blood sugar below 4 mmol/L is low.</p>', '<p>Use a 5 ml spoon to measure it.</p>', '<p>The tablets are white and round.</p>']) {
      expect(await runRule(id, post(html)), html).toEqual([])
    }
  })

  it('follows the caveats option', async () => {
    expect(await runRule(id, post('<p>Take 400 mg three times a day. See our dosing table.</p>'), { caveats: ['dosing table'] })).toEqual([])
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(2)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
