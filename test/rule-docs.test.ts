import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { lint } from '../src/lint.js'
import type { RuleExample } from '../src/rule.js'
import { examplePost, runRule } from './helpers.js'

/** Lints an example: one post, or for site-wide rules (`site`) several posts together, keeping only the rule's findings. */
async function runExample(id: string, example: RuleExample) {
  if (!example.site) return runRule(id, examplePost(example), example.options, example.settings)
  const posts = example.site.map((p) => examplePost(p))
  const results = await lint(posts, { config: { rules: { [id]: example.options ? ['error', example.options] : 'error' }, ...example.settings } as never })
  return results.flatMap((r) => r.messages).filter((m) => m.ruleId === id || m.fatal)
}

// Every rule's documented examples are tests: each bad example must be reported by the rule,
// each good example must not be (ESLint's check-rule-examples, remark-lint's @example).
describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has complete metadata and docs', () => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/)
    expect(rule.description.length).toBeGreaterThan(10)
    expect(rule.docs.what.length).toBeGreaterThan(10)
    expect(rule.docs.why.length).toBeGreaterThan(10)
    expect(rule.docs.sources.length).toBeGreaterThan(0)
    expect(rule.docs.bad.length).toBeGreaterThan(0)
    expect(rule.docs.good.length).toBeGreaterThan(0)
    for (const spec of Object.values(rule.options)) expect((spec as { description: string }).description.length).toBeGreaterThan(5)
  })

  it.each(rule.docs.bad.map((e, i) => [i, e] as const))('reports bad example %i', async (_i, example) => {
    const messages = await runExample(id, example)
    expect(messages.filter((m) => m.fatal)).toEqual([])
    expect(messages.length).toBeGreaterThan(0)
  })

  it.each(rule.docs.good.map((e, i) => [i, e] as const))('accepts good example %i', async (_i, example) => {
    const messages = await runExample(id, example)
    expect(messages).toEqual([])
  })
})
