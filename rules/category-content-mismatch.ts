import { defineRule } from '../src/rule.js'
import type { Term } from '../src/types.js'
import { TOPICS } from './data/topics.js'
import { lexicon, topicProfile, topicsNamedBy, topTerms, type Lexicon, type TopicProfile, type TopicScore } from './data/topic-match.js'

function validateTopics(value: Record<string, unknown>): string | undefined {
  for (const [id, raw] of Object.entries(value)) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return `topics.${id}: expected an object with "terms" (and optionally "label", "names")`
    const t = raw as Record<string, unknown>
    for (const key of Object.keys(t)) if (!['label', 'terms', 'names'].includes(key)) return `topics.${id}: unknown key "${key}" (expected label, terms, names)`
    if (t['label'] !== undefined && typeof t['label'] !== 'string') return `topics.${id}.label: expected a string`
    for (const key of ['terms', 'names']) {
      const list = t[key]
      if (list !== undefined && (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x.trim() !== ''))) return `topics.${id}.${key}: expected an array of non-empty strings`
    }
    if (!(id in TOPICS) && !(Array.isArray(t['terms']) && t['terms'].length)) return `topics.${id}: a new topic needs at least one term`
  }
  return undefined
}

function validateCategoryTopics(value: Record<string, unknown>): string | undefined {
  for (const [name, raw] of Object.entries(value)) {
    const ok = typeof raw === 'string' || (Array.isArray(raw) && raw.every((x) => typeof x === 'string'))
    if (!ok) return `categoryTopics["${name}"]: expected a topic id or an array of topic ids ([] for a category that names no topic)`
  }
  return undefined
}

/** A post that never names a category's topic is reported once another topic scores this much. */
const ABSENT_TOPIC_SCORE = 3

const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

export default defineRule({
  id: 'category-content-mismatch',
  description: 'The post is filed under a category (or tagged with a topic) its content is not about',
  category: 'taxonomy',
  severity: 'error',
  recommended: 'error',
  options: {
    topics: {
      type: 'object',
      default: {},
      description:
        'Extends the health-topic lexicon: `{ "<topic id>": { "label": "…", "terms": ["…"], "names": ["…"] } }`. An existing id gets extra terms; a new id adds a topic. `names` are words that name the topic in a category name only (too common to count in the text).',
      validate: validateTopics,
    },
    categoryTopics: {
      type: 'object',
      default: {},
      description:
        'Maps your category or tag names (or slugs) to topic ids: `{ "Spine Health": "back-spine", "Sugar Free Living": ["diabetes", "nutrition"], "Editor\'s Picks": [] }`. An empty array marks a term that names no topic.',
      validate: validateCategoryTopics,
    },
    minMentions: {
      type: 'number',
      default: 3,
      min: 1,
      description: 'Weighted mentions (title 3, heading 2, body text 1, tag 1) of a category\'s topic below which the category counts as absent when the post is clearly about another topic.',
    },
    minShare: {
      type: 'number',
      default: 0.18,
      min: 0,
      max: 1,
      description: 'A category\'s topic also counts as absent when its weighted mentions are below this share of the post\'s main other topic (passing mentions in an article about something else).',
    },
    minTopicScore: {
      type: 'number',
      default: 6,
      min: 1,
      description: 'Weighted mentions another topic needs before the post counts as clearly about it (below that, an absent category is not reported).',
    },
    defaultCategoryIds: {
      type: 'number[]',
      default: [1],
      description: 'Ids of the site\'s default category (WordPress creates it with id 1 as "Uncategorized"; sites often rename it).',
    },
    reportDefaultCategory: {
      type: 'boolean',
      default: true,
      description: 'Report a post whose only category is the default one even when its content fits that category (`category-default-term` reports the same fact; turn one of them off).',
    },
    checkTags: { type: 'boolean', default: true, description: 'Also check tags that name a topic (reported at warning level).' },
  },
  docs: {
    what:
      'Reports a category whose topic the post never talks about while the post is clearly about another topic, naming what the post is about and the category that fits; a post whose only category is the site\'s default category (id 1, often a renamed "Uncategorized"); and, at warning level, a tag naming a topic the post never mentions. Categories and tags that name no health topic ("News", "Wellness", "Expert Tips", "Rare Diseases") are never reported for missing words.',
    why:
      'Category archives tell readers and search engines what a section of the site covers. A sciatica article in "Diabetes" sends diabetes readers to the wrong page and dilutes the archive\'s topic; on health sites this is usually the default category renamed, which silently collects every post saved without a category.',
    sources: [
      'WordPress core wp_install_defaults(): the default category has term id 1 and collects posts saved without a category',
      'Yoast, "Using category and tag pages for your site\'s SEO" and LexBlog, "About categories and tags": a category groups posts on one topic',
      'Topic vocabulary: MedlinePlus health-topic groups, NHS Health A to Z sections, NIH institute scopes (NIDDK, NHLBI, NINDS, NCI)',
    ],
    bad: [
      {
        post: { title: { rendered: 'Sciatica: causes and treatment' }, categories: [12], class_list: ['post-1001', 'category-diabetes'] },
        html: '<h2>What is sciatica?</h2>\n<p>Sciatica is pain that runs from the lower back down the leg when the sciatic nerve is irritated, often by a herniated disc.</p>\n<h2>Treatment</h2>\n<p>Most sciatica settles with gentle exercise; spinal injections help some people.</p>',
      },
      {
        post: { title: { rendered: 'Managing type 2 diabetes' }, categories: [1], class_list: ['post-1001', 'category-uncategorized'] },
        html: '<p>Type 2 diabetes means your blood sugar is too high. Checking your glucose and taking metformin or insulin as prescribed keeps it in range.</p>',
      },
      {
        post: { title: { rendered: 'Managing type 2 diabetes' }, categories: [12], tags: [30], class_list: ['post-1001', 'category-diabetes', 'tag-asthma'] },
        html: '<p>Type 2 diabetes means your blood sugar is too high. Checking your glucose and taking metformin or insulin as prescribed keeps it in range.</p>',
      },
    ],
    good: [
      {
        post: { title: { rendered: 'Managing type 2 diabetes' }, categories: [12, 13], class_list: ['post-1001', 'category-diabetes', 'category-news'] },
        html: '<p>Type 2 diabetes means your blood sugar is too high. Checking your glucose and taking metformin or insulin as prescribed keeps it in range.</p>',
      },
      {
        post: { title: { rendered: 'Sciatica: causes and treatment' }, categories: [12], class_list: ['post-1001', 'category-expert-tips'] },
        html: '<p>Sciatica is pain that runs from the lower back down the leg when the sciatic nerve is irritated, often by a herniated disc.</p>',
      },
      {
        post: { title: { rendered: 'Sciatica: causes and treatment' }, categories: [12], class_list: ['post-1001', 'category-spine-clinic-news'] },
        options: { categoryTopics: { 'spine-clinic-news': 'back-spine' } },
        html: '<p>Sciatica is pain that runs from the lower back down the leg when the sciatic nerve is irritated, often by a herniated disc.</p>',
      },
    ],
    notes:
      'Measured with `npm run eval` on the shared medical corpus (4,523 NIH MedQuAD and NHS posts, 694 of them under a category that names a topic; "Rare Diseases", "Genetic Conditions", "Healthy Aging", "Conditions A to Z" and similar name none and are never reported). Recall on copies filed under another topical category whose name the post never uses: 0.968 (5,447/5,626); over every other topical category, named in the post or not: 0.937. False alarms with default options: 33 (4.8% of topical posts, 0.7% of all), 22 of them pages the NIH files under a broader section than its name (thyroid and kidney pages in "Digestive Health", sleep pages in "Heart, Lung and Blood"). With those sections mapped in `categoryTopics`, as such a site would: 10 false alarms (1.4%) and recall 0.961. Decision: a category is reported when its topic is not in the title and is never mentioned while another topic scores 3 or more, or scores under `minMentions` (3) or under `minShare` (18%) of a topic scoring `minTopicScore` (6) or more (title 3, heading 2, body 1 per mention). Category names are matched to topics through the lexicon (`rules/data/topics.ts`); names the lexicon does not know are never reported unless mapped.',
  },
  check({ post, options, analysis, report }) {
    const lex = lexicon(options.topics)
    const profile = topicProfile(analysis, lex, JSON.stringify(options.topics))
    const mapping = new Map<string, string[]>()
    for (const [name, value] of Object.entries(options.categoryTopics)) mapping.set(key(name), (Array.isArray(value) ? value : [value]).filter((t): t is string => typeof t === 'string' && t in lex.topics))
    const topicsOf = (term: Term): Set<string> => {
      const mapped = mapping.get(key(term.name)) ?? mapping.get(key(term.slug))
      if (mapped) return new Set(mapped)
      return topicsNamedBy(term.name || term.slug.replace(/-/g, ' '), lex)
    }
    /** A term's topics and the topics that count for them (vaccines for infections). */
    const evidenceTopics = (topics: Set<string>) => new Set([...topics].flatMap((t) => [t, ...(lex.topics[t]?.related ?? [])]))
    const label = (topic: string) => lex.topics[topic]?.label ?? topic
    const weighted = (s: TopicScore | undefined, withTags: boolean) => (s ? s.content + (withTags ? s.tags : 0) : 0)

    const categories = post.categories.filter((c) => c.from !== 'unresolved' || c.id !== undefined)
    const defaultIds = new Set(options.defaultCategoryIds)
    const onlyDefault =
      post.categoryIds.length > 0 ? post.categoryIds.every((id) => defaultIds.has(id)) : categories.length > 0 && categories.every((c) => c.id !== undefined && defaultIds.has(c.id))
    const allCategoryTopics = evidenceTopics(new Set(categories.flatMap((c) => [...topicsOf(c)])))
    // What the post is about: its strongest topic that none of its categories names.
    const about = profile.ranked.find((s) => !allCategoryTopics.has(s.topic))

    for (const category of categories) {
      const name = category.name || category.slug || (category.id !== undefined ? `id ${category.id}` : '')
      const isDefault = onlyDefault && (category.id === undefined || defaultIds.has(category.id))
      const topics = topicsOf(category)
      const evidence = evidenceTopics(topics)
      const mentions = Math.max(0, ...[...evidence].map((t) => weighted(profile.scores.get(t), true)))
      const inTitle = [...evidence].some((t) => profile.scores.get(t)?.inTitle)
      const top = about?.content ?? 0
      // Absent: never mentioned while the post has a clear topic, or barely mentioned next to a dominant one.
      const mismatch =
        topics.size > 0 &&
        !inTitle &&
        about !== undefined &&
        ((mentions === 0 && top >= ABSENT_TOPIC_SCORE) || (top >= options.minTopicScore && (mentions < options.minMentions || mentions < options.minShare * top)))
      const defaultNote = isDefault ? `, the site's default category (id ${category.id ?? [...defaultIds][0]}) where WordPress files posts saved without one,` : ''
      if (mismatch) {
        const expected = [...topics].map((t) => describeTopic(t, lex)).join(' or ')
        const how = mentions === 0 ? 'never mentions' : `barely mentions (weighted ${mentions} against ${top})`
        report({
          field: 'categories',
          message: `Category "${name}"${defaultNote} does not fit the content: the post ${how} ${expected} but is about ${label(about.topic).toLowerCase()} (${topTerms(about).join(', ')}), so file it under ${suggest(categories, category, profile, topicsOf, label, about.topic)}`,
        })
      } else if (isDefault && options.reportDefaultCategory) {
        const fit = profile.ranked[0] && profile.ranked[0].content >= options.minTopicScore ? ` such as ${label(profile.ranked[0].topic)}` : ''
        report({
          field: 'categories',
          message: `The only category is "${name}", the site's default category (id ${category.id ?? [...defaultIds][0]}) where WordPress files posts saved without one: choose the category that describes the post${fit}`,
        })
      }
    }

    if (!options.checkTags) return
    for (const tag of post.tags) {
      if (tag.from === 'unresolved') continue
      const topics = topicsOf(tag)
      if (!topics.size) continue
      if ([...evidenceTopics(topics)].some((t) => weighted(profile.scores.get(t), false) > 0)) continue
      const name = tag.name || tag.slug
      report({
        field: 'tags',
        severity: 'warn',
        message: `Tag "${name}" names ${[...topics].map((t) => label(t).toLowerCase()).join(' or ')}, which the post never mentions: remove the tag or cover the topic in the post`,
      })
    }
  },
})

function describeTopic(topic: string, lex: Lexicon): string {
  const t = lex.topics[topic]
  if (!t) return topic
  const examples = t.terms.slice(1, 4).join(', ')
  return examples ? `${t.label.toLowerCase()} or its terms (${examples}…)` : t.label.toLowerCase()
}

/** The best home for the post: one of its other categories that fits, else the lexicon's topic. */
function suggest(
  categories: readonly Term[],
  current: Term,
  profile: TopicProfile,
  topicsOf: (t: Term) => Set<string>,
  label: (t: string) => string,
  topic: string,
): string {
  let bestOther: { term: Term; score: number } | undefined
  for (const c of categories) {
    if (c === current) continue
    const score = Math.max(0, ...[...topicsOf(c)].map((t) => profile.scores.get(t)?.content ?? 0))
    if (score > 0 && (!bestOther || score > bestOther.score)) bestOther = { term: c, score }
  }
  if (bestOther) return `its other category "${bestOther.term.name || bestOther.term.slug}" and remove "${current.name || current.slug}"`
  return `a ${label(topic)} category`
}
