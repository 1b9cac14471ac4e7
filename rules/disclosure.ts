import { defineRule } from '../src/rule.js'
import type { Link } from '../src/analysis.js'
import { phraseRegExp } from '../src/text.js'
import { hostMatches } from './data/meta-domains.js'
import { AFFILIATE_HOSTS, AFFILIATE_PARAMS, CLOAK_PATHS, DISCLOSURE_PHRASES, TAG_PARAM_HOSTS } from './data/meta-affiliate.js'

const DISCLOSURE_RE = phraseRegExp(DISCLOSURE_PHRASES, 'iu')

export default defineRule({
  id: 'disclosure',
  description: 'Affiliate and sponsored links come with a disclosure of the paid relationship',
  category: 'trust',
  severity: 'warn',
  recommended: 'warn',
  ymyl: 'error',
  options: {
    extraHosts: { type: 'string[]', default: [], description: 'More hosts whose links are paid (your affiliate networks or sponsors).' },
    cloakPaths: {
      type: 'string[]',
      default: CLOAK_PATHS,
      description: 'Paths on the site itself that redirect to affiliate offers ("/go/", "/recommends/").',
    },
    extraPhrases: { type: 'string[]', default: [], description: 'More phrases that count as a disclosure (your site\'s own wording).' },
  },
  docs: {
    what: 'Reports content with affiliate or sponsored links (rel="sponsored", affiliate-network hosts, Amazon links with an associate `tag`, affiliate-id parameters, cloaked `/go/` links on the site) and no disclosure such as "This post contains affiliate links" or "We may earn a commission".',
    why: 'Readers weigh health advice differently when the writer is paid for a product it recommends. JAMA and HONcode require disclosure of sponsorship and commercial funding, and the FTC requires affiliate relationships to be disclosed clearly and close to the recommendation.',
    sources: [
      'Silberg et al., JAMA 1997: Disclosure (ownership, sponsorship, advertising, commercial funding)',
      'HONcode principles 7 (financial disclosure) and 8 (advertising policy)',
      'FTC, "Disclosures 101 for Social Media Influencers" and the Endorsement Guides (16 CFR 255)',
      'Google Search Central: qualify paid links with rel="sponsored"',
    ],
    bad: [
      { html: '<p>A supportive lumbar pillow can help. <a href="https://www.amazon.com/dp/B000123?tag=healthblog-20">See the pillow we use</a>.</p>' },
      { html: '<p>Try a posture corrector such as <a href="https://brand.example.com/" rel="sponsored nofollow">this one</a>.</p>' },
      { html: '<p>Our favourite foam roller: <a href="/go/foam-roller/">buy it here</a>.</p>' },
    ],
    good: [
      {
        html: '<p><em>This post contains affiliate links: we may earn a commission at no cost to you.</em></p>\n<p>A supportive lumbar pillow can help. <a href="https://www.amazon.com/dp/B000123?tag=healthblog-20">See the pillow we use</a>.</p>',
      },
      { html: '<p>Read the <a href="https://www.nhs.uk/conditions/sciatica/">NHS page on sciatica</a> and <a href="https://www.amazon.com/dp/B000123">a book on back care</a>.</p>' },
    ],
    notes:
      'Only links the markup shows to be paid are counted; a plain product link without an affiliate id is not. A disclosure anywhere in the content counts, though the FTC asks for it near the link. A disclosure printed by the theme is not in the content, so a site that uses one should list its wording in `extraPhrases` or turn the rule off.',
  },
  check({ options, analysis, report }) {
    const hosts = [...AFFILIATE_HOSTS, ...options.extraHosts]
    const paid = analysis.links.filter((link) => isPaid(link, hosts, options.cloakPaths, analysis.siteHost))
    if (!paid.length) return
    const disclosed = (options.extraPhrases.length ? phraseRegExp([...DISCLOSURE_PHRASES, ...options.extraPhrases], 'iu') : DISCLOSURE_RE).test(analysis.text)
    if (disclosed) return
    const first = paid[0]!
    const more = paid.length > 1 ? ` (and ${paid.length - 1} more)` : ''
    report({
      node: first.node,
      message: `This link is ${first.rel.includes('sponsored') ? 'sponsored' : 'an affiliate link'}${more} but the post has no disclosure: say near the top that it contains paid links (e.g. "We may earn a commission from links on this page")`,
    })
  },
})

function isPaid(link: Link, hosts: readonly string[], cloakPaths: readonly string[], siteHost: string | undefined): boolean {
  if (link.rel.includes('sponsored')) return true
  let url: URL
  try {
    url = new URL(link.href, siteHost ? `https://${siteHost}/` : 'https://site.invalid/')
  } catch {
    return false
  }
  if (!/^https?:$/.test(url.protocol)) return false
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  if (hostMatches(host, hosts)) return true
  const params = [...url.searchParams.keys()].map((k) => k.toLowerCase())
  if (params.includes('tag') && hostMatches(host, TAG_PARAM_HOSTS)) return true
  if (params.some((p) => p !== 'tag' && AFFILIATE_PARAMS.includes(p))) return true
  if (/^affiliates?$/i.test(url.searchParams.get('utm_medium') ?? '')) return true
  const own = !link.host || link.host === siteHost
  return own && cloakPaths.some((p) => url.pathname.toLowerCase().startsWith(p))
}
