import { describe, expect, it } from 'vitest'
import { basePost, runRule } from '../helpers.js'

const ID = 'heading-emphasis'
const post = (html: string) => basePost({ content: { rendered: html } })

describe(ID, () => {
  it.each([
    ['<h2><strong>Common causes</strong></h2>', 'Common causes'],
    ['<h2><b>Diagnosis</b></h2>', 'Diagnosis'],
    ['<h3><em>When to see a doctor</em></h3>', 'When to see a doctor'],
    ['<h3>1. <strong>Herniated or Bulging Disc</strong></h3>', 'Herniated or Bulging Disc'],
    ['<h3>Step 2: <strong>Stretching</strong></h3>', 'Stretching'],
    ['<h3>4. <strong>Surgical Options</strong> (for severe or persistent cases)</h3>', 'Surgical Options'],
    ['<h2><strong>Symptoms</strong> <strong>and signs</strong></h2>', 'Symptoms and signs'],
    ['<h2><strong><em>Prevention</em></strong></h2>', 'Prevention'],
  ])('reports %s', async (html, text) => {
    const messages = await runRule(ID, post(`${html}\n<p>Text.</p>`))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toContain(`"${text}"`)
    expect(messages[0]!.offset).toBe(0)
  })

  it.each([
    '<h2>Common causes</h2>',
    '<h2>Sciatica is <em>not</em> a diagnosis</h2>',
    '<h2>What is <strong>sciatica</strong>?</h2>',
    '<h2><strong>Step 1:</strong> warm up</h2>',
    '<h2>Treatment with <i>Boswellia serrata</i></h2>',
    '<h2><strong>Note:</strong> rest is not always best</h2>',
  ])('accepts %s', async (html) => {
    expect(await runRule(ID, post(`${html}\n<p>Text.</p>`))).toEqual([])
  })

  it('offers a fix that removes a single wrapper', async () => {
    const html = '<h2 class="wp-block-heading"><strong>Common causes</strong></h2>'
    const [m] = await runRule(ID, post(html))
    expect(m!.fix).toEqual({ field: 'content', range: [html.indexOf('<strong>'), html.indexOf('</h2>')], text: 'Common causes' })
  })

  it('can report <i> too when configured', async () => {
    expect(await runRule(ID, post('<h2><i>Prevention</i></h2>'), { elements: ['strong', 'b', 'em', 'i'] })).toHaveLength(1)
  })
})
