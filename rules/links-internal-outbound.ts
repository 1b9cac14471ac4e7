import { defineRule } from '../src/rule.js'
import type { Link } from '../src/analysis.js'

export default defineRule({
  id: 'links-internal-outbound',
  description: 'The post links to other pages of the site and to at least one outside source',
  category: 'seo',
  severity: 'warn',
  recommended: 'info',
  options: {
    minInternal: { type: 'number', default: 1, min: 0, integer: true, description: 'Fewest links to other pages of the same site (0 turns the check off).' },
    minOutbound: { type: 'number', default: 1, min: 0, integer: true, description: 'Fewest links to other sites (0 turns the check off).' },
  },
  docs: {
    what: 'Counts content links to the post\'s own site (relative links, or the host of the post\'s `link`) and to other sites, and reports fewer than `minInternal` internal or `minOutbound` outbound links. Links to the page itself, `#` anchors, `mailto:` and `tel:` links do not count.',
    why: 'Internal links lead readers to related advice and tell search engines how the site\'s pages fit together; outbound links let readers check the evidence. Yoast\'s internal- and outbound-link assessments ask for at least one of each.',
    sources: ['Yoast SEO InternalLinksAssessment and OutboundLinksAssessment'],
    bad: [
      { html: '<p>Sciatica is pain that travels down the leg.</p>' },
      { html: '<p>Read about <a href="/back-pain/">back pain</a> and <a href="https://health.example.org/exercise/">exercise</a>.</p>' },
    ],
    good: [
      { html: '<p>Read about <a href="/back-pain/">back pain</a>, or the <a href="https://www.nhs.uk/conditions/sciatica/">NHS guide to sciatica</a>.</p>' },
      { html: '<p>See the <a href="https://www.nhs.uk/conditions/sciatica/">NHS guide</a>.</p>', options: { minInternal: 0 } },
    ],
    notes:
      'When the post\'s own URL is unknown, relative links count as internal and absolute links as outbound. On the NHS pages (which link to other nhs.uk pages only) the outbound check reports most pages; this is a Yoast-style SEO signal, so the rule is `info` in the recommended preset.',
  },
  check({ options, analysis, report }) {
    const own = analysis.siteHost
    const self = analysis.post.link.replace(/#.*$/, '')
    let internal = 0
    let outbound = 0
    for (const link of analysis.links) {
      const kind = classify(link, own, self)
      if (kind === 'internal') internal++
      else if (kind === 'outbound') outbound++
    }
    if (internal < options.minInternal) {
      report({
        atEnd: true,
        message: `The post has ${internal} link${internal === 1 ? '' : 's'} to other pages of the site${options.minInternal > 1 ? ` (fewer than ${options.minInternal})` : ''}: link to related articles so readers can go on`,
      })
    }
    if (outbound < options.minOutbound) {
      report({
        atEnd: true,
        message: `The post has ${outbound} link${outbound === 1 ? '' : 's'} to other sites${options.minOutbound > 1 ? ` (fewer than ${options.minOutbound})` : ''}: link to the sources or organisations readers can check`,
      })
    }
  },
})

function classify(link: Link, own: string | undefined, self: string): 'internal' | 'outbound' | 'none' {
  const href = link.href.trim()
  if (!href || href.startsWith('#') || /^(?:mailto|tel|sms|javascript|data):/i.test(href)) return 'none'
  if (self && href.replace(/#.*$/, '') === self) return 'none'
  if (!link.host) return /^[a-z][a-z0-9+.-]*:/i.test(href) ? 'none' : 'internal'
  if (own && (link.host === own || link.host.endsWith(`.${own}`))) return 'internal'
  return 'outbound'
}
