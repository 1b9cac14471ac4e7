import type { Element, Nodes } from 'hast'
import { defineRule } from '../src/rule.js'
import type { Fix } from '../src/types.js'

/** A leading number or letter label: "1.", "2)", "IV.", "a)", "Step 3:", "#4". */
const LABEL_RE = /^\s*(?:(?:step|part|tip|no\.?)\s*\d+\s*[:.)–-]?|\d+(?:\.\d+)*\s*[.):–-]?|[ivxlc]+[.)]|[a-z][.)]|#\d+)\s+/i
/** A trailing parenthetical aside: "Surgical Options (for severe or persistent cases)". */
const ASIDE_RE = /\s*\([^()]*\)\s*[.:]?\s*$/

export default defineRule({
  id: 'heading-emphasis',
  description: 'Headings are not wrapped in <strong>, <b> or <em>',
  category: 'structure',
  severity: 'warn',
  recommended: 'warn',
  options: {
    elements: {
      type: 'string[]',
      default: ['strong', 'b', 'em'],
      description: 'Emphasis elements reported when they wrap a heading\'s text.',
    },
  },
  docs: {
    what:
      'Reports a heading whose text is wrapped in <strong>, <b> or <em>. The heading\'s own text is what counts: a leading number label ("1. ", "Step 2: ") and a trailing aside in parentheses are left out, so "1. <strong>Herniated Disc</strong>" and "<strong>Surgical Options</strong> (for severe cases)" are reported, while one emphasised word inside a heading is not.',
    why:
      'A heading is already marked up as important; wrapping it in <strong> or <em> adds nothing to its meaning, makes screen readers announce extra emphasis on every heading, and hard-codes a look that belongs in the theme\'s CSS (often a leftover from pasting or from styling a heading by hand).',
    sources: [
      'W3C WCAG technique H42 (use h1–h6 to identify headings) and G115 (semantic elements for structure): choose headings for structure, not for their look',
      'HTML Living Standard, the strong and em elements: they mark importance or stress within text, not a whole heading',
    ],
    bad: [
      { html: '<h2><strong>Common causes</strong></h2>\n<p>A slipped disc.</p>' },
      { html: '<h3>1. <strong>Herniated or Bulging Disc</strong></h3>\n<p>A slipped disc.</p>' },
      { html: '<h3>4. <strong>Surgical Options</strong> (for severe or persistent cases)</h3>\n<p>Discectomy.</p>' },
      { html: '<h2><em>When to see a doctor</em></h2>\n<p>If the pain lasts.</p>' },
    ],
    good: [
      { html: '<h2>Common causes</h2>\n<p>A <strong>slipped disc</strong> is the usual cause.</p>' },
      { html: '<h2>Sciatica is <em>not</em> a diagnosis</h2>\n<p>It is a symptom.</p>' },
      { html: '<h2>Treatment with <i>Boswellia serrata</i></h2>\n<p>Evidence is limited.</p>' },
    ],
  },
  check({ post, options, report }) {
    const emphasis = new Set(options.elements.map((e) => e.toLowerCase()))
    const walk = (node: Nodes) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) {
        const found = wrapped(node, emphasis)
        if (found) {
          const tags = [...new Set(found.elements.map((e) => `<${e.tagName}>`))].join(' and ')
          const fix = unwrapFix(post.contentHtml, found.elements)
          report({
            node,
            message: `Unexpected ${tags} around the text of <${node.tagName}> "${found.text}": headings are already emphasised, so remove it and style headings in CSS`,
            ...(fix ? { fix, suggestions: [{ desc: `Remove ${tags} from the heading`, fix }] } : {}),
          })
        }
        return
      }
      if ('children' in node) for (const child of node.children) walk(child as Nodes)
    }
    walk(post.content)
  },
})

interface Wrapped {
  text: string
  /** The outermost emphasis elements covering the heading's text. */
  elements: Element[]
}

/** Whether the heading's own text (number label and trailing aside aside) is all inside emphasis. */
function wrapped(heading: Element, emphasis: ReadonlySet<string>): Wrapped | undefined {
  let text = ''
  const marks: boolean[] = []
  const elements: Element[] = []
  const walk = (node: Nodes, inside: Element | undefined) => {
    if (node.type === 'text') {
      text += node.value
      for (let i = 0; i < node.value.length; i++) marks.push(!!inside)
      return
    }
    if (node.type !== 'element') return
    if (node.tagName === 'br') {
      text += ' '
      marks.push(!!inside)
      return
    }
    let owner = inside
    if (!inside && emphasis.has(node.tagName)) {
      owner = node
      elements.push(node)
    }
    for (const child of node.children) walk(child as Nodes, owner)
  }
  for (const child of heading.children) walk(child as Nodes, undefined)
  if (!elements.length) return undefined
  let start = 0
  let end = text.length
  const label = LABEL_RE.exec(text)
  // Only a label outside the emphasis is set aside ("1. <strong>…</strong>").
  if (label && !marks.slice(0, label[0].trimEnd().length).some(Boolean)) start = label[0].length
  const aside = ASIDE_RE.exec(text.slice(start))
  if (aside && aside.index > 0 && !marks.slice(start + aside.index, end).some(Boolean)) end = start + aside.index
  let letters = 0
  for (let i = start; i < end; i++) {
    const ch = text[i]!
    if (!/[\p{L}\p{N}]/u.test(ch)) continue
    letters++
    if (!marks[i]) return undefined
  }
  if (!letters) return undefined
  return { text: text.slice(start, end).replace(/\s+/g, ' ').trim(), elements }
}

/** A fix that replaces a single emphasis element by its contents, when positions allow. */
function unwrapFix(html: string, elements: Element[]): Fix | undefined {
  if (elements.length !== 1) return undefined
  const el = elements[0]!
  const start = el.position?.start.offset
  const end = el.position?.end.offset
  const first = el.children[0]?.position?.start.offset
  const last = el.children[el.children.length - 1]?.position?.end.offset
  if (start === undefined || end === undefined || first === undefined || last === undefined) return undefined
  if (!html.slice(end - `</${el.tagName}>`.length, end).toLowerCase().startsWith(`</${el.tagName}`)) return undefined
  return { field: 'content', range: [start, end], text: html.slice(first, last) }
}
