import { describe, expect, it } from 'vitest'
import { lint } from '../../src/lint.js'
import { seedText } from '../helpers.js'

// The real post from the issue: a sciatica article filed under the default category, renamed "diabetes".
const HEADLINE = ['category-content-mismatch', 'medical-disclaimer', 'emergency-guidance', 'heading-emphasis', 'heading-hierarchy']

describe('seed post wp-post-424 with the headline rules', () => {
  it('gives exactly the findings the issue lists, at their positions in the JSON file', async () => {
    const [result] = await lint(seedText, { config: { rules: Object.fromEntries(HEADLINE.map((id) => [id, 'error'])) } })
    const found = result!.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)
    expect(found).toEqual([
      'heading-emphasis 1:1722',
      'heading-emphasis 1:1945',
      'heading-emphasis 1:2158',
      'heading-emphasis 1:2337',
      'heading-emphasis 1:2509',
      'heading-emphasis 1:2698',
      'heading-emphasis 1:4236',
      'heading-emphasis 1:4625',
      'heading-emphasis 1:4946',
      'heading-emphasis 1:5212',
      'emergency-guidance 1:6592',
      'medical-disclaimer 1:7234',
      'category-content-mismatch 1:7597',
    ])
    const byRule = (id: string) => result!.messages.filter((m) => m.ruleId === id)
    expect(byRule('heading-hierarchy')).toEqual([])

    const [category] = byRule('category-content-mismatch')
    expect(category!.field).toBe('categories')
    expect(category!.message).toMatch(/Category "diabetes"/i)
    expect(category!.message).toContain('default category (id 1)')
    expect(category!.message).toMatch(/back pain and spine/i)
    expect(category!.message).toMatch(/never mentions diabetes/)

    const [emergency] = byRule('emergency-guidance')
    expect(emergency!.message).toMatch(/^"Loss of bladder or bowel control"/)
    expect(emergency!.message).toContain('call 911')
    expect(emergency!.message).toContain('"a medical emergency" does not tell readers what to do')

    const [disclaimer] = byRule('medical-disclaimer')
    expect(disclaimer!.message).toMatch(/not a substitute for professional medical advice/)

    expect(byRule('heading-emphasis').map((m) => m.message.match(/"([^"]+)"/)?.[1])).toEqual([
      'Herniated or Bulging Disc',
      'Spinal Stenosis',
      'Degenerative Disc Disease',
      'Spondylolisthesis',
      'Piriformis Syndrome',
      'Other Causes',
      'Conservative/Home Care',
      'Medical Treatments',
      'Physical Therapy',
      'Surgical Options',
    ])
  })

  it('points emergency-guidance at the red-flag text in the file', async () => {
    const [result] = await lint(seedText, { config: { rules: { 'emergency-guidance': 'error' } } })
    const [m] = result!.messages
    // The seed is one line of JSON: the column is the character position in it.
    expect(seedText.slice(m!.column - 1, m!.column - 1 + 'Loss of bladder or bowel control'.length)).toBe('Loss of bladder or bowel control')
  })
})
