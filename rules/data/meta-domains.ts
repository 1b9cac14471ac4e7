/**
 * Authoritative sources for health content (public-health agencies, guideline bodies, indexes of
 * peer-reviewed research, major journals and academic medical centres). An entry starting with
 * a dot is a suffix (`.gov` matches every US government host); any other entry matches the host
 * and its subdomains (`nih.gov` matches `ncbi.nlm.nih.gov`).
 */
export const AUTHORITATIVE_DOMAINS: readonly string[] = [
  // Government and public-health suffixes
  '.gov',
  '.mil',
  '.edu',
  '.gov.uk',
  '.nhs.uk',
  '.gov.au',
  '.govt.nz',
  '.gc.ca',
  '.europa.eu',
  'canada.ca',
  'nhs.uk',
  'nhs.scot',
  'nhsinform.scot',
  'hse.ie',
  'healthdirect.gov.au',
  'healthify.nz',
  'who.int',
  'paho.org',
  // Guidelines and evidence
  'nice.org.uk',
  'sign.ac.uk',
  'cochrane.org',
  'cochranelibrary.com',
  'uspreventiveservicestaskforce.org',
  'guidelines.gov',
  // Research indexes and identifiers
  'doi.org',
  'dx.doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'europepmc.org',
  'clinicaltrials.gov',
  'clinicaltrialsregister.eu',
  // Journals and publishers of peer-reviewed research
  'nejm.org',
  'thelancet.com',
  'bmj.com',
  'jamanetwork.com',
  'nature.com',
  'sciencedirect.com',
  'springer.com',
  'wiley.com',
  'academic.oup.com',
  'plos.org',
  'frontiersin.org',
  'biomedcentral.com',
  'cmaj.ca',
  'mja.com.au',
  'annals.org',
  'acpjournals.org',
  'ahajournals.org',
  'diabetesjournals.org',
  // Professional bodies and charities that publish clinical guidance
  'aafp.org',
  'acog.org',
  'aap.org',
  'healthychildren.org',
  'heart.org',
  'cancer.org',
  'diabetes.org',
  'diabetes.org.uk',
  'cancerresearchuk.org',
  'bhf.org.uk',
  'rcplondon.ac.uk',
  'rcog.org.uk',
  'aaos.org',
  'orthoinfo.aaos.org',
  'spine.org',
  'mayoclinic.org',
  'clevelandclinic.org',
  'hopkinsmedicine.org',
  'msdmanuals.com',
  'merckmanuals.com',
]

/** Headings (and leading labels) that open a list of sources (AutoDiscern's references heuristic). */
export const REFERENCE_HEADINGS: readonly string[] = [
  'references',
  'reference',
  'sources',
  'source',
  'sources and references',
  'references and sources',
  'bibliography',
  'citations',
  'works cited',
  'selected references',
  'key references',
  'further reading and references',
  'evidence',
  'footnotes',
]

/** Whether `host` (lower case, without `www.`) is covered by one of `domains`. */
export function hostMatches(host: string, domains: readonly string[]): boolean {
  for (const raw of domains) {
    const d = raw.toLowerCase().replace(/^www\./, '')
    if (d.startsWith('.')) {
      if (host.endsWith(d) || host === d.slice(1)) return true
    } else if (host === d || host.endsWith(`.${d}`)) return true
  }
  return false
}
