import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'health-claim-red-flags'
const post = (html: string, extra: Record<string, unknown> = {}) => basePost({ content: { rendered: html }, ...extra })

describe(id, () => {
  it('passes the seed post', async () => {
    expect(await runRule(id, seedText)).toEqual([])
  })

  it('reports hype wording at the exact words', async () => {
    const html = '<p>Try our <strong>miracle</strong> tea today.</p>'
    const messages = await runRule(id, post(html))
    expect(messages).toHaveLength(1)
    expect(html.slice(messages[0]!.offset, messages[0]!.endOffset)).toBe('miracle')
  })

  it('reports the FDA tip-off phrases', async () => {
    for (const text of [
      'It is 100% effective.',
      'Results guaranteed.',
      'A scientific breakthrough for joint pain.',
      'An all natural formula with no side effects.',
      'The secret ingredient they don\u2019t want you to know about.',
      'Heals a slipped disc in just 3 days.',
      'This oil cured my arthritis.',
    ]) {
      expect(await runRule(id, post(`<p>${text}</p>`)), text).not.toEqual([])
    }
  })

  it('accepts "cure" in negated, hedged, clinical and research sentences', async () => {
    for (const text of [
      'There is no cure for Parkinson\u2019s disease.',
      'There\u2019s no known cure, but treatment helps.',
      'None of these treatments is a cure.',
      'Treatment aims to cure the cancer.',
      'Chemotherapy can cure some types of lymphoma.',
      'The cure rate for early testicular cancer is over 95%.',
      'Removal of the colon cures ulcerative colitis.',
      'Researchers are looking for a cure.',
      'Be careful of websites that claim to cure autism.',
      'Is there a cure?',
      'Avoid cured meats such as ham and bacon.',
      'No single treatment works for everyone.',
      'A treatment that works for everyone has not been found.',
      'There is no miracle diet, and weight loss is not guaranteed.',
    ]) {
      expect(await runRule(id, post(`<p>${text}</p>`)), text).toEqual([])
    }
  })

  it('checks the title', async () => {
    const messages = await runRule(id, post('<p>Text.</p>', { title: { rendered: 'A miracle cure for back pain' } }))
    expect(messages.map((m) => m.field)).toContain('title')
  })

  it('follows the phrases, allow and checkCure options', async () => {
    expect(await runRule(id, post('<p>Detoxifies your liver overnight.</p>'), { phrases: ['detoxifies'] })).toHaveLength(1)
    expect(await runRule(id, post('<p>Appointments guaranteed within 48 hours.</p>'), { allow: ['guaranteed'] })).toEqual([])
    expect(await runRule(id, post('<p>Turmeric cures arthritis.</p>'), { checkCure: false })).toEqual([])
  })

  it('on the crafted fixtures', async () => {
    expect((await runRule(id, hypeRemedy)).length).toBeGreaterThanOrEqual(3)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
