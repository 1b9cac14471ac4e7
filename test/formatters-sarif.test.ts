import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import { sarif, FINGERPRINT_KEY, NOTICE_RULE_ID } from '../src/formatters/sarif.js'
import { ruleDocsUrl } from '../src/formatters/urls.js'
import { formatters } from '../src/formatters/registry.js'
import { lint } from '../src/lint.js'
import { rules } from '../rules/index.js'
import { basePost } from './helpers.js'
import { awkwardPath, context, crashResult, cwd, handResults, seedResults, smallResults } from './formatters-fixtures.js'
import type { LintResult, SuppressedMessage } from '../src/types.js'

/* eslint-disable @typescript-eslint/no-explicit-any */
type Log = any

function run(results: readonly LintResult[], overrides = {}): Log {
  return JSON.parse(sarif(results, context(overrides)))
}

/**
 * The SARIF 2.1.0 schema (the OASIS standard's final schema, 2.1.0-rtm.5), as the dev dependency
 * `@microsoft/jest-sarif` ships it. Without that package the schema test is skipped.
 */
const SCHEMA_MODULE = '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'
function loadSchema(): Record<string, unknown> | undefined {
  try {
    const path = createRequire(import.meta.url).resolve(SCHEMA_MODULE)
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  } catch {
    return undefined
  }
}
const schema = loadSchema()
if (!schema) console.warn(`SARIF schema validation skipped: ${SCHEMA_MODULE} is not installed (dev dependency @microsoft/jest-sarif)`)

/**
 * Ajv 8 reads draft-07; the schema is draft-04, which differs here only in `id` → `$id`. Its
 * `language` pattern is not valid with the `u` flag, hence `unicodeRegExp: false`.
 */
function validator() {
  const { $schema: _draft, id, ...rest } = schema!
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(s))
  ajv.addFormat('uri-reference', (s: string) => /^(?:[^\s<>"{}|\\^`%]|%[0-9A-Fa-f]{2})*$/.test(s))
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s))
  return ajv.compile({ ...rest, $id: String(id) })
}

describe('sarif format', () => {
  it.skipIf(!schema)('validates against the SARIF 2.1.0 JSON schema (seed, hand-built edge cases, crash, empty)', async () => {
    const validate = validator()
    const suppressed = suppressedResult()
    for (const results of [await seedResults(), handResults(), [crashResult()], [], [suppressed], await smallResults('<stdin>')]) {
      const log = run(results)
      const ok = validate(log)
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([])
      expect(ok).toBe(true)
    }
    // The validator does catch a broken log.
    const broken = run(handResults())
    broken.runs[0].results[0].level = 'fatal'
    delete broken.runs[0].tool.driver.name
    expect(validate(broken)).toBe(false)
  })

  it('describes every rule in tool.driver, with docs URL and category', async () => {
    const log = run(await seedResults())
    expect(log.version).toBe('2.1.0')
    const driver = log.runs[0].tool.driver
    expect(driver).toMatchObject({ name: 'medlint', version: '1.2.3', informationUri: 'https://github.com/medlint/medlint' })
    expect(driver.rules.map((r: Log) => r.id)).toEqual(rules.map((r) => r.id))
    const hierarchy = driver.rules.find((r: Log) => r.id === 'heading-hierarchy')
    const rule = rules.find((r) => r.id === 'heading-hierarchy')!
    expect(hierarchy.shortDescription.text).toBe(rule.description)
    expect(hierarchy.fullDescription.text).toContain(rule.docs.what)
    expect(hierarchy.fullDescription.text).toContain(rule.docs.why)
    expect(hierarchy.helpUri).toBe('https://github.com/medlint/medlint/blob/main/docs/rules/heading-hierarchy.md')
    expect(hierarchy.helpUri).toBe(ruleDocsUrl('heading-hierarchy'))
    expect(hierarchy.properties.category).toBe(rule.category)
  })

  it('gives each finding its rule index, level, message, relative URI and file region', async () => {
    const [result] = await smallResults()
    const log = run([result!])
    const [r] = log.runs[0].results
    const driverRules = log.runs[0].tool.driver.rules
    expect(driverRules[r.ruleIndex].id).toBe('heading-hierarchy')
    expect(r).toMatchObject({
      ruleId: 'heading-hierarchy',
      level: 'error',
      message: { text: result!.messages[0]!.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/small.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 14 } } }],
    })
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///srv/site/')
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true)
  })

  it('maps severities to levels, keeps regions without an end, and percent-encodes awkward paths', () => {
    const log = run(handResults())
    const results = log.runs[0].results
    expect(results.map((r: Log) => r.level)).toEqual(['note', 'error', 'warning'])
    const byRule = Object.fromEntries(results.map((r: Log) => [r.ruleId, r]))
    expect(byRule['tag-count'].locations[0].physicalLocation.region).toEqual({ startLine: 9, startColumn: 7 })
    expect(byRule['heading-hierarchy'].locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 5, endLine: 4, endColumn: 12 })
    expect(byRule['heading-hierarchy'].message.text).toBe(handResults()[0]!.messages[0]!.message)
    const uri = byRule['tag-count'].locations[0].physicalLocation.artifactLocation.uri
    expect(uri).toBe('content/2024,%20spring%3A%20drafts/na%C3%AFve%20%C3%A9t%C3%A9.json')
    expect(decodeURIComponent(uri)).toBe(awkwardPath.slice(cwd.length + 1))
  })

  it('keeps names that are not paths and URLs readable', async () => {
    const stdin = run(await smallResults('<stdin>')).runs[0].results[0].locations[0].physicalLocation.artifactLocation
    expect(decodeURIComponent(stdin.uri)).toBe('<stdin>')
    const url = 'https://example.org/wp-json/wp/v2/posts/5'
    expect(run(await smallResults(url)).runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: url })
    const outside = run(await smallResults('/other/place/post.json')).runs[0].results[0].locations[0].physicalLocation.artifactLocation
    expect(outside.uri).toBe('file:///other/place/post.json')
    expect(run(await smallResults('../sibling/post.json')).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('../sibling/post.json')
  })

  it('always has a results array, even when empty', () => {
    const log = run([])
    expect(log.runs[0].results).toEqual([])
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true)
    expect(run(handResults().slice(1)).runs[0].results).toEqual([])
  })

  it('reports a rule crash as a failed execution with a notification, not a result', () => {
    const log = run([crashResult(), ...handResults()])
    const [invocation] = log.runs[0].invocations
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications).toEqual([
      expect.objectContaining({ level: 'error', message: { text: 'Rule "heading-hierarchy" crashed: boom' }, associatedRule: { id: 'heading-hierarchy', index: rules.findIndex((r) => r.id === 'heading-hierarchy') } }),
    ])
    expect(log.runs[0].results.some((r: Log) => r.message.text.includes('crashed'))).toBe(false)
  })

  it('gives findings without a rule a pseudo-rule that code scanning accepts', () => {
    const [result] = handResults()
    result!.messages.push({ ruleId: null, severity: 1, message: 'Category id 9 could not be resolved to a name', line: 1, column: 1, field: 'categories' })
    const log = run([result!])
    const notice = log.runs[0].results.find((r: Log) => r.ruleId === NOTICE_RULE_ID)
    expect(log.runs[0].tool.driver.rules[notice.ruleIndex].id).toBe(NOTICE_RULE_ID)
    expect(log.runs[0].tool.driver.rules).toHaveLength(rules.length + 1)
  })

  describe('partialFingerprints', () => {
    const fingerprints = (results: readonly LintResult[]) => run(results).runs[0].results.map((r: Log) => r.partialFingerprints[FINGERPRINT_KEY])

    it('stay the same when unrelated content is added above the finding', async () => {
      const content = '<h2>Overview</h2>\n<p>High blood pressure is common.</p>\n<h4>Salt</h4>\n<p>Eat less salt.</p>'
      const lintContent = (html: string) => lint(basePost({ content: { rendered: html } }), { filePath: `${cwd}/p.json`, config: { rules: { 'heading-hierarchy': 'error' } } as never })
      const before = await lintContent(content)
      const after = await lintContent(`<p>A new introduction.</p>\n<p>And another paragraph.</p>\n${content}`)
      expect(before[0]!.messages[0]!.line).not.toBe(after[0]!.messages[0]!.line)
      expect(fingerprints(before)).toEqual(fingerprints(after))
      expect(fingerprints(before)[0]).toMatch(/^[0-9a-f]{32}:1$/)
    })

    it('differ between rules, posts and repeated findings, and ignore changed numbers in messages', () => {
      const [a] = handResults()
      const b = { ...a!, postId: 99 }
      const fa = fingerprints([a!])
      const fb = fingerprints([b])
      expect(new Set(fa).size).toBe(fa.length)
      expect(fa.some((f: string) => fb.includes(f))).toBe(false)
      const twice = { ...a!, messages: [a!.messages[1]!, { ...a!.messages[1]!, line: 20, message: 'Too many tags | keep *few* [tags]' }] }
      const [first, second] = fingerprints([twice])
      expect(first.split(':')[0]).toBe(second.split(':')[0])
      expect([first.split(':')[1], second.split(':')[1]]).toEqual(['1', '2'])
      const renumbered = { ...a!, messages: a!.messages.map((m) => ({ ...m, message: m.message.replace('100%', '250%') })) }
      expect(fingerprints([renumbered])).toEqual(fa)
    })
  })

  it('keeps suppressed findings as results with in-source suppressions', () => {
    const log = run([suppressedResult()])
    const [r] = log.runs[0].results
    expect(r.suppressions).toEqual([{ kind: 'inSource', justification: 'reviewed by the medical editor' }])
    expect(r.ruleId).toBe('tag-count')
  })

  it('is registered as a lazily loaded format', async () => {
    expect(await formatters['sarif']!()).toBe(sarif)
  })
})

function suppressedResult(): LintResult {
  const [base] = handResults()
  const message: SuppressedMessage = { ...base!.messages[1]!, suppressions: [{ kind: 'inSource', justification: 'reviewed by the medical editor' }] }
  return { ...base!, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, suppressedMessages: [message] }
}
