import type { Formatter, StreamFormatter } from './types.js'
import { collect } from './common.js'
import type { LintMessage, LintResult, SuppressedMessage } from '../types.js'

/** Keys of a message in the JSON output (public API: ESLint-compatible plus `field`). */
function publicMessage(m: LintMessage | SuppressedMessage): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
  }
  if (m.endLine !== undefined) out['endLine'] = m.endLine
  if (m.endColumn !== undefined) out['endColumn'] = m.endColumn
  out['field'] = m.field
  if (m.fatal) out['fatal'] = true
  if (m.suggestions) out['suggestions'] = m.suggestions
  if (m.fix) out['fix'] = m.fix
  if ('suppressions' in m) out['suppressions'] = m.suppressions
  return out
}

/** One post's entry in the JSON output. */
export function publicResult(r: LintResult): Record<string, unknown> {
  const entry: Record<string, unknown> = { filePath: r.filePath }
  if (r.collection && r.postId !== undefined) entry['postId'] = r.postId
  entry['messages'] = r.messages.map(publicMessage)
  entry['suppressedMessages'] = (r.suppressedMessages ?? []).map(publicMessage)
  entry['errorCount'] = r.errorCount
  entry['warningCount'] = r.warningCount
  entry['infoCount'] = r.infoCount
  entry['fatalErrorCount'] = r.fatalErrorCount
  return entry
}

/** ESLint-compatible JSON: one entry per post, `postId` for posts read from arrays or exports. */
export const jsonStream: StreamFormatter = (results, _context, write) => {
  let first = true
  write('[')
  for (const r of results) {
    write(first ? JSON.stringify(publicResult(r)) : `,${JSON.stringify(publicResult(r))}`)
    first = false
  }
  write(']')
}

export const json: Formatter = (results, context) => collect(jsonStream, results, context)

/**
 * `{results, metadata}` as ESLint's json-with-metadata: the same entries as `json`, plus rule
 * metadata and, for runs of several posts, the site summary.
 */
export const jsonWithMetadataStream: StreamFormatter = (results, context, write) => {
  const used = new Set<string | null>()
  let first = true
  write('{"results":[')
  for (const r of results) {
    for (const m of r.messages) used.add(m.ruleId)
    write(first ? JSON.stringify(publicResult(r)) : `,${JSON.stringify(publicResult(r))}`)
    first = false
  }
  const rulesMeta: Record<string, unknown> = {}
  for (const rule of context.rules) {
    if (used.has(rule.id)) rulesMeta[rule.id] = { description: rule.description, category: rule.category, severity: rule.severity }
  }
  write(`],"metadata":${JSON.stringify({ version: context.version, cwd: context.cwd, rulesMeta, ...(context.summary ? { site: context.summary } : {}) })}}`)
}

export const jsonWithMetadata: Formatter = (results, context) => collect(jsonWithMetadataStream, results, context)
