import type { Element, Nodes } from 'hast'
import type { Analysis, Block } from '../src/analysis.js'
import { defineRule } from '../src/rule.js'
import type { Fix } from '../src/types.js'
import { phraseRegExp } from '../src/text.js'
import { EMERGENCY_NUMBERS, numbersFor } from './data/emergency-numbers.js'
import { ACTION_PATTERNS, NUMBER_IN_ACTION_RE, RED_FLAGS, URGENT_HEADING_RE, type RedFlag } from './data/red-flags.js'

const ACTION_RE = new RegExp(ACTION_PATTERNS.map((p) => `(?:${p})`).join('|'), 'iu')
const FLAG_RES = new Map(RED_FLAGS.map((f) => [f.id, new RegExp(`(?<![\\p{L}\\p{N}])(?:${f.patterns.map((p) => `(?:${p})`).join('|')})`, 'iu')]))
const CONTEXT_RES = new Map(RED_FLAGS.filter((f) => f.context).map((f) => [f.id, new RegExp(f.context!, 'iu')]))
const KEYWORD_RES = new Map(RED_FLAGS.map((f) => [f.id, phraseRegExp(f.keywords, 'iu')]))
/** "(a medical emergency)": names the urgency without saying what to do. */
const EMERGENCY_LABEL_RE = /\b(?:a\s+)?(?:medical\s+)?emergency\b/i

export default defineRule({
  id: 'emergency-guidance',
  description: 'Red-flag symptoms come with an instruction to call the emergency number or go to the emergency department',
  category: 'medical',
  severity: 'error',
  recommended: 'error',
  ymyl: 'error',
  options: {
    ignore: {
      type: 'string[]',
      default: [],
      description: `Red-flag ids not to check: ${RED_FLAGS.map((f) => f.id).join(', ')}.`,
    },
    actionPhrases: {
      type: 'string[]',
      default: [],
      description: 'Extra wordings that count as an emergency instruction on your site (e.g. the name of your own urgent-care line).',
    },
  },
  docs: {
    what:
      'Reports a red-flag symptom (cauda equina signs, heart attack, stroke, anaphylaxis, severe hypoglycaemia and DKA, meningitis, suicidal thoughts or self-harm, severe bleeding) that the post mentions without an actionable emergency instruction covering it: call the emergency number (911, 999, 112, 000, 111…), a crisis line for suicidal thoughts, or go to the emergency room / A&E now, in the same paragraph, list or section, or in a section elsewhere that gives the instruction and names the same kind of symptom. Calling a symptom "a medical emergency" is not an instruction. It also reports, at warning level, an emergency number that is wrong for the site\'s `locale` (999 on a US site).',
    why:
      'A reader with a red-flag symptom needs to know what to do now; "seek medical attention" can mean a GP appointment next week, and delays in cauda equina syndrome, stroke or anaphylaxis cause permanent harm or death. A number from another country does not connect.',
    sources: [
      ...RED_FLAGS.map((f) => `${f.condition}: ${f.source}`),
      'CDC Clear Communication Index item 14: tell readers when and how to contact a provider',
      'Emergency numbers: EU 112 (europa.eu/112), US 911 and 988 (FCC, SAMHSA), UK 999 and NHS 111, Australia 000, New Zealand 111',
    ],
    bad: [
      {
        html: '<h2>When to see a doctor</h2>\n<p>Seek medical attention if you experience:</p>\n<ul>\n<li>Severe, persistent back and leg pain</li>\n<li>Loss of bladder or bowel control (a medical emergency)</li>\n</ul>',
        post: { title: { rendered: 'Sciatica and lower back pain' } },
      },
      { html: '<p>Signs of a stroke include a face that has dropped on one side, arm weakness and slurred speech.</p>' },
      { html: '<p>If you have suicidal thoughts, talk to someone you trust.</p>' },
      { html: '<p>Anaphylaxis is a severe allergic reaction. Call 999 if you think someone is having one.</p>', settings: { locale: 'en-US' } },
    ],
    good: [
      {
        html: '<h2>When to see a doctor</h2>\n<ul>\n<li>Loss of bladder or bowel control: call 911 or go to the emergency room now.</li>\n</ul>',
        post: { title: { rendered: 'Sciatica and lower back pain' } },
      },
      {
        html: '<h2>Symptoms</h2>\n<p>Chest pain that spreads to your arm or jaw, with sweating or feeling sick.</p>\n<h2>When to get help</h2>\n<p>Call 999 if the pain spreads to your arm, jaw or back.</p>',
        settings: { locale: 'en-GB' },
      },
      {
        html: '<h2>Call 999 or go to A&amp;E now if:</h2>\n<ul>\n<li>you have weakness of the face, arms or legs, or speech problems</li>\n<li>your face has dropped on one side</li>\n</ul>',
        settings: { locale: 'en-GB' },
      },
      { html: '<p>If you are having suicidal thoughts, call or text 988 to reach the 988 Suicide &amp; Crisis Lifeline.</p>' },
    ],
    notes:
      'Red flags that are common chronic symptoms elsewhere (bladder and bowel problems) count only in posts that give their context (back pain or sciatica for cauda equina signs, diabetes or insulin for hypoglycaemia and DKA). "See a doctor" and "seek medical attention" are not emergency instructions. The number suggested comes from `locale` (en-US 911, en-GB 999, en-AU 000, en-NZ 111, en-IE 112 or 999; other regions 112); NHS 111 counts as an instruction for en-GB.',
  },
  check({ post, options, settings, analysis, report }) {
    const numbers = numbersFor(settings.locale)
    const ignore = new Set(options.ignore)
    const extra = options.actionPhrases.length ? phraseRegExp(options.actionPhrases, 'iu') : undefined
    const hasAction = (text: string) => ACTION_RE.test(text) || !!extra?.test(text)
    const blocks = analysis.blocks.filter((b) => b.text && b.kind !== 'pre')
    const actionBlocks = new Set(blocks.filter((b) => hasAction(b.text)))
    const listOf = listParents(analysis)

    // Title and text, joined once for the context tests of the red flags that need one.
    let contextText: string | undefined
    for (const flag of RED_FLAGS) {
      if (ignore.has(flag.id)) continue
      const context = CONTEXT_RES.get(flag.id)
      if (context && !context.test((contextText ??= `${post.title}\n${analysis.text}`))) continue
      const re = FLAG_RES.get(flag.id)!
      const reported = new Set<number>()
      for (const block of blocks) {
        if (block.kind === 'heading') continue
        const m = re.exec(block.text)
        if (!m) continue
        if (reported.has(block.section)) continue
        if (covered(flag, block, analysis, actionBlocks, listOf)) continue
        reported.add(block.section)
        const offset = analysis.sourceOffset(block, m.index)
        const last = analysis.sourceOffset(block, m.index + m[0].length - 1)
        const phrase = m[0].replace(/\s+/g, ' ')
        const shown = phrase.charAt(0).toUpperCase() + phrase.slice(1)
        const labelled = EMERGENCY_LABEL_RE.test(block.text) ? '; calling it "a medical emergency" does not tell readers what to do' : ''
        const instruction =
          flag.kind === 'crisis'
            ? `give a crisis line next to it (${numbers.crisis}, or call ${numbers.emergency} if in immediate danger)`
            : `tell readers to call ${numbers.emergency} or go to ${numbers.department} now if it happens`
        const line =
          flag.kind === 'crisis'
            ? `If you are thinking about suicide or self-harm, ${numbers.crisis}, or call ${numbers.emergency} if you are in immediate danger.`
            : `If this happens, call ${numbers.emergency} or go to ${numbers.department} now.`
        const fix = insertBeforeClose(post.contentHtml, block, ` <strong>${line.replace(/&/g, '&amp;')}</strong>`)
        report({
          ...(offset !== undefined ? { offset, endOffset: last !== undefined && last >= offset ? last + 1 : offset } : { node: block.node }),
          message: `"${shown}" can be a sign of ${flag.condition} but has no emergency instruction${labelled}: ${instruction}`,
          ...(fix ? { suggestions: [{ desc: `Add "${line}" after the symptom`, fix }] } : {}),
        })
      }
    }

    // Numbers that do not work in the site's country.
    const valid = new Set([...numbers.emergency.split(/\s+or\s+/), ...numbers.alsoValid, ...numbers.crisisNumbers])
    for (const block of blocks) {
      NUMBER_IN_ACTION_RE.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = NUMBER_IN_ACTION_RE.exec(block.text))) {
        const number = m[1]!
        if (valid.has(number)) continue
        const at = m.index + m[0].lastIndexOf(number)
        const offset = analysis.sourceOffset(block, at)
        report({
          severity: 'warn',
          ...(offset !== undefined ? { offset, endOffset: offset + number.length } : { node: block.node }),
          message: `${number} is the emergency number for ${EMERGENCY_NUMBERS[number] ?? 'another country'}, but the site's locale is ${settings.locale}: tell readers to call ${numbers.emergency} (or set \`locale\` to the readers' country)`,
        })
      }
    }
  },
})

/**
 * A content suggestion: `text` inserted just before the block's closing tag (inside the list item
 * or paragraph that names the red flag). Undefined when the source has no plain closing tag.
 */
function insertBeforeClose(html: string, block: Block, text: string): Fix | undefined {
  const end = block.node.position?.end.offset
  if (end === undefined) return undefined
  const close = new RegExp(`</${block.node.tagName}\\s*>$`, 'i').exec(html.slice(0, end))
  if (!close) return undefined
  return { field: 'content', range: [close.index, close.index], text }
}

/** Whether an emergency instruction covers the red flag in `block`. */
function covered(flag: RedFlag, block: Block, analysis: Analysis, actions: ReadonlySet<Block>, listOf: Map<Element, Element>): boolean {
  if (actions.has(block)) return true
  // The same list ("Call 999 if you have: <ul>…").
  const list = listOf.get(block.node)
  if (list) for (const b of actions) if (listOf.get(b.node) === list) return true
  // The same section, its heading, or the heading of an enclosing section ("Call 999 or go to A&E now if:").
  const sections = analysis.sections
  let index = block.section
  const own = sections[index]
  if (own?.blocks.some((b) => actions.has(b))) return true
  while (index >= 0) {
    const s = sections[index]
    if (!s) break
    if (s.heading && actions.has(s.heading)) return true
    index = s.parent
  }
  // A section elsewhere that gives an instruction and names the same kind of symptom.
  const keywords = KEYWORD_RES.get(flag.id)!
  for (const s of sections) {
    const withAction = (s.heading && actions.has(s.heading)) || s.blocks.some((b) => actions.has(b))
    if (!withAction) continue
    const urgent = s.heading ? URGENT_HEADING_RE.test(s.heading.text) : false
    const naming = s.blocks.filter((b) => keywords.test(b.text))
    if (naming.some((b) => actions.has(b)) || (urgent && (naming.length > 0 || keywords.test(s.heading!.text)))) return true
  }
  return false
}

/** The list element (ul/ol) each list item's node belongs to, computed once per post. */
function listParents(analysis: Analysis): Map<Element, Element> {
  return analysis.shared('emergency:lists', (a) => {
    const map = new Map<Element, Element>()
    const walk = (node: Nodes, list: Element | undefined) => {
      if (node.type !== 'element' && node.type !== 'root') return
      if (node.type === 'element') {
        if (node.tagName === 'li' && list) map.set(node, list)
        if (node.tagName === 'ul' || node.tagName === 'ol') list = node
      }
      for (const child of node.children) walk(child as Nodes, list)
    }
    walk(a.post.content, undefined)
    return map
  })
}
