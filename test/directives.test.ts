import { describe, expect, it } from 'vitest'
import { lint } from '../src/lint.js'
import { basePost } from './helpers.js'

const config = { rules: { 'heading-hierarchy': 'error' as const } }
const run = async (html: string, inlineConfig = true) => (await lint(basePost({ content: { rendered: html } }), { config, inlineConfig }))[0]!

describe('inline directives', () => {
  it('medlint-disable-next covers the next element, skipping white space and comments, with a reason', async () => {
    const r = await run('<h2>A</h2>\n<!-- medlint-disable-next heading-hierarchy -- legacy FAQ block -->\n<!-- wp:heading -->\n<h4>B</h4>\n<h2>C</h2>\n<h4>D</h4>')
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([['heading-hierarchy', 6]])
    expect(r.suppressedMessages).toEqual([
      expect.objectContaining({ ruleId: 'heading-hierarchy', line: 4, suppressions: [{ kind: 'inSource', justification: 'legacy FAQ block' }] }),
    ])
    expect(r.errorCount).toBe(1)
  })

  it('medlint-disable … medlint-enable covers what lies between', async () => {
    const r = await run('<h2>A</h2><!-- medlint-disable heading-hierarchy --><h4>B</h4><!-- medlint-enable heading-hierarchy --><h2>C</h2><h4>D</h4>')
    expect(r.messages.map((m) => m.column)).toEqual([r.messages[0]!.column])
    expect(r.messages[0]!.offset).toBeGreaterThan(90)
    expect(r.suppressedMessages).toHaveLength(1)
  })

  it('a disable without an enable covers the rest of the post', async () => {
    const r = await run('<h2>A</h2><!-- medlint-disable --><h4>B</h4><h2>C</h2><h5>D</h5>')
    expect(r.messages).toEqual([])
    expect(r.suppressedMessages).toHaveLength(2)
  })

  it('reports unknown rule ids and unused directives', async () => {
    const r = await run('<!-- medlint-disable-next heading-hierachy -->\n<h2>A</h2>\n<!-- medlint-enable heading-hierarchy -->')
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      [null, 1, 1, 'Unknown rule "heading-hierachy" in medlint-disable-next directive'],
      [null, 1, 1, 'Unused medlint-disable-next directive: no heading-hierachy problems were reported where it applies'],
      [null, 1, 3, 'Unused medlint-enable directive: no medlint-disable before it names these rules'],
    ])
  })

  it('is ignored with inlineConfig: false (--no-inline-config)', async () => {
    const r = await run('<h2>A</h2><!-- medlint-disable --><h4>B</h4>', false)
    expect(r.messages.map((m) => m.ruleId)).toEqual(['heading-hierarchy'])
    expect(r.suppressedMessages).toBeUndefined()
  })

  it('leaves other comments alone', async () => {
    const r = await run('<!-- wp:paragraph --><p>Text</p><!-- /wp:paragraph --><!-- medlint is great -->')
    expect(r.messages).toEqual([])
  })
})
