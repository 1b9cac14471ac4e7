import type { Element, Root } from 'hast'
import type { ReportDescriptor } from './rule.js'
import type { LintMessage, Post, SuppressedMessage } from './types.js'

/**
 * Inline directives in the content, in the style of html-validate and ESLint:
 *   <!-- medlint-disable rule-a, rule-b -- reason -->   until a matching enable (or the end)
 *   <!-- medlint-enable rule-a -->
 *   <!-- medlint-disable-next rule-a -- reason -->      the next element and its children
 * No rule ids means every rule. Findings are filtered by their offset in the content after the
 * rules ran (as unified-message-control does); a disable that is never closed also covers
 * findings about the post's other fields (categories, title…). Written here rather than with
 * unified-message-control because its "ignore" targets the next sibling node, which in hast is
 * usually a white-space text node.
 */
interface Directive {
  kind: 'disable' | 'enable' | 'disable-next'
  rules: string[]
  reason?: string
  start: number
  end: number
  /** For disable-next: the element it covers. */
  next: Element | undefined
  used: boolean
}

interface Range {
  directive: Directive
  rules: string[] | undefined
  from: number
  to: number
  /** The disable was never closed: it also covers the post's other fields. */
  open: boolean
}

const DIRECTIVE = /^\s*medlint-(disable-next|disable|enable)(?:\s+([\s\S]*?))?\s*$/

export function applyDirectives(
  post: Post,
  messages: LintMessage[],
  knownRules: ReadonlySet<string>,
  note: (text: string, d: Partial<ReportDescriptor>) => LintMessage,
): { kept: LintMessage[]; suppressed: SuppressedMessage[] } {
  const directives = collect(post.content)
  if (!directives.length) return { kept: messages, suppressed: [] }
  const notes: LintMessage[] = []
  const at = (d: Directive) => ({ field: 'content' as const, offset: d.start, endOffset: d.end })

  for (const d of directives) {
    for (const id of d.rules) {
      if (!knownRules.has(id)) notes.push(note(`Unknown rule "${id}" in medlint-${d.kind} directive`, at(d)))
    }
  }

  const ranges: Range[] = []
  const contentEnd = post.contentHtml.length
  directives.forEach((d, i) => {
    if (d.kind === 'disable-next') {
      const next = d.next
      if (!next?.position) {
        notes.push(note('medlint-disable-next directive has no element after it', at(d)))
        return
      }
      ranges.push({ directive: d, rules: d.rules.length ? d.rules : undefined, from: next.position.start.offset ?? 0, to: next.position.end.offset ?? 0, open: false })
      return
    }
    if (d.kind !== 'disable') return
    // Each rule (or "all") stays disabled until an enable naming it (or naming no rules).
    const targets: (string | undefined)[] = d.rules.length ? d.rules : [undefined]
    for (const rule of targets) {
      const close = directives.slice(i + 1).find((e) => e.kind === 'enable' && (e.rules.length === 0 || rule === undefined || e.rules.includes(rule)))
      if (close) close.used = true
      ranges.push({ directive: d, rules: rule === undefined ? undefined : [rule], from: d.end, to: close ? close.start : contentEnd, open: !close })
    }
  })

  const kept: LintMessage[] = []
  const suppressed: SuppressedMessage[] = []
  for (const m of messages) {
    const range = m.ruleId === null || m.fatal ? undefined : ranges.find((r) => covers(r, m))
    if (!range) {
      kept.push(m)
      continue
    }
    range.directive.used = true
    const justification = range.directive.reason
    suppressed.push({ ...m, suppressions: [{ kind: 'inSource', ...(justification ? { justification } : {}) }] })
  }
  for (const d of directives) {
    if (d.used) continue
    if (d.kind === 'enable') notes.push(note('Unused medlint-enable directive: no medlint-disable before it names these rules', at(d)))
    else notes.push(note(`Unused medlint-${d.kind} directive: ${d.rules.length ? `no ${d.rules.join(', ')} problems` : 'no problems'} were reported where it applies`, at(d)))
  }
  return { kept: kept.concat(notes), suppressed }
}

function covers(range: Range, m: LintMessage): boolean {
  if (range.rules && !range.rules.includes(m.ruleId!)) return false
  if (m.field !== 'content' || m.offset === undefined) return range.open
  return m.offset >= range.from && m.offset <= range.to
}

function collect(root: Root): Directive[] {
  const out: Directive[] = []
  const walk = (parent: Root | Element) => {
    parent.children.forEach((node, index) => {
      if (node.type === 'element') walk(node)
      if (node.type !== 'comment' || !node.position) return
      const match = DIRECTIVE.exec(node.value)
      if (!match) return
      const [body, reason] = splitReason(match[2] ?? '')
      const d: Directive = {
        kind: match[1] as Directive['kind'],
        rules: body.split(/[\s,]+/).filter(Boolean),
        start: node.position.start.offset ?? 0,
        end: node.position.end.offset ?? 0,
        next: node.position && match[1] === 'disable-next' ? nextElement(parent, index) : undefined,
        used: false,
      }
      if (reason) d.reason = reason
      out.push(d)
    })
  }
  walk(root)
  return out
}

/** The next element after a directive, skipping white space and other comments. */
function nextElement(parent: Root | Element, index: number): Element | undefined {
  for (const s of parent.children.slice(index + 1)) {
    if (s.type === 'element') return s
    if (s.type === 'comment' || (s.type === 'text' && !s.value.trim())) continue
    return undefined
  }
  return undefined
}

function splitReason(text: string): [string, string | undefined] {
  const i = text.indexOf('--')
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 2).trim() || undefined]
}

