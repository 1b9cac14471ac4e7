import type { Analysis, Block } from '../../src/analysis.js'
import type { Post } from '../../src/types.js'

/** Month names and abbreviations, for dates written out in the text. */
const MONTHS: Record<string, number> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10, november: 10,
  dec: 11, december: 11,
}
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'

/**
 * A date as editors write it: `12 March 2024`, `March 12, 2024`, `March 2024`, `2024-03-12`.
 * Numeric day/month forms (`03/04/2024`) are ambiguous between locales and are not read.
 */
export const DATE_PATTERN = `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|${MONTH},?\\s+\\d{4})`

/** Parses a date written as DATE_PATTERN matches (UTC midnight), or an ISO date-time. */
export function parseDateText(text: string): Date | undefined {
  const t = text.trim().toLowerCase()
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[t ][\d:.]+(?:z|[+-]\d\d:?\d\d)?)?$/.exec(t)
  if (m) {
    if (t.length > 10) {
      const d = new Date(/z|[+-]\d\d:?\d\d$/.test(t) ? t : `${t}Z`)
      return Number.isNaN(d.getTime()) ? undefined : d
    }
    return utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  }
  m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})$`).exec(t)
  if (m) return utc(Number(m[3]), month(m[2]!), Number(m[1]))
  m = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`).exec(t)
  if (m) return utc(Number(m[3]), month(m[1]!), Number(m[2]))
  m = new RegExp(`^${MONTH},?\\s+(\\d{4})$`).exec(t)
  if (m) return utc(Number(m[2]), month(m[1]!), 1)
  return undefined
}

function month(name: string): number {
  return MONTHS[name.replace(/\.$/, '')] ?? Number.NaN
}

function utc(y: number, mo: number, d: number): Date | undefined {
  if (!Number.isFinite(mo) || d < 1 || d > 31) return undefined
  const date = new Date(Date.UTC(y, mo, d))
  return date.getUTCMonth() === mo ? date : undefined
}

/** `YYYY-MM-DD` of a date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth())
  if (to.getUTCDate() < from.getUTCDate()) months--
  return months
}

/**
 * "Now" for rules that measure age: the `now` option when set (an ISO date), else the current
 * date. Tests pass a fixed date; nothing else reads the clock.
 */
export function resolveNow(option: string): Date {
  if (!option) return new Date()
  const d = parseDateText(option)
  if (!d) throw new Error(`Option "now" is not a date: ${JSON.stringify(option)} (expected YYYY-MM-DD)`)
  return d
}

/** Every object in a JSON-LD value (the graph and nested nodes), depth first. */
export function schemaNodes(schema: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = []
  const seen = new Set<unknown>()
  const walk = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || seen.has(v) || depth > 12) return
    seen.add(v)
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1)
      return
    }
    out.push(v as Record<string, unknown>)
    for (const x of Object.values(v)) walk(x, depth + 1)
  }
  walk(schema, 0)
  return out
}

function schemaName(value: unknown, nodes: Record<string, unknown>[]): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined
  if (Array.isArray(value)) {
    for (const v of value) {
      const n = schemaName(v, nodes)
      if (n) return n
    }
    return undefined
  }
  if (!value || typeof value !== 'object') return undefined
  const o = value as Record<string, unknown>
  if (typeof o['name'] === 'string' && o['name'].trim()) return o['name'].trim()
  const id = o['@id']
  if (typeof id === 'string') {
    const target = nodes.find((n) => n['@id'] === id && n !== o)
    if (target && typeof target['name'] === 'string' && target['name'].trim()) return target['name'].trim()
    return id
  }
  return undefined
}

export interface ReviewInfo {
  reviewer?: { name: string; from: 'content' | 'schema'; block?: Block }
  reviewed?: { date: Date; text: string; from: 'content' | 'schema'; block?: Block; at?: number }
  /** "Next review due" date, when the page states one. */
  nextReview?: { date: Date; text: string; block: Block; at: number }
}

/** "reviewed by", "Medically reviewed by", "Fact checked by"… (any case), followed by a capitalised name. */
const REVIEWED_BY_RE = /\b(?:reviewed|checked|verified|approved)\s+by:?\s+/giu
const REVIEWER_LABEL_RE = /\b(?:medical|clinical|expert)\s+reviewer:?\s+/giu
const NAME_RE = /^((?:(?:Dr|Prof|Professor|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|del|la|le))*)/u

function findReviewer(text: string): string | undefined {
  for (const re of [REVIEWED_BY_RE, REVIEWER_LABEL_RE]) {
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(text))) {
      const name = NAME_RE.exec(text.slice(m.index + m[0].length))
      if (name) return name[1]!.trim()
    }
  }
  return undefined
}
const REVIEW_DATE_RE = new RegExp(
  `\\b(?:(?:page|content|article|information|medically|clinically)\\s+)?(?:last\\s+)?(?:reviewed|review\\s+date|date\\s+of\\s+(?:last\\s+)?review|reviewed\\s+on|last\\s+review)(?:\\s+on)?\\s*[:\\-–]?\\s*(${DATE_PATTERN})`,
  'iu',
)
const NEXT_REVIEW_RE = new RegExp(`\\bnext\\s+review(?:\\s+(?:due|date))?(?:\\s+(?:on|by))?\\s*[:\\-–]?\\s*(${DATE_PATTERN})`, 'iu')

/** A word that REVIEWED_BY_RE, REVIEWER_LABEL_RE, REVIEW_DATE_RE and NEXT_REVIEW_RE all need one of (same flags). */
const REVIEW_WORD_RE = /review|checked|verified|approved/iu

/** Reviewer and review dates stated in the content or in the SEO plugin's schema graph. */
export function reviewInfo(analysis: Analysis): ReviewInfo {
  return analysis.shared('meta:review', (a) => {
    const info: ReviewInfo = {}
    for (const block of a.blocks) {
      if (!block.text) continue
      // Every pattern below needs one of these words: skip the four scans on the other blocks.
      if (!REVIEW_WORD_RE.test(block.text)) continue
      if (!info.reviewer) {
        const name = findReviewer(block.text)
        if (name) info.reviewer = { name, from: 'content', block }
      }
      const next = NEXT_REVIEW_RE.exec(block.text)
      if (next && !info.nextReview) {
        const date = parseDateText(next[1]!)
        if (date) info.nextReview = { date, text: next[1]!, block, at: next.index + next[0].indexOf(next[1]!) }
      }
      // Look for the review date outside the "next review" phrase.
      const scan = next ? block.text.slice(0, next.index) + ' '.repeat(next[0].length) + block.text.slice(next.index + next[0].length) : block.text
      const r = REVIEW_DATE_RE.exec(scan)
      if (r) {
        const date = parseDateText(r[1]!)
        if (date && (!info.reviewed || date > info.reviewed.date)) {
          info.reviewed = { date, text: r[1]!, from: 'content', block, at: r.index + r[0].lastIndexOf(r[1]!) }
        }
      }
    }
    const nodes = schemaNodes(a.post.seo.schema)
    for (const node of nodes) {
      if (!info.reviewer && node['reviewedBy'] !== undefined) {
        const name = schemaName(node['reviewedBy'], nodes)
        if (name) info.reviewer = { name, from: 'schema' }
      }
      if (typeof node['lastReviewed'] === 'string') {
        const date = parseDateText(node['lastReviewed'])
        if (date && (!info.reviewed || (info.reviewed.from === 'schema' && date > info.reviewed.date))) {
          info.reviewed = { date, text: node['lastReviewed'], from: 'schema' }
        }
      }
    }
    return info
  })
}

/** The author's name from the schema graph (`author` of the article or page, resolved by @id). */
export function schemaAuthorName(post: Post): string | undefined {
  const nodes = schemaNodes(post.seo.schema)
  for (const node of nodes) {
    const type = node['@type']
    const types = Array.isArray(type) ? type : [type]
    if (!types.some((t) => typeof t === 'string' && /Article|WebPage|BlogPosting|MedicalWebPage/.test(t))) continue
    if (node['author'] === undefined) continue
    const name = schemaName(node['author'], nodes)
    if (name && !/^https?:/.test(name)) return name
  }
  return undefined
}
