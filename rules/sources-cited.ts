import { defineRule } from '../src/rule.js'
import { AUTHORITATIVE_DOMAINS, REFERENCE_HEADINGS, hostMatches } from './data/meta-domains.js'

const LABEL = new RegExp(`^(?:${REFERENCE_HEADINGS.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\s*:?$`, 'i')
const LEADING_LABEL = new RegExp(`^(?:${REFERENCE_HEADINGS.map((h) => h.replace(/\s+/g, '\\s+')).join('|')})\\s*:`, 'i')

export default defineRule({
  id: 'sources-cited',
  description: 'Health advice cites authoritative sources: links to them or a References section',
  category: 'trust',
  severity: 'warn',
  recommended: 'warn',
  ymyl: 'error',
  options: {
    minSources: {
      type: 'number',
      default: 2,
      min: 1,
      integer: true,
      description: 'Fewest distinct links to authoritative sources that count as citing sources (a References section always counts).',
    },
    domains: {
      type: 'string[]',
      default: AUTHORITATIVE_DOMAINS,
      description: 'Authoritative hosts; a leading dot makes a suffix (".gov"). Replaces the built-in list.',
    },
    extraDomains: {
      type: 'string[]',
      default: [],
      description: 'Hosts added to `domains` (your own evidence library, a national agency…).',
    },
  },
  docs: {
    what: 'Reports a post that links to fewer than `minSources` authoritative sources (public-health agencies, guideline bodies, research indexes, journals) and has no References, Sources or Bibliography section or footnotes. Links to the post\'s own site do not count.',
    why: 'Readers and quality raters judge health information by whether its claims can be traced to evidence. JAMA\'s attribution benchmark, HONcode principle 4 and DISCERN question 4 all ask for the sources of the information to be given.',
    sources: [
      'Silberg, Lundberg, Musacchio, JAMA 1997;277:1244: Attribution (references and sources for all content)',
      'HONcode principle 4, Attribution: cite the source of published information',
      'DISCERN question 4: is it clear what sources of information were used?',
      'AutoDiscern (Kinkead et al. 2020): a References/Citations/Bibliography heading as a proxy for DISCERN Q4',
    ],
    bad: [
      {
        html: '<p>Sciatica is pain that travels from the lower back down the leg.</p>\n<p>Most cases improve within six weeks with gentle exercise.</p>',
      },
      {
        html: '<p>Most cases improve within six weeks, according to <a href="https://www.example-wellness-blog.com/sciatica">this article</a>.</p>',
      },
    ],
    good: [
      {
        html: '<p>Most cases improve within six weeks.</p>\n<h2>References</h2>\n<ol><li>Koes BW et al. Diagnosis and treatment of sciatica. BMJ 2007;334:1313.</li></ol>',
      },
      {
        html: '<p>Most cases improve within six weeks (<a href="https://www.nice.org.uk/guidance/ng59">NICE NG59</a>; <a href="https://pubmed.ncbi.nlm.nih.gov/17585160/">Koes 2007</a>).</p>',
      },
      {
        html: '<p>Most cases improve within six weeks (<a href="https://evidence.example.org/sciatica">our evidence review</a>, <a href="https://www.cdc.gov/">CDC</a>).</p>',
        options: { extraDomains: ['evidence.example.org'] },
      },
    ],
    notes:
      'A heading or leading label such as "References", "Sources:" or "Bibliography", or a WordPress footnotes block, counts as a References section whatever its links. The built-in domain list is deliberately conservative; sites with their own evidence library add it with `extraDomains`. On the NHS pages the rule reports most pages: they link only to other nhs.uk pages and list no sources in the text, which is a true finding.',
  },
  check({ options, analysis, report }) {
    const hasSection = analysis.blocks.some((b) => {
      if (b.kind === 'heading') return LABEL.test(b.text.trim())
      return (b.kind === 'paragraph' || b.kind === 'other') && LEADING_LABEL.test(b.text.trim())
    })
    if (hasSection || hasFootnotes(analysis.post.content)) return
    const domains = [...options.domains, ...options.extraDomains]
    const own = analysis.siteHost
    const cited = new Set<string>()
    for (const link of analysis.links) {
      if (!link.host || link.host === own) continue
      if (hostMatches(link.host, domains)) cited.add(link.href.replace(/#.*$/, ''))
    }
    if (cited.size >= options.minSources) return
    const found = cited.size === 0 ? 'no links to authoritative sources' : `${cited.size} link${cited.size === 1 ? '' : 's'} to authoritative sources (fewer than ${options.minSources})`
    report({
      atEnd: true,
      message: `The post has ${found} and no References section: cite the guidelines or studies the advice rests on, as links or a References list`,
    })
  },
})

function hasFootnotes(root: import('hast').Root): boolean {
  let found = false
  const walk = (node: import('hast').Nodes) => {
    if (found) return
    if (node.type === 'element') {
      const cls = node.properties['className']
      if (Array.isArray(cls) && cls.includes('wp-block-footnotes') && node.children.some((c) => c.type === 'element' && c.tagName === 'li')) {
        found = true
        return
      }
    }
    if ('children' in node) for (const c of node.children) walk(c as import('hast').Nodes)
  }
  walk(root)
  return found
}
