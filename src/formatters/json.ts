import type { Formatter } from './types.js'
import type { LintMessage } from '../types.js'

/** Keys of a message in the JSON output (public API: ESLint-compatible plus `field`). */
function publicMessage(m: LintMessage): Record<string, unknown> {
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
  return out
}

/** ESLint-compatible JSON: one entry per post, `postId` for posts read from arrays or exports. */
export const json: Formatter = (results) => {
  return JSON.stringify(
    results.map((r) => {
      const entry: Record<string, unknown> = { filePath: r.filePath }
      if (r.collection && r.postId !== undefined) entry['postId'] = r.postId
      entry['messages'] = r.messages.map(publicMessage)
      entry['errorCount'] = r.errorCount
      entry['warningCount'] = r.warningCount
      entry['infoCount'] = r.infoCount
      entry['fatalErrorCount'] = r.fatalErrorCount
      return entry
    }),
  )
}

