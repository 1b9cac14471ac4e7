import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { basePost, root, runRule, seedText } from '../helpers.js'

const ID = 'medical-disclaimer'
const BODY = '<h2>Treatment</h2>\n<p>Most sciatica settles within six weeks with gentle exercise and over-the-counter pain relief.</p>\n'
const withText = (extra: string) => basePost({ content: { rendered: `${BODY}${extra}` } })

describe(ID, () => {
  it('reports a post without a disclaimer at the end of the content, saying what to write', async () => {
    const post = withText('<p>Talk to your doctor about physiotherapy.</p>')
    const messages = await runRule(ID, post)
    expect(messages).toHaveLength(1)
    const html = (post['content'] as { rendered: string }).rendered
    expect(messages[0]!.offset).toBe(html.trimEnd().length)
    expect(messages[0]!.message).toMatch(/not a substitute for professional medical advice/)
    expect(messages[0]!.message).toMatch(/call 911 in an emergency/)
    expect(messages[0]!.suggestions?.[0]?.fix?.text).toContain('not a substitute for professional medical advice')
  })

  it('uses the locale\'s emergency number in the message', async () => {
    const messages = await runRule(ID, withText(''), undefined, { locale: 'en-GB' })
    expect(messages[0]!.message).toMatch(/call 999 in an emergency/)
  })

  it.each([
    'This article is for informational purposes only and is not a substitute for professional medical advice.',
    'The content of this website is not intended to be a substitute for professional medical advice, diagnosis, or treatment.',
    'This information is not intended to replace the advice of your physician.',
    'It does not replace the advice of your own doctor or pharmacist.',
    'For general information only. Always consult your doctor before starting any new treatment.',
    'Nothing on this site constitutes medical advice.',
    'This article does not constitute medical advice.',
    'Never disregard professional medical advice or delay in seeking it because of something you have read here.',
    'Always seek the advice of your physician or other qualified health provider with any questions you may have.',
    'Speak to your GP about your own situation before acting on anything here.',
    'This content should not be used to diagnose or treat a health problem.',
    'Reading this page does not create a doctor-patient relationship.',
  ])('accepts the wording: %s', async (wording) => {
    expect(await runRule(ID, withText(`<p><em>${wording}</em></p>`))).toEqual([])
  })

  it('accepts a "Disclaimer" heading or label about medical advice', async () => {
    expect(await runRule(ID, withText('<h2>Medical disclaimer</h2>\n<p>We write for general readers; ask a health professional for advice.</p>'))).toEqual([])
    expect(await runRule(ID, withText('<p><strong>Disclaimer:</strong> our doctors review every article, but individual advice needs a consultation.</p>'))).toEqual([])
  })

  it('does not take advice inside the article for a disclaimer', async () => {
    for (const text of ['<p>See a doctor if the pain lasts more than six weeks.</p>', '<p>Your physiotherapist can advise on exercises.</p>', '<p>Seek medical attention if you experience numbness.</p>']) {
      expect(await runRule(ID, withText(text))).toHaveLength(1)
    }
  })

  it('honours extra phrases and a theme that prints the disclaimer', async () => {
    const post = withText('<p>Reviewed by the MedSpine editorial board.</p>')
    expect(await runRule(ID, post)).toHaveLength(1)
    expect(await runRule(ID, post, { phrases: ['reviewed by the MedSpine editorial board'] })).toEqual([])
    expect(await runRule(ID, post, { siteTemplateProvides: true })).toEqual([])
  })

  it('reports the seed post and accepts the crafted good posts', async () => {
    expect(await runRule(ID, seedText)).toHaveLength(1)
    for (const name of ['h-diabetes-uk-good', 'h-angina-good']) {
      expect(await runRule(ID, readFileSync(`${root}fixtures/posts/${name}.json`, 'utf8'))).toEqual([])
    }
  })
})
