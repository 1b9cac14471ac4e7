import { defineRule } from '../src/rule.js'
import { schemaAuthorName } from './data/meta-trust.js'

const BYLINE_RE =
  /^(?:[Ww]ritten\s+[Bb]y|[Bb]y|[Aa]uthor:?|[Ww]ords\s+[Bb]y)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)+/u

export default defineRule({
  id: 'author-identified',
  description: 'The post is credited to a named person, not a generic or administrator account',
  category: 'trust',
  severity: 'warn',
  recommended: 'warn',
  ymyl: 'error',
  options: {
    genericNames: {
      type: 'string[]',
      default: ['admin', 'administrator', 'wpadmin', 'site admin', 'webmaster', 'editor', 'editors', 'staff', 'team', 'the team', 'editorial team', 'editorial staff', 'author', 'user', 'guest', 'guest author', 'contributor', 'wordpress', 'root', 'test', 'demo', 'support', 'info', 'marketing', 'seo'],
      description: 'Author names (case-insensitive) that identify an account or a role, not a person.',
    },
    blockUserIds: {
      type: 'number[]',
      default: [1],
      description: 'User ids that stand for the install-time administrator account; a post by one of them, with no name known and no byline, is reported.',
    },
  },
  docs: {
    what: 'Reports a post whose author is a generic account ("admin", "Editorial Team", "user123"), or which is known only as user id 1 (the administrator account WordPress creates at install) with no byline in the content. An author known only by another id is unknown, not missing, and is not reported.',
    why: 'Readers need to know who wrote health advice and what qualifies them to give it. Google asks "who created the content?" and rates pages without a clear author lower on E-E-A-T; JAMA and HONcode make authorship the first benchmark.',
    sources: [
      'Silberg et al., JAMA 1997: Authorship (authors and contributors, their affiliations and credentials)',
      'HONcode principle 1, Authoritative: qualifications of the authors',
      'Google Search Central, "Creating helpful, reliable, people-first content": Who created the content',
    ],
    bad: [
      { post: { author: 1, _embedded: { author: [{ id: 1, name: 'admin', slug: 'admin' }] } } },
      { post: { author: 1 }, html: '<p>Sciatica is pain that travels down the leg.</p>' },
      { post: { author: 7, _embedded: { author: [{ id: 7, name: 'seo_writer42', slug: 'seo_writer42' }] } } },
    ],
    good: [
      { post: { author: 3, _embedded: { author: [{ id: 3, name: 'Jane Okafor, MD', slug: 'jane-okafor' }] } } },
      { post: { author: 1 }, html: '<p>By Jane Okafor, MD</p>\n<p>Sciatica is pain that travels down the leg.</p>' },
      { post: { author: 5 } },
    ],
    notes:
      'The name is read from `_embedded.author` (fetch with `?_embed`), else from the SEO schema graph. An account name with digits or underscores ("seo_writer42") is reported as a username. The NHS and MedQuAD posts carry a placeholder author id with no name, so the rule says nothing about them.',
  },
  check({ post, options, analysis, report }) {
    const name = post.author?.name?.trim() || schemaAuthorName(post)
    if (name) {
      const generic = new Set(options.genericNames.map((n) => n.toLowerCase()))
      const lower = name.toLowerCase()
      if (generic.has(lower) || generic.has(post.author?.slug?.toLowerCase() ?? '')) {
        report({ field: 'author', message: `The post is credited to "${name}", a generic account: publish it under the person who wrote it, with their credentials` })
      } else if (/[_\d@]/.test(name) && !/\s/.test(name)) {
        report({ field: 'author', message: `The post is credited to "${name}", which looks like a username: set the account's display name to the writer's full name` })
      }
      return
    }
    const byline = analysis.blocks.slice(0, 6).some((b) => BYLINE_RE.test(b.text.trim()))
    if (byline) return
    const id = post.author?.id
    if (id !== undefined && options.blockUserIds.includes(id)) {
      report({
        field: 'author',
        message: `The post is by user id ${id}, normally the administrator account made at install, and the content has no byline: credit the named writer (fetch with ?_embed to check the name)`,
      })
    }
  },
})
