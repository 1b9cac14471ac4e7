import type { Analysis } from '../../src/analysis.js'
import { stem } from '../../src/text.js'
import { TOPICS, type Topic } from './topics.js'

/** Lower-case word stems of a text: possessive 's dropped, hyphenated words split ("self-harm" → self, harm). */
export function stemWords(text: string): string[] {
  let lower = text.toLowerCase()
  // Most texts have no possessive: skip the replacement pass for them.
  if (lower.includes("'s") || lower.includes('’s')) lower = lower.replace(/['’]s(?![\p{L}\p{N}])/gu, '')
  const words = lower.match(/[\p{L}\p{N}]+/gu)
  if (!words) return []
  for (let i = 0; i < words.length; i++) words[i] = stem(words[i]!)
  return words
}

interface Entry {
  topic: string
  term: string
  stems: string[]
  /** Counts as evidence in content (false for name-only words such as "blood"). */
  evidence: boolean
}

/** A lexicon compiled for matching: phrases indexed by their first stem. */
export interface Lexicon {
  topics: Readonly<Record<string, Topic>>
  byFirst: Map<string, Entry[]>
}

/** Extensions users give in the rule's `topics` option. */
export type TopicExtensions = Readonly<Record<string, unknown>>

const compiled = new Map<string, Lexicon>()

/** The built-in lexicon with the user's extensions merged in (new topics, extra terms), compiled once per shape. */
export function lexicon(extensions: TopicExtensions = {}): Lexicon {
  const key = JSON.stringify(extensions)
  let lex = compiled.get(key)
  if (lex) return lex
  const topics: Record<string, Topic> = {}
  for (const [id, t] of Object.entries(TOPICS)) topics[id] = { label: t.label, terms: [...t.terms], names: [...(t.names ?? [])], related: [...(t.related ?? [])] }
  for (const [id, raw] of Object.entries(extensions)) {
    const ext = raw as { label?: string; terms?: string[]; names?: string[]; related?: string[] }
    const base = topics[id]
    topics[id] = {
      label: ext.label ?? base?.label ?? id,
      terms: [...(base?.terms ?? []), ...(ext.terms ?? []).map((t) => t.toLowerCase())],
      names: [...(base?.names ?? []), ...(ext.names ?? []).map((t) => t.toLowerCase())],
      related: [...(base?.related ?? []), ...(ext.related ?? [])],
    }
  }
  const byFirst = new Map<string, Entry[]>()
  const add = (topic: string, term: string, evidence: boolean) => {
    const stems = stemWords(term)
    if (!stems.length) return
    const list = byFirst.get(stems[0]!) ?? []
    list.push({ topic, term, stems, evidence })
    byFirst.set(stems[0]!, list)
  }
  for (const [id, t] of Object.entries(topics)) {
    for (const term of t.terms) add(id, term, true)
    for (const name of t.names ?? []) add(id, name, false)
  }
  // Longest phrases first, so "blood sugar" wins over a one-word term at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length)
  lex = { topics, byFirst }
  if (compiled.size > 20) compiled.clear()
  compiled.set(key, lex)
  return lex
}

export interface TermHit {
  topic: string
  term: string
  /** Index of the first word of the hit in the stem list. */
  at: number
}

/**
 * Every lexicon phrase in a list of stems, longest match first and without overlaps.
 * `names` also matches the name-only words (for category and tag names).
 */
export function findTerms(stems: readonly string[], lex: Lexicon, names = false): TermHit[] {
  const hits: TermHit[] = []
  let i = 0
  while (i < stems.length) {
    const list = lex.byFirst.get(stems[i]!)
    let advance = 1
    if (list) {
      let matchedLength = 0
      for (const e of list) {
        if (!names && !e.evidence) continue
        if (matchedLength && e.stems.length < matchedLength) break
        if (e.stems.every((s, k) => stems[i + k] === s)) {
          matchedLength = e.stems.length
          hits.push({ topic: e.topic, term: e.term, at: i })
        }
      }
      if (matchedLength) advance = matchedLength
    }
    i += advance
  }
  return hits
}

/** Topics a category or tag name names (its words match a term or a topic name). */
export function topicsNamedBy(name: string, lex: Lexicon): Set<string> {
  return new Set(findTerms(stemWords(name), lex, true).map((h) => h.topic))
}

export interface TopicScore {
  topic: string
  /** Weighted mentions in the title, headings and body. */
  content: number
  /** Tags that mention the topic. */
  tags: number
  /** The title mentions the topic. */
  inTitle: boolean
  /** Mentions per term, for messages ("sciatica", "spinal"…). */
  terms: Map<string, number>
}

/** How much a post talks about each topic. Title mentions weigh 3, headings 2, body text 1. */
export interface TopicProfile {
  scores: Map<string, TopicScore>
  /** Topics by content score, highest first. */
  ranked: TopicScore[]
}

export const WEIGHTS = { title: 3, heading: 2, body: 1 } as const

/** The post's topic profile for a lexicon, computed once per post and lexicon. */
export function topicProfile(analysis: Analysis, lex: Lexicon, key = 'default'): TopicProfile {
  return analysis.shared(`topic-profile:${key}`, (a) => {
    const scores = new Map<string, TopicScore>()
    const score = (topic: string) => {
      let s = scores.get(topic)
      if (!s) scores.set(topic, (s = { topic, content: 0, tags: 0, inTitle: false, terms: new Map() }))
      return s
    }
    const count = (text: string, weight: number, title = false) => {
      for (const hit of findTerms(stemWords(text), lex)) {
        const s = score(hit.topic)
        s.content += weight
        if (title) s.inTitle = true
        s.terms.set(hit.term, (s.terms.get(hit.term) ?? 0) + 1)
      }
    }
    count(a.post.title, WEIGHTS.title, true)
    for (const block of a.blocks) {
      if (!block.text || block.kind === 'pre') continue
      // The first h1 of HTML input is the title, counted above.
      if (a.post.titleInContent && block.rank === 1 && block === a.headings[0]) continue
      count(block.text, block.kind === 'heading' ? WEIGHTS.heading : WEIGHTS.body)
    }
    for (const tag of a.post.tags) {
      const named = new Set(findTerms(stemWords(tag.name || tag.slug.replace(/-/g, ' ')), lex).map((h) => h.topic))
      for (const topic of named) score(topic).tags++
    }
    const ranked = [...scores.values()].sort((x, y) => y.content - x.content || x.topic.localeCompare(y.topic))
    return { scores, ranked }
  })
}

/** The most frequent terms of a topic in the post, for messages. */
export function topTerms(score: TopicScore | undefined, n = 3): string[] {
  if (!score) return []
  return [...score.terms.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([t]) => t)
}
