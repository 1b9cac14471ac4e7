import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { lintRead } from '../src/lint.js'
import { readText } from '../src/readers/index.js'
import { resolveConfig } from '../src/config/resolve.js'
import { defineRule } from '../src/rule.js'
import { lintFiles } from '../src/files.js'
import { loadConfig } from '../src/config/load.js'
import { basePost, root, seedText } from './helpers.js'

const crashing = defineRule({
  id: 'always-crashes',
  description: 'A rule that throws, for testing',
  category: 'structure',
  severity: 'error',
  recommended: 'error',
  options: {},
  docs: { what: 'x', why: 'x', sources: ['x'], bad: [], good: [] },
  check() {
    throw new TypeError('cannot read the thing')
  },
})
const counting = defineRule({
  id: 'counts-headings',
  description: 'Reports every heading, for testing',
  category: 'structure',
  severity: 'warn',
  recommended: 'warn',
  options: { min: { type: 'number', default: 2, min: 1, description: 'lowest rank' } },
  docs: { what: 'x', why: 'x', sources: ['x'], bad: [], good: [] },
  check({ analysis, options, report }) {
    for (const h of analysis.headings) if (h.rank! >= options.min) report({ node: h.node, message: `heading ${h.text}` })
  },
})

describe('engine', () => {
  it('turns a crashing rule into one fatal message naming it, and runs the other rules', () => {
    const rules = [crashing, counting]
    const config = resolveConfig({ extends: 'medlint:recommended' }, rules)
    const [result] = lintRead(readText(seedText, 'seed.json'), config, rules)
    const fatal = result!.messages.filter((m) => m.fatal)
    expect(fatal).toEqual([
      expect.objectContaining({ ruleId: 'always-crashes', severity: 2, message: 'Rule "always-crashes" crashed: cannot read the thing', field: 'post' }),
    ])
    expect(result!.fatalErrorCount).toBe(1)
    expect(result!.messages.filter((m) => m.ruleId === 'counts-headings')).toHaveLength(18)
    expect(result!.warningCount).toBe(18)
  })

  it('validates options against the rule spec and fills defaults', () => {
    expect(resolveConfig({ rules: { 'counts-headings': 'warn' } }, [counting]).rules['counts-headings']).toEqual({ severity: 'warn', options: { min: 2 } })
    expect(() => resolveConfig({ rules: { 'counts-headings': ['warn', { min: 0 }] } }, [counting], { filepath: 'c.json' })).toThrow(
      'c.json: rules.counts-headings.min: expected at least 1, got 0',
    )
  })

  it('presets: recommended uses each rule\'s recommended severity, all turns everything on', () => {
    const quiet = defineRule({ ...counting, id: 'quiet-rule', recommended: false })
    const rules = [counting, quiet]
    expect(Object.keys(resolveConfig({ extends: 'medlint:recommended' }, rules).rules)).toEqual(['counts-headings'])
    expect(Object.keys(resolveConfig({ extends: 'medlint:all' }, rules).rules)).toEqual(['counts-headings', 'quiet-rule'])
    // Later settings patch only the rules they name.
    const patched = resolveConfig({ extends: ['medlint:all'], rules: { 'quiet-rule': 'off' } }, rules)
    expect(Object.keys(patched.rules)).toEqual(['counts-headings'])
  })

  it('no config means medlint:recommended and locale en-US', () => {
    const config = resolveConfig(undefined, api.rules)
    expect(config.settings).toEqual({ locale: 'en-US', taxonomies: {} })
    expect(Object.keys(config.rules)).toEqual(api.rules.filter((r) => r.recommended).map((r) => r.id))
  })
})

describe('library API', () => {
  it('exports lint, lintFiles, loadConfig, rules and formatters', async () => {
    const node = await import('../src/node.js')
    expect(Object.keys(api).sort()).toEqual(
      ['MedlintError', 'PRESET_NAMES', 'defineRule', 'formatters', 'lint', 'lintRead', 'presetRules', 'readText', 'resolveConfig', 'rules'].sort(),
    )
    expect(Object.keys(node).sort()).toEqual(['MedlintError', 'PRESET_NAMES', 'defineRule', 'formatters', 'lint', 'lintFiles', 'lintRead', 'loadConfig', 'presetRules', 'readText', 'resolveConfig', 'rules'].sort())
  })

  it('lint() takes a post object, JSON text, HTML text or an array', async () => {
    const post = basePost({ content: { rendered: '<h2>a</h2><h4>b</h4>' } })
    const config = { rules: { 'heading-hierarchy': 'error' as const } }
    expect((await api.lint(post, { config }))[0]!.errorCount).toBe(1)
    expect((await api.lint(JSON.stringify(post), { config }))[0]!.errorCount).toBe(1)
    expect((await api.lint('<h2>a</h2><h4>b</h4>', { config }))[0]!.errorCount).toBe(1)
    expect((await api.lint([post, post], { config })).map((r) => r.errorCount)).toEqual([1, 1])
  })

  it('lint() rejects bad input with a MedlintError, never prints', async () => {
    await expect(api.lint('{"a": 1}', { filePath: 'x.json' })).rejects.toThrow('x.json: JSON is not a WordPress post')
    await expect(api.lint(basePost(), { config: { rules: { nope: 'error' } } })).rejects.toBeInstanceOf(api.MedlintError)
  })

  it('lintFiles() and loadConfig() work from a directory', async () => {
    const config = await loadConfig({ cwd: root, noConfig: true })
    const results = await lintFiles(['fixtures/posts/wp-post-424.json'], { cwd: root, config })
    expect(results).toHaveLength(1)
    expect(results[0]!.postId).toBe(424)
    expect(results[0]!.source).toBeUndefined()
    const [withSource] = await lintFiles(['fixtures/posts/wp-post-424.json'], { cwd: root, config, keepSource: true })
    expect(withSource!.source?.contentHtml).toContain('Loss of bladder or bowel control')
  })
})
