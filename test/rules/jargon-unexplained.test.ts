import { describe, expect, it } from 'vitest'
import { basePost, runRule, seedText } from '../helpers.js'
import { schwartzHearst } from '../../rules/jargon-unexplained.js'
import { badPost, goodPost } from './meta-fixtures.js'

const post = (html: string) => basePost({ content: { rendered: html } })
const run = (html: string, options?: Record<string, unknown>) => runRule('jargon-unexplained', post(html), options)

describe('jargon-unexplained', () => {
  it('reports the seed\'s "lumbar radiculopathy" and "Nerve tests (EMG)" at the words', async () => {
    const m = await runRule('jargon-unexplained', seedText)
    expect(m.map((x) => x.message.match(/^"([^"]+)"/)![1])).toEqual(['lumbar radiculopathy', 'EMG'])
    expect(m.every((x) => x.offset !== undefined && x.endOffset! > x.offset!)).toBe(true)
  })

  it('is quiet on the plain-language fixture and reports the jargon fixture', async () => {
    expect(await runRule('jargon-unexplained', goodPost())).toEqual([])
    expect(await runRule('jargon-unexplained', badPost())).toHaveLength(2)
  })

  it('accepts the definition cues of the brief', async () => {
    expect(await run('<p>Radiculopathy, a condition where a nerve root is pinched, causes leg pain.</p>')).toEqual([])
    expect(await run('<p>You may have hypertension (high blood pressure).</p>')).toEqual([])
    expect(await run('<p>Laminectomy — an operation to take pressure off the nerves — may help.</p>')).toEqual([])
    expect(await run('<p>A narrowing of the spinal canal, called spinal stenosis, can press on nerves.</p>')).toEqual([])
    expect(await run('<p>Dyspnoea means feeling short of breath.</p>')).toEqual([])
  })

  it('checks only the first use of each term, and reports it when explained only later', async () => {
    const m = await run('<p>Tests may show radiculopathy.</p><p>Radiculopathy is pain from a pinched nerve root.</p>')
    expect(m).toHaveLength(1)
    expect(m[0]!.message).toMatch(/"radiculopathy" is not explained where it is first used/)
  })

  it('does not report a shorter term inside a longer one already seen', async () => {
    const m = await run('<p>It is caused by lumbar radiculopathy. Radiculopathy can be treated.</p>')
    expect(m).toHaveLength(1)
  })

  it('explains acronyms by expansion before, after or in brackets', async () => {
    expect(await run('<p>Your body mass index (BMI) shows if you are a healthy weight.</p>')).toEqual([])
    expect(await run('<p>A BMI (body mass index) over 30 is obese.</p>')).toEqual([])
    expect(await run('<p>Chronic obstructive pulmonary disease makes breathing hard. COPD gets worse over time.</p>')).toEqual([])
    expect(await run('<p>Non-steroidal anti-inflammatory drugs (NSAIDs) such as ibuprofen help.</p>')).toEqual([])
    expect(await run('<p>An ECG (a test that checks your heart\'s rhythm) takes 5 minutes.</p>')).toEqual([])
  })

  it('reports a bracketed acronym whose expansion is not there, and unexplained plurals', async () => {
    expect(await run('<p>Take painkillers (NSAIDs) with food.</p>')).toHaveLength(1)
    const m = await run('<p>Most UTIs clear up in a few days.</p>')
    expect(m[0]!.message).toMatch(/"UTI" is not spelled out.*urinary tract infection \(UTI\)/)
  })

  it('ignores known acronyms, credentials, roman numerals, domains and shouted text', async () => {
    expect(await run('<p>By Ada Mensah, MD, PhD. Call NHS 111 or your GP. Type II diabetes. See GOV.UK.</p>')).toEqual([])
    expect(await run('<p>WARNING: DO NOT TAKE MORE THAN THE DOSE ON THE LABEL.</p>')).toEqual([])
  })

  it('takes extra terms, an ignore list, and can leave acronyms alone', async () => {
    expect(await run('<p>It is a case of cryptorchidism.</p>', { terms: { cryptorchidism: 'an undescended testicle' } })).toHaveLength(1)
    expect(await run('<p>Sciatica from radiculopathy.</p>', { ignore: ['radiculopathy'] })).toEqual([])
    expect(await run('<p>The EMG was normal.</p>', { acronyms: false })).toEqual([])
  })

  it('implements the Schwartz–Hearst match', () => {
    expect(schwartzHearst('EMG', 'electromyography')).toBe(true)
    expect(schwartzHearst('EMG', 'nerve tests')).toBe(false)
    expect(schwartzHearst('HIV', 'human immunodeficiency virus')).toBe(true)
    expect(schwartzHearst('CT', 'computed tomography')).toBe(true)
  })
})
