import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { hypeRemedy, wellEdited } from './a-fixtures.js'

const id = 'heading-manual-numbering'
const post = (html: string) => basePost({ content: { rendered: html } })

describe(id, () => {
  it('reports the seed post\'s two runs of numbered <h3>s (10 headings) once each', async () => {
    const messages = await runRule(id, seedText)
    expect(messages).toHaveLength(2)
    expect(messages[0]!.message).toMatch(/^6 <h3> headings are numbered by hand \("1\. Herniated or Bulging Disc"/)
    expect(messages[1]!.message).toMatch(/^4 <h3> headings/)
    const seed = JSON.parse(seedText) as { content: { rendered: string } }
    expect(seed.content.rendered.slice(messages[0]!.offset, messages[0]!.offset! + 4)).toBe('<h3 ')
  })

  it('recognises the usual numbering styles', async () => {
    for (const h of ['1. Rest', '2) Ice', '3: Heat', '4 - Stretch', 'Step 5: Walk', 'IV. Surgery', 'B) Injections']) {
      const messages = await runRule(id, post(`<h2>${h}</h2><p>Text.</p>`))
      expect(messages, h).toHaveLength(1)
    }
  })

  it('accepts names and numbers that are part of the heading', async () => {
    for (const h of ['E. coli infection', 'H. pylori', '6-in-1 vaccine', '2024 guidance', '10 signs of a stroke', 'Type 2 diabetes', 'A guide to sciatica', 'I feel pain']) {
      expect(await runRule(id, post(`<h2>${h}</h2><p>Text.</p>`)), h).toEqual([])
    }
  })

  it('follows allowSteps', async () => {
    expect(await runRule(id, post('<h2>Step 1: wash your hands</h2><p>Soap.</p>'), { allowSteps: true })).toEqual([])
  })

  it('on the crafted fixtures', async () => {
    expect(await runRule(id, hypeRemedy)).toHaveLength(1)
    expect(await runRule(id, wellEdited)).toEqual([])
  })
})
