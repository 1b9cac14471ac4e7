import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint } from '../../src/lint.js'
import { basePost, corpusDir, hasCorpus, root, runRule, seedText } from '../helpers.js'

const ID = 'emergency-guidance'
const post = (html: string, title = 'Article') => basePost({ title: { rendered: title }, content: { rendered: html } })
const fixture = (name: string) => readFileSync(`${root}fixtures/posts/${name}.json`, 'utf8')
const SCIATICA_INTRO = '<p>Sciatica is back pain that spreads down the leg.</p>\n'

describe(ID, () => {
  it('reports the seed\'s red flag at its position and says "(a medical emergency)" is not an instruction', async () => {
    const messages = await runRule(ID, seedText)
    expect(messages).toHaveLength(1)
    expect(messages[0]!.message).toMatch(/^"Loss of bladder or bowel control" can be a sign of cauda equina syndrome/)
    expect(messages[0]!.message).toMatch(/"a medical emergency" does not tell readers what to do: tell readers to call 911 or go to the emergency room now/)
  })

  it('suggests the locale\'s number', async () => {
    const html = `${SCIATICA_INTRO}<ul><li>Loss of bladder or bowel control</li></ul>`
    expect((await runRule(ID, post(html), undefined, { locale: 'en-GB' }))[0]!.message).toMatch(/call 999 or go to A&E now/)
    expect((await runRule(ID, post(html), undefined, { locale: 'en-AU' }))[0]!.message).toMatch(/call 000/)
    expect((await runRule(ID, post(html), undefined, { locale: 'de-DE' }))[0]!.message).toMatch(/call 112/)
  })

  it('accepts an instruction in the same list item, list or section', async () => {
    const same = `${SCIATICA_INTRO}<ul><li>Loss of bladder or bowel control: call 911 or go to the ER now.</li></ul>`
    const list = `${SCIATICA_INTRO}<ul><li>numbness around your genitals or bottom</li><li>If you have any of these, go to the emergency room now.</li></ul>`
    const section = `${SCIATICA_INTRO}<h2>Call 999 or go to A&amp;E now if:</h2><ul><li>you cannot control your bladder or bowels</li></ul>`
    expect(await runRule(ID, post(same))).toEqual([])
    expect(await runRule(ID, post(list))).toEqual([])
    expect(await runRule(ID, post(section), undefined, { locale: 'en-GB' })).toEqual([])
  })

  it('accepts a later urgent-help section that names the same kind of symptom', async () => {
    const html = '<h2>Symptoms</h2><ul><li>chest pain that spreads to your arm or jaw</li></ul><h2>Treatment</h2><p>Rest and GTN spray.</p><h2>When to get help</h2><p>Call 911 if the pain spreads to your arm.</p>'
    expect(await runRule(ID, post(html))).toEqual([])
    // The same instruction about another kind of symptom does not cover it.
    const other = '<h2>Symptoms</h2><ul><li>chest pain that spreads to your arm or jaw</li></ul><h2>When to get help</h2><p>Call 911 if you cannot wake someone up.</p>'
    expect(await runRule(ID, post(other))).toHaveLength(1)
  })

  it('does not accept "see a doctor" or "seek medical attention"', async () => {
    const html = `${SCIATICA_INTRO}<h2>When to see a doctor</h2><p>Seek medical attention or see your GP urgently if you have:</p><ul><li>loss of bladder or bowel control</li></ul>`
    expect(await runRule(ID, post(html))).toHaveLength(1)
  })

  it('checks cauda equina signs only in posts about back pain or sciatica', async () => {
    expect(await runRule(ID, post('<p>Spina bifida can cause problems with bladder and bowel control from birth.</p>'))).toEqual([])
  })

  it('requires a crisis line for suicidal thoughts', async () => {
    const bad = await runRule(ID, post('<p>Depression can bring suicidal thoughts. Talk to someone you trust.</p>'))
    expect(bad).toHaveLength(1)
    expect(bad[0]!.message).toMatch(/crisis line.*988/)
    expect(await runRule(ID, post('<p>If you have suicidal thoughts, call or text 988 or chat at 988lifeline.org.</p>'))).toEqual([])
    expect(await runRule(ID, post('<p>If you are having suicidal thoughts, call Samaritans free on 116 123.</p>'), undefined, { locale: 'en-GB' })).toEqual([])
  })

  it('finds stroke, anaphylaxis, meningitis, hypo and bleeding red flags', async () => {
    const cases = [
      '<p>Signs of a stroke include a face that has dropped on one side and slurred speech.</p>',
      '<p>Swelling of the throat or tongue after a sting is serious.</p>',
      '<p>A stiff neck with a high temperature needs checking.</p>',
      '<p>People who use insulin can have a severe hypo and pass out.</p>',
      '<p>Bleeding that will not stop after 10 minutes of pressure is serious.</p>',
    ]
    for (const html of cases) expect(await runRule(ID, post(html))).toHaveLength(1)
  })

  it('does not read chronic symptoms as red flags', async () => {
    for (const html of ['<p>Ataxia causes slurred speech and clumsy movements that get slowly worse.</p>', '<p>Hypotonia and seizures are common.</p>', '<p>Heavy periods are common in your 40s.</p>']) {
      expect(await runRule(ID, post(html))).toEqual([])
    }
  })

  it('warns, at warning level, about a number that is wrong for the locale', async () => {
    const html = '<p>Anaphylaxis is a severe allergic reaction. Call 999 and use your adrenaline auto-injector.</p>'
    const us = await runRule(ID, post(html))
    expect(us).toHaveLength(1)
    expect(us[0]!.severity).toBe(1)
    expect(us[0]!.message).toMatch(/^999 is the emergency number for the UK and Ireland, but the site's locale is en-US: tell readers to call 911/)
    expect(await runRule(ID, post(html), undefined, { locale: 'en-GB' })).toEqual([])
    expect(await runRule(ID, post('<p>Call NHS 111 if you are worried.</p>'), undefined, { locale: 'en-GB' })).toEqual([])
  })

  it('accepts the crafted UK diabetes and US angina posts', async () => {
    expect(await runRule(ID, fixture('h-diabetes-uk-good'), undefined, { locale: 'en-GB' })).toEqual([])
    expect(await runRule(ID, fixture('h-angina-good'))).toEqual([])
    const migraine = await runRule(ID, fixture('h-migraine-bad'))
    expect(migraine).toHaveLength(1)
    expect(migraine[0]!.message).toMatch(/a stroke/)
  })

  describe.skipIf(!hasCorpus)('NHS pages in the shared corpus', () => {
    const pages = () => JSON.parse(readFileSync(`${corpusDir}medical/nhs/nhs-pages.json`, 'utf8')) as Record<string, unknown>[]

    it('passes every page with an en-GB locale (their "call 999 / NHS 111" sections cover the red flags)', async () => {
      const results = await lint(pages(), { config: { locale: 'en-GB', rules: { [ID]: 'error' } } })
      expect(results.flatMap((r) => r.messages)).toEqual([])
    })

    it('on a US site, only warns about the UK numbers', async () => {
      const results = await lint(pages(), { config: { rules: { [ID]: 'error' } } })
      const messages = results.flatMap((r) => r.messages)
      expect(messages.length).toBeGreaterThan(0)
      expect(messages.every((m) => m.severity === 1 && /^(?:999|111) is the emergency number/.test(m.message))).toBe(true)
    })
  })
})
