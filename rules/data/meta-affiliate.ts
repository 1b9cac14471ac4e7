/**
 * Signs that a link pays the site: affiliate networks' tracking hosts, link-shortener hosts that
 * only affiliate programmes use, and query parameters that carry an affiliate id.
 */
export const AFFILIATE_HOSTS: readonly string[] = [
  'amzn.to',
  'amzn.eu',
  'amzn.com',
  'shareasale.com',
  'shareasale-analytics.com',
  'awin1.com',
  'clickbank.net',
  'hop.clickbank.net',
  'linksynergy.com',
  'click.linksynergy.com',
  'anrdoezrs.net',
  'dpbolvw.net',
  'jdoqocy.com',
  'kqzyfj.com',
  'tkqlhce.com',
  'emjcd.com',
  'go.skimresources.com',
  'skimresources.com',
  'redirect.viglink.com',
  'prf.hn',
  'pntra.com',
  'pjtra.com',
  'pjatr.com',
  'gopjn.com',
  'avantlink.com',
  'impactradius.com',
  'sjv.io',
  'refersion.com',
  'partnerstack.com',
  'rstyle.me',
  'shopstyle.it',
  'howl.me',
  'tidd.ly',
  'fave.co',
]

/** Query parameters that identify an affiliate (matched as whole parameter names). */
export const AFFILIATE_PARAMS: readonly string[] = ['tag', 'aff', 'aff_id', 'affid', 'affiliate', 'affiliate_id', 'ref_id', 'irclickid', 'clickref', 'subid', 'afftrack', 'ranmid', 'ransiteid']

/** Hosts where `tag` is Amazon's associate id (elsewhere `tag` is too common to mean anything). */
export const TAG_PARAM_HOSTS: readonly string[] = ['amazon.com', 'amazon.co.uk', 'amazon.ca', 'amazon.com.au', 'amazon.de', 'amazon.fr', 'amazon.in', 'amazon.es', 'amazon.it']

/** Local paths that sites use to cloak affiliate links (`/go/brand`, `/recommends/brand`). */
export const CLOAK_PATHS: readonly string[] = ['/go/', '/recommends/', '/recommend/', '/out/', '/visit/', '/refer/', '/aff/', '/affiliate/']

/** Phrases that disclose a paid relationship (matched case-insensitively as whole words). */
export const DISCLOSURE_PHRASES: readonly string[] = [
  'affiliate link',
  'affiliate links',
  'affiliate commission',
  'affiliate programme',
  'affiliate program',
  'we may earn',
  'we earn a commission',
  'may earn a commission',
  'may receive a commission',
  'earn a small commission',
  'receive a small commission',
  'as an amazon associate',
  'amazon associate',
  'sponsored by',
  'sponsored post',
  'this post is sponsored',
  'this article is sponsored',
  'paid partnership',
  'paid promotion',
  'in partnership with',
  'we may receive compensation',
  'we receive compensation',
  'disclosure:',
  'advertising disclosure',
  'affiliate disclosure',
  'this is an advertisement',
  'advertorial',
]
