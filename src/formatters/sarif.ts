import type { Formatter } from './types.js'
import type { AnyRule } from '../rule.js'
import type { LintMessage, LintResult, SeverityLevel, SuppressedMessage } from '../types.js'
import { relativePath } from './paths.js'
import { sha256Hex } from './hash.js'
import { HOME_URL, ruleDocsUrl } from './urls.js'

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule in `tool.driver.rules`,
 * results with rule index, level, a relative artifact URI and a region in file coordinates,
 * and `partialFingerprints` that do not depend on line numbers, so alerts survive edits elsewhere
 * in the file. Rule crashes go to `invocations[0].toolExecutionNotifications`.
 */

type Level = 'error' | 'warning' | 'note'
type Json = Record<string, unknown>

const LEVEL: Record<SeverityLevel, Level> = { 2: 'error', 1: 'warning', 0: 'note' }
const CONFIG_LEVEL = { error: 'error', warn: 'warning', info: 'note' } as const

/** Key of medlint's fingerprint in `partialFingerprints` (bump the version if the recipe changes). */
export const FINGERPRINT_KEY = 'medlintFindingHash/v1'

/**
 * Findings without a rule (reader notes about the input, unknown or unused directives) are
 * results of this pseudo-rule, since code scanning wants every result to name a rule.
 */
export const NOTICE_RULE_ID = 'medlint-notice'

const SRCROOT = '%SRCROOT%'

export const sarif: Formatter = (results, context) => {
  const rules: Json[] = context.rules.map(describeRule)
  const ruleIndex = new Map<string, number>(context.rules.map((r, i) => [r.id, i]))
  const indexOf = (id: string): number => {
    let i = ruleIndex.get(id)
    if (i === undefined) {
      // A rule the context does not describe (a plugin's, or the notice pseudo-rule).
      i = rules.length
      ruleIndex.set(id, i)
      rules.push(
        id === NOTICE_RULE_ID
          ? {
              id,
              shortDescription: { text: 'A note about the input or its medlint directives, not a content rule.' },
              helpUri: `${HOME_URL}#inline-directives`,
              properties: { category: 'medlint' },
            }
          : { id, shortDescription: { text: id } },
      )
    }
    return i
  }

  const sarifResults: Json[] = []
  const notifications: Json[] = []
  const seen = new Map<string, number>()
  let executionSuccessful = true

  for (const result of results) {
    const location = artifactLocation(result.filePath, context.cwd)
    const suppressed: readonly SuppressedMessage[] = result.suppressedMessages ?? []
    const all: { m: LintMessage; suppressions?: SuppressedMessage['suppressions'] }[] = [
      ...result.messages.map((m) => ({ m })),
      ...suppressed.map((m) => ({ m, suppressions: m.suppressions })),
    ]
    // Fingerprints count identical findings in a post in file order, so order them by position.
    all.sort((a, b) => a.m.line - b.m.line || a.m.column - b.m.column)
    for (const { m, suppressions } of all) {
      const physicalLocation = { artifactLocation: location, region: region(m) }
      if (m.fatal) {
        executionSuccessful = false
        const notification: Json = {
          level: 'error',
          message: { text: m.message },
          locations: [{ physicalLocation }],
        }
        if (m.ruleId) notification['associatedRule'] = { id: m.ruleId, index: indexOf(m.ruleId) }
        notifications.push(notification)
        continue
      }
      const ruleId = m.ruleId ?? NOTICE_RULE_ID
      const key = fingerprint(ruleId, m, result)
      const occurrence = (seen.get(`${location.uri}\n${key}`) ?? 0) + 1
      seen.set(`${location.uri}\n${key}`, occurrence)
      const entry: Json = {
        ruleId,
        ruleIndex: indexOf(ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${key}:${occurrence}` },
      }
      if (suppressions?.length) {
        entry['suppressions'] = suppressions.map((s) => (s.justification ? { kind: s.kind, justification: s.justification } : { kind: s.kind }))
      }
      const properties: Json = { field: m.field }
      if (result.postId !== undefined) properties['postId'] = result.postId
      if (result.collection) properties['postIndex'] = result.index
      if (m.suggestions?.length) properties['suggestions'] = m.suggestions
      entry['properties'] = properties
      sarifResults.push(entry)
    }
  }

  const invocation: Json = { executionSuccessful }
  if (notifications.length) invocation['toolExecutionNotifications'] = notifications
  const run: Json = {
    tool: {
      driver: {
        name: 'medlint',
        version: context.version,
        semanticVersion: /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(context.version) ? context.version : undefined,
        informationUri: HOME_URL,
        rules,
      },
    },
    invocations: [invocation],
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  }
  const root = directoryUri(context.cwd)
  if (root) run['originalUriBaseIds'] = { [SRCROOT]: { uri: root } }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [run],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

function describeRule(rule: AnyRule): Json {
  const url = ruleDocsUrl(rule.id)
  const full = [rule.docs?.what, rule.docs?.why].filter(Boolean).join(' ')
  const descriptor: Json = {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: full || rule.description },
    helpUri: url,
    help: {
      text: `${full || rule.description}\n\nMore: ${url}`,
      markdown: `${full || rule.description}\n\n[Rule documentation](${url})`,
    },
    defaultConfiguration: { level: CONFIG_LEVEL[rule.severity as keyof typeof CONFIG_LEVEL] ?? 'warning' },
    properties: { category: rule.category, tags: ['medlint', rule.category] },
  }
  return descriptor
}

/** SARIF region from a message (lines and columns are already file coordinates, 1-based). */
function region(m: LintMessage): Json {
  const r: Json = { startLine: Math.max(1, m.line), startColumn: Math.max(1, m.column) }
  if (m.endLine !== undefined && m.endLine >= m.line) {
    r['endLine'] = m.endLine
    if (m.endColumn !== undefined && (m.endLine > m.line || m.endColumn >= m.column)) r['endColumn'] = Math.max(1, m.endColumn)
  }
  return r
}

/**
 * A hash of what identifies a finding apart from where it is: rule, field, message with numbers
 * and spacing normalised (so "has 212 words" and "has 230 words" stay the same alert), and the
 * post (id, or position in its file). Line numbers are deliberately left out.
 */
function fingerprint(ruleId: string, m: LintMessage, result: LintResult): string {
  const message = m.message.toLowerCase().replace(/\d+(?:[.,]\d+)*/g, '0').replace(/\s+/g, ' ').trim()
  const post = result.postId !== undefined ? `id:${result.postId}` : `index:${result.index}`
  return sha256Hex([ruleId, m.field, message, post].join('\u0000')).slice(0, 32)
}

/**
 * The artifact location of a file: relative to `cwd` with forward slashes and percent-encoded
 * (a URI reference), based on `%SRCROOT%`. URLs (posts fetched with `--url`) are kept as they are.
 */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) return { uri: file }
  const rel = relativePath(file, cwd)
  if (rel.startsWith('/')) return { uri: `file://${encodePath(rel)}` }
  if (/^[A-Za-z]:\//.test(rel)) return { uri: `file:///${rel.slice(0, 2)}${encodePath(rel.slice(2))}` }
  return { uri: encodePath(rel), uriBaseId: SRCROOT }
}

/** Percent-encodes each path segment, keeping `/` and the sub-delimiters a path may hold. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%(2C|3B|3D|40|24|26|2B|21|27|28|29|2A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))))
    .join('/')
}

/** `file:` URI of the directory results are relative to (ends with a slash), if it is absolute. */
function directoryUri(cwd: string): string | undefined {
  const path = cwd.replace(/\\/g, '/').replace(/\/+$/, '')
  if (path.startsWith('/')) return `file://${encodePath(path)}/`
  if (/^[A-Za-z]:/.test(path)) return `file:///${path.slice(0, 2)}${encodePath(path.slice(2))}/`
  return undefined
}
