import type { Formatter } from './types.js'
import type { LintMessage } from '../types.js'
import { relativePath } from './paths.js'

/**
 * GitHub Actions workflow commands, one annotation per finding:
 * `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=medlint (rule-id)::message`.
 * Severity 2 is `error`, 1 `warning`, 0 `notice`.
 */

const COMMAND = { 2: 'error', 1: 'warning', 0: 'notice' } as const

/** Escapes a command's message (as @actions/core does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command property's value: the message escapes plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export const github: Formatter = (results, context) => {
  const lines: string[] = []
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd)
    for (const m of result.messages) lines.push(annotation(file, m))
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

function annotation(file: string, m: LintMessage): string {
  const props: [string, string | number][] = [['file', file], ['line', m.line]]
  const sameLine = m.endLine === undefined || m.endLine === m.line
  if (m.endLine !== undefined) props.push(['endLine', m.endLine])
  if (sameLine) {
    props.push(['col', m.column])
    if (m.endColumn !== undefined && m.endLine !== undefined) props.push(['endColumn', m.endColumn])
  }
  const title = m.fatal ? `medlint crash (${m.ruleId ?? 'reader'})` : m.ruleId ? `medlint (${m.ruleId})` : 'medlint'
  props.push(['title', title])
  const command = m.fatal ? 'error' : COMMAND[m.severity]
  return `::${command} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(m.message)}`
}
