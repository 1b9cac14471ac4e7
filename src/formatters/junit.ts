import type { Formatter } from './types.js'
import type { LintMessage, LintResult } from '../types.js'
import { relativePath } from './paths.js'

/**
 * JUnit XML for CI systems that show test reports: one `<testsuite>` per post, one `<testcase>`
 * per post and rule. Errors and warnings are failures, a rule crash is an `<error>`, and info
 * findings (which never fail a run) are listed in the test case's `<system-out>`. A post without
 * findings gets one passing test case, so it still shows up as checked.
 */

const LABEL = ['info', 'warning', 'error'] as const

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 cannot hold. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

interface Case {
  name: string
  failures: LintMessage[]
  errors: LintMessage[]
  infos: LintMessage[]
}

export const junit: Formatter = (results, context) => {
  const perFile = new Map<string, number>()
  for (const r of results) perFile.set(r.filePath, (perFile.get(r.filePath) ?? 0) + 1)
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  for (const result of results) {
    const name = suiteName(result, relativePath(result.filePath, context.cwd), (perFile.get(result.filePath) ?? 0) > 1)
    const cases = new Map<string, Case>()
    for (const m of result.messages) {
      const id = m.ruleId ?? 'medlint'
      let c = cases.get(id)
      if (!c) cases.set(id, (c = { name: id, failures: [], errors: [], infos: [] }))
      if (m.fatal) c.errors.push(m)
      else if (m.severity === 0) c.infos.push(m)
      else c.failures.push(m)
    }
    if (!cases.size) cases.set('medlint', { name: 'medlint', failures: [], errors: [], infos: [] })
    const suiteFailures = [...cases.values()].filter((c) => c.failures.length && !c.errors.length).length
    const suiteErrors = [...cases.values()].filter((c) => c.errors.length).length
    tests += cases.size
    failures += suiteFailures
    errors += suiteErrors
    const body = [...cases.values()].map((c) => testCase(c, name))
    suites.push(
      `  <testsuite name="${xmlEscape(name)}" tests="${cases.size}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="0" time="0">\n${body.join('\n')}\n  </testsuite>`,
    )
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="medlint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}

function suiteName(result: LintResult, path: string, manyInFile: boolean): string {
  if (manyInFile || result.collection) {
    const id = result.postId !== undefined ? `post ${result.postId}` : `item ${result.index}`
    return `${path} › ${id}`
  }
  return result.postId !== undefined ? `${path} (post ${result.postId})` : path
}

function line(m: LintMessage): string {
  return `${m.line}:${m.column}  ${m.fatal ? 'fatal' : LABEL[m.severity]}  ${m.message}${m.ruleId ? `  (${m.ruleId})` : ''}`
}

function testCase(c: Case, classname: string): string {
  const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(classname)}" time="0"`
  const parts: string[] = []
  if (c.errors.length) {
    const text = [...c.errors, ...c.failures].map(line).join('\n')
    parts.push(`      <error message="${xmlEscape(c.errors[0]!.message)}" type="crash">${xmlEscape(text)}</error>`)
  } else if (c.failures.length) {
    const worst = c.failures.some((m) => m.severity === 2) ? 'error' : 'warning'
    const summary = c.failures.length === 1 ? c.failures[0]!.message : `${c.failures.length} problems`
    parts.push(`      <failure message="${xmlEscape(summary)}" type="${worst}">${xmlEscape(c.failures.map(line).join('\n'))}</failure>`)
  }
  if (c.infos.length) parts.push(`      <system-out>${xmlEscape(c.infos.map(line).join('\n'))}</system-out>`)
  return parts.length ? `${open}>\n${parts.join('\n')}\n    </testcase>` : `${open} />`
}
