import { readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { rules } from '../rules/index.js'
import { rulesTable, ruleDoc, README_START, README_END } from '../src/docs.js'
import { root } from './helpers.js'

describe('generated docs', () => {
  it('README rules table matches the rule metadata (run `npm run docs` after changing a rule)', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8')
    const table = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END) + README_END.length)
    expect(table).toBe(rulesTable(rules))
  })

  it.each(rules.map((r) => [r.id, r] as const))('docs/rules/%s.md matches the rule metadata', (id, rule) => {
    const file = `${root}docs/rules/${id}.md`
    expect(existsSync(file), `${file} is missing: run npm run docs`).toBe(true)
    expect(readFileSync(file, 'utf8')).toBe(ruleDoc(rule))
  })
})
