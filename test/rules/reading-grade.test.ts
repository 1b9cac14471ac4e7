import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { syllable } from 'syllable'
import { flesch } from 'flesch'
import { fleschKincaid } from 'flesch-kincaid'
import { basePost, corpusDir, hasCorpus, runRule, seedText } from '../helpers.js'
import { readValue } from '../../src/readers/index.js'
import { Analysis } from '../../src/analysis.js'
import { countsOf, formulaWords, readability, syllables } from '../../rules/data/meta-readability.js'
import { goodPost } from './meta-fixtures.js'

const readabilityDir = `${corpusDir}readability/`
const hasReadability = hasCorpus

function analyse(html: string): Analysis {
  const [{ post }] = readValue({ content: { rendered: html }, title: { rendered: 'x' } }, 'text')
  return new Analysis(post)
}

describe('reading-grade', () => {
  it('reports the seed post with both grades, the counting method and the SMOG caveat', async () => {
    const m = await runRule('reading-grade', seedText)
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toMatch(/^Flesch-Kincaid grade is 1\d\.\d \(SMOG 1\d\.\d, only indicative with 1\d of the 30 sentences it needs\), above the target of grade 8, counting prose only/)
  })

  it('changes the verdict on the seed with the counting method, as the catalog measured', async () => {
    // Counting every bullet and heading as a sentence lowers the seed's grade below 9.
    expect(await runRule('reading-grade', seedText, { counting: 'all' })).toEqual([])
    const m = await runRule('reading-grade', seedText, { counting: 'all', formula: 'smog' })
    expect(m[0]!.message).toMatch(/^SMOG grade is \d+\.\d \(Flesch-Kincaid \d\.\d\).*counting all text, headings and bullets included/)
  })

  it('is quiet on the plain-language fixture', async () => {
    expect(await runRule('reading-grade', goodPost())).toEqual([])
  })

  it('leaves out headings and fragment bullets when counting prose, keeps sentence bullets', () => {
    const a = analyse('<h2>Treatment options for degenerative conditions</h2><ul><li>Physiotherapy</li><li>Walk every day.</li></ul><p>Rest. Then walk.</p>')
    expect(readability(a, 'prose').sentence).toBe(3)
    expect(readability(a, 'all').sentence).toBe(5)
  })

  it('gives no grade below minWords', async () => {
    expect(await runRule('reading-grade', basePost({ content: { rendered: '<p>Lumbosacral radiculopathy necessitates multidisciplinary intervention.</p>' } }))).toEqual([])
  })

  it('uses the packages\' formulas on the counts', () => {
    const c = countsOf([['the', 'cat', 'sat'], ['on', 'the', 'mat']], 'prose')
    expect(c.fleschKincaid).toBeCloseTo(fleschKincaid({ sentence: 2, word: 6, syllable: 6 }), 10)
    expect(c.fleschReadingEase).toBeCloseTo(flesch({ sentence: 2, word: 6, syllable: 6 }), 10)
    expect(c.polysillabicWord).toBe(0)
  })

  describe.skipIf(!hasReadability)('agreement with the readability reference data', () => {
    const expected = hasReadability ? JSON.parse(readFileSync(`${readabilityDir}expected.json`, 'utf8')) : {}

    it('counts syllables like the reference word list', () => {
      const list = JSON.parse(readFileSync(`${readabilityDir}syllable-counts.json`, 'utf8')) as Record<string, number>
      const words = Object.entries(list)
      const agree = words.filter(([w, n]) => syllable(w) === n).length
      console.log(`syllable-counts.json: ${agree}/${words.length} words agree (${((100 * agree) / words.length).toFixed(1)}%)`)
      expect(agree / words.length).toBeGreaterThan(0.98)
    })

    it('counts syllables close to Yoast\'s English test cases', () => {
      const cases = expected.formula_cases.yoast_en_syllables as { text: string; syllables: number }[]
      const count = (text: string) => formulaWords(text).reduce((n, w) => n + syllables(w), 0)
      const agree = cases.filter((c) => count(c.text) === c.syllables).length
      const near = cases.filter((c) => Math.abs(count(c.text) - c.syllables) <= 1).length
      const ours = cases.reduce((n, c) => n + count(c.text), 0)
      const theirs = cases.reduce((n, c) => n + c.syllables, 0)
      console.log(`Yoast syllable cases: ${agree}/${cases.length} exact, ${near}/${cases.length} within 1; total ${ours} vs ${theirs} syllables`)
      // Yoast's counter is its own (exclusion lists per word); the syllable package differs on rare words.
      expect(agree / cases.length).toBeGreaterThan(0.75)
      expect(near / cases.length).toBeGreaterThan(0.95)
      expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.03)
    })

    it('matches the words/* formula cases exactly (the packages themselves)', () => {
      for (const c of expected.formula_cases.words_formulas.flesch) expect(flesch(c)).toBeCloseTo(c.expected, 2)
      for (const c of expected.formula_cases.words_formulas.fleschKincaid) expect(fleschKincaid(c)).toBeCloseTo(c.expected, 2)
    })

    it('computes a Flesch reading ease within 5 points of Yoast\'s on its four English papers', () => {
      const rows: string[] = []
      for (const paper of expected.yoast_english_papers as { file: string; flesch_reading_ease_by_yoast_version: number[] }[]) {
        const a = analyse(readFileSync(`${readabilityDir}${paper.file}`, 'utf8'))
        const ours = readability(a, 'all').fleschReadingEase
        const yoast = paper.flesch_reading_ease_by_yoast_version[0]!
        rows.push(`${paper.file}: ${ours.toFixed(1)} vs Yoast ${yoast}`)
        expect(Math.abs(ours - yoast)).toBeLessThan(5)
      }
      console.log(rows.join('\n'))
    })
  })
})
