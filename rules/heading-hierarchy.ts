import { defineRule } from '../src/rule.js'
import type { Block } from '../src/analysis.js'
import type { Fix } from '../src/types.js'

export default defineRule({
  id: 'heading-hierarchy',
  description: 'Headings step down one level at a time, are not empty, and leave h1 to the theme title',
  category: 'structure',
  severity: 'error',
  recommended: 'error',
  options: {
    titleIsH1: {
      type: 'boolean',
      default: true,
      description: 'The theme prints the post title as the page\'s h1, so the content starts at h2 and an h1 in the content is a second h1.',
    },
    allowEmpty: { type: 'boolean', default: false, description: 'Allow headings with no text (e.g. icon-only headings).' },
  },
  docs: {
    what: 'Reports headings that skip a level (an h2 followed by an h4), an h1 inside the content when the theme already prints the title as the h1, and headings with no text.',
    why: 'Screen-reader users navigate health articles by headings; a skipped level or a second h1 breaks that outline, and search engines read the same outline to understand the page.',
    sources: [
      'WCAG 2.2 SC 1.3.1 Info and Relationships and SC 2.4.6 Headings and Labels; W3C technique H42',
      'Yoast SEO SingleH1 assessment (one h1 per page, the title)',
    ],
    bad: [
      { html: '<h2>Symptoms</h2>\n<p>Pain that spreads down the leg.</p>\n<h4>Numbness</h4>\n<p>Tingling in the foot.</p>' },
      { html: '<h1>Back pain</h1>\n<p>Back pain is common.</p>' },
      { html: '<h2>Treatment</h2>\n<p>Rest helps.</p>\n<h2> </h2>\n<p>More text.</p>' },
    ],
    good: [
      { html: '<h2>Symptoms</h2>\n<h3>Numbness</h3>\n<p>Tingling in the foot.</p>\n<h2>Treatment</h2>\n<p>Rest helps.</p>' },
      { html: '<h1>Back pain</h1>\n<h2>Symptoms</h2>\n<p>Pain.</p>', options: { titleIsH1: false } },
    ],
  },
  check({ post, options, analysis, report }) {
    // The rank the content starts below: the title's h1 when the theme prints it.
    let previous = options.titleIsH1 || post.titleInContent ? 1 : 0
    let titleSeen = false
    const headings = analysis.headings
    headings.forEach((heading, k) => {
      const rank = heading.rank!
      const isTitle = post.titleInContent && rank === 1 && !titleSeen
      if (isTitle) titleSeen = true
      if (!options.allowEmpty && !heading.text.trim() && !hasImageAlt(heading.node)) {
        report({ node: heading.node, message: `Unexpected empty <h${rank}>: give the heading text or remove it` })
      }
      if (rank === 1 && !isTitle && (options.titleIsH1 || post.titleInContent)) {
        report({
          node: heading.node,
          message: `Unexpected <h1> in the content, expected <h2>: the theme prints the post title as the page's h1`,
        })
      } else if (rank > previous + 1) {
        const after = previous === 0 ? 'as the first heading' : previous === 1 && !analysisHasH1Before(heading.index, analysis.headings) ? 'after the title (the page\'s h1)' : `after <h${previous}>`
        const fix = relevel(post.contentHtml, headings, k, rank - (previous + 1))
        report({
          node: heading.node,
          message: `Unexpected <h${rank}> ${after}, expected <h${previous + 1}>: heading levels must not be skipped`,
          ...(fix ? { fix } : {}),
        })
      }
      previous = rank
    })
  },
})

/**
 * The structural fix for a skipped level: move the heading at `k`, and the headings after it at
 * its rank or deeper (its subsection), up by `delta` levels. One edit over the whole run, so the
 * outline under the heading keeps its shape. Undefined when positions are missing.
 */
function relevel(html: string, headings: readonly Block[], k: number, delta: number): Fix | undefined {
  const first = headings[k]!
  const rank = first.rank!
  const run: Block[] = []
  for (let j = k; j < headings.length && headings[j]!.rank! >= rank; j++) run.push(headings[j]!)
  const start = first.node.position?.start.offset
  const end = run[run.length - 1]!.node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  let text = ''
  let at = start
  for (const h of run) {
    const hs = h.node.position?.start.offset
    const he = h.node.position?.end.offset
    if (hs === undefined || he === undefined) return undefined
    const source = html.slice(hs, he)
    const to = h.rank! - delta
    const open = new RegExp(`^<h${h.rank}(?=[\\s>/])`, 'i')
    const close = new RegExp(`</h${h.rank}\\s*>$`, 'i')
    // Only fix what is plainly written: an opening and a closing tag in the source.
    if (!open.test(source) || !close.test(source)) return undefined
    text += html.slice(at, hs) + source.replace(open, `<h${to}`).replace(close, `</h${to}>`)
    at = he
  }
  return { field: 'content', range: [start, end], text }
}

function hasImageAlt(node: import('hast').Element): boolean {
  return node.children.some(
    (c) => c.type === 'element' && ((c.tagName === 'img' && typeof c.properties['alt'] === 'string' && c.properties['alt'].trim() !== '') || hasImageAlt(c)),
  )
}

function analysisHasH1Before(index: number, headings: readonly { index: number; rank?: number }[]): boolean {
  return headings.some((h) => h.index < index && h.rank === 1)
}
