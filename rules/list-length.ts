import { defineRule } from '../src/rule.js'
import type { Element } from 'hast'
import { elementText } from '../src/analysis.js'

export default defineRule({
  id: 'list-length',
  description: 'Bulleted or numbered lists too long to take in at once',
  category: 'structure',
  severity: 'info',
  recommended: 'info',
  options: {
    max: { type: 'number', default: 7, min: 2, integer: true, description: 'Most items a list may have without nested sub-lists.' },
    ignoreLinkLists: {
      type: 'boolean',
      default: true,
      description: 'Skip lists whose every item is a single link (tables of contents, "related pages", A–Z indexes): readers scan them rather than read them.',
    },
  },
  docs: {
    what: 'Reports `<ul>` and `<ol>` lists with more than `max` items (7) that are not grouped into sub-lists.',
    why: 'Readers hold about seven items in mind at once; a long flat list of symptoms or instructions is skimmed and its important items missed. Group the items under short sub-headings or nested lists (for example "see a GP if" vs "call 999 if").',
    sources: ['CDC Clear Communication Index item 8: bulleted or numbered lists, of no more than about 7 items', 'Miller, "The magical number seven, plus or minus two", Psychological Review 1956'],
    bad: [{ html: `<p>Symptoms include:</p>\n<ul>${['pain', 'numbness', 'tingling', 'weakness', 'cramps', 'burning', 'stiffness', 'swelling', 'fever'].map((s) => `<li>${s}</li>`).join('')}</ul>` }],
    good: [
      { html: `<p>Symptoms include:</p>\n<ul>${['pain', 'numbness', 'tingling', 'weakness', 'stiffness'].map((s) => `<li>${s}</li>`).join('')}</ul>` },
      {
        html: `<ul><li>Common<ul>${['pain', 'numbness', 'tingling', 'weakness'].map((s) => `<li>${s}</li>`).join('')}</ul></li><li>Serious<ul>${['loss of bladder control', 'numbness around the bottom', 'weakness in both legs', 'fever'].map((s) => `<li>${s}</li>`).join('')}</ul></li></ul>`,
      },
      { html: `<ul>${'abcdefghij'.split('').map((c) => `<li><a href="/conditions/${c}/">Conditions starting with ${c.toUpperCase()}</a></li>`).join('')}</ul>` },
    ],
  },
  check({ post, options, report }) {
    const visit = (node: Element | import('hast').Root) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue
        if (child.tagName === 'ul' || child.tagName === 'ol') checkList(child)
        visit(child)
      }
    }
    const checkList = (list: Element) => {
      const items = list.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li')
      if (items.length <= options.max) return
      const nested = items.some((li) => li.children.some((c) => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')))
      if (nested) return
      if (options.ignoreLinkLists && items.every((li) => isSingleLink(li))) return
      report({
        node: list,
        message: `This list has ${items.length} items, more than ${options.max}: group them under short sub-headings or nested lists, or keep the ones that matter most`,
      })
    }
    visit(post.content)
  },
})

function isSingleLink(li: Element): boolean {
  const text = elementText(li)
  const links = li.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a')
  return links.length === 1 && elementText(links[0]!) === text && text.length > 0
}
