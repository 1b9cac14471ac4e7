// Measures category-content-mismatch on the shared medical corpus (`../shared/corpus/medical/`).
// Every category there is correct, so each finding on a post as labelled is a false alarm; copies
// of the posts filed under another topical category of the corpus should each be found.
// Run after `npm run build`: `node scripts/eval.js [--verbose]`.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const RULE = 'category-content-mismatch'
const corpus = fileURLToPath(new URL('../../shared/corpus/medical/', import.meta.url))
const verbose = process.argv.includes('--verbose')

if (!existsSync(corpus)) {
  console.log('eval: skipped, the shared corpus (../shared/corpus/medical/) is not beside this checkout.')
  process.exit(0)
}
const dist = new URL('../dist/src/index.js', import.meta.url)
if (!existsSync(fileURLToPath(dist))) {
  console.error('eval: run `npm run build` first (the script uses the compiled rules in dist/).')
  process.exit(1)
}
const { lint, resolveConfig, rules } = await import(dist.href)
const { lexicon, topicsNamedBy, stemWords } = await import(new URL('../dist/rules/data/topic-match.js', import.meta.url).href)

/** @type {{ file: string, post: Record<string, any> }[]} */
const posts = []
const medquad = `${corpus}medquad/`
if (existsSync(medquad)) {
  for (const f of readdirSync(medquad).filter((f) => f.endsWith('.json')).sort()) {
    for (const post of JSON.parse(readFileSync(`${medquad}${f}`, 'utf8'))) posts.push({ file: `medquad/${f}`, post })
  }
}
const nhs = `${corpus}nhs/nhs-pages.json`
if (existsSync(nhs)) for (const post of JSON.parse(readFileSync(nhs, 'utf8'))) posts.push({ file: 'nhs/nhs-pages.json', post })

const lex = lexicon()

/**
 * The corpus's categories are NIH institute and NHS sections, broader than their names: NIDDK's
 * "Digestive Health" holds its endocrine and urology pages, NHLBI's "Heart, Lung and Blood" its sleep
 * pages. A site with such sections says so in config, as here; the figures are printed both ways.
 */
const SITE_CONFIG = {
  categoryTopics: {
    'Digestive Health': ['digestive', 'hormones', 'kidney', 'mens'],
    'Heart, Lung and Blood': ['heart', 'lungs', 'blood', 'sleep'],
  },
}
/** Words of a category name that name no topic, left out when deciding whether a post uses the name. */
const GENERIC = new Set(['and', 'a', 'to', 'z', 'of', 'the', 'health', 'healthy', 'disease', 'diseases', 'condition', 'conditions', 'service', 'services', 'care', 'well', 'live'].map((w) => stemWords(w)[0]))

/** The post's category as the corpus gives it (`_embedded` wp:term). */
function categoryOf(post) {
  const terms = (post._embedded?.['wp:term'] ?? []).flat()
  return terms.find((t) => t.taxonomy === 'category')
}

/** A copy of the post filed under another category. */
function refile(post, category) {
  const copy = structuredClone(post)
  copy.categories = [category.id]
  copy.class_list = (copy.class_list ?? []).filter((c) => !c.startsWith('category-')).concat(`category-${category.slug}`)
  copy._embedded = { ...copy._embedded, 'wp:term': [[category], ...(copy._embedded?.['wp:term'] ?? []).slice(1)] }
  return copy
}

/** Word stems of a post's title and text (tags stripped), to tell whether it ever uses a category's name. */
function postStems(post) {
  const html = `${post.title?.rendered ?? ''} ${post.content?.rendered ?? ''}`
  return new Set(stemWords(html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ')))
}

async function run(options) {
  const config = resolveConfig({ rules: { [RULE]: ['error', options] } }, rules)
  const findings = async (batch) => {
    const results = await lint(batch, { config })
    return results.map((r) => r.messages.filter((m) => m.ruleId === RULE && m.field === 'categories' && m.severity === 2))
  }
  const mapped = (name) => options.categoryTopics?.[name]
  const categories = new Map()
  for (const { post } of posts) {
    const c = categoryOf(post)
    if (!c || categories.has(c.id)) continue
    const topics = new Set(mapped(c.name) ?? topicsNamedBy(c.name, lex))
    const evidence = new Set([...topics].flatMap((t) => [t, ...(lex.topics[t]?.related ?? [])]))
    const nameStems = stemWords(c.name).filter((w) => !GENERIC.has(w))
    categories.set(c.id, { ...c, topics, evidence, nameStems })
  }
  const topical = [...categories.values()].filter((c) => c.topics.size > 0)

  // 1. Posts as labelled: every finding is a false alarm.
  const labelled = { all: 0, topical: 0, alarms: 0, byCategory: new Map(), examples: [] }
  for (let i = 0; i < posts.length; i += 200) {
    const chunk = posts.slice(i, i + 200)
    const found = await findings(chunk.map((p) => p.post))
    chunk.forEach((p, k) => {
      const c = categories.get(categoryOf(p.post)?.id)
      labelled.all++
      if (c?.topics.size) labelled.topical++
      const stats = labelled.byCategory.get(c?.name) ?? { posts: 0, alarms: 0, topical: !!c?.topics.size }
      stats.posts++
      if (found[k].length) {
        labelled.alarms++
        stats.alarms++
        labelled.examples.push(`${c?.name}: ${p.post.title?.rendered} — ${found[k][0].message}`)
      }
      labelled.byCategory.set(c?.name, stats)
    })
  }

  // 2. Copies filed under each other topical category that shares no topic with the post's own.
  //    "Wrong" copies: the post never uses the target category's name; "all" copies: every such target.
  const copies = { all: 0, allFound: 0, wrong: 0, wrongFound: 0, byTarget: new Map(), misses: [] }
  const sources = posts.filter((p) => categories.get(categoryOf(p.post)?.id)?.topics.size).map((p) => ({ ...p, stems: postStems(p.post) }))
  for (const target of topical) {
    const batch = sources.filter((p) => {
      const own = categories.get(categoryOf(p.post).id)
      return own.id !== target.id && ![...own.evidence].some((t) => target.evidence.has(t))
    })
    for (let i = 0; i < batch.length; i += 200) {
      const chunk = batch.slice(i, i + 200)
      const found = await findings(chunk.map((p) => refile(p.post, target)))
      chunk.forEach((p, k) => {
        const wrong = !target.nameStems.some((w) => p.stems.has(w))
        const hit = found[k].length > 0
        copies.all++
        if (hit) copies.allFound++
        const stats = copies.byTarget.get(target.name) ?? { wrong: 0, found: 0 }
        if (wrong) {
          copies.wrong++
          stats.wrong++
          if (hit) {
            copies.wrongFound++
            stats.found++
          } else copies.misses.push(`${categoryOf(p.post).name} → ${target.name}: ${p.post.title?.rendered}`)
        }
        copies.byTarget.set(target.name, stats)
      })
    }
  }
  return { labelled, copies }
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a')
const ratio = (n, d) => (d ? (n / d).toFixed(3) : 'n/a')
console.log(`${RULE} on ../shared/corpus/medical/ (${posts.length} posts)`)
for (const [title, options] of [
  ['default options', {}],
  ['with the corpus sections mapped in config (categoryTopics)', SITE_CONFIG],
]) {
  const { labelled, copies } = await run(options)
  console.log(`\n== ${title}`)
  console.log(`posts as labelled: ${labelled.all}, ${labelled.topical} of them under a category that names a topic`)
  for (const [name, s] of [...labelled.byCategory.entries()].sort()) console.log(`  ${String(name).padEnd(28)} ${String(s.posts).padStart(5)} posts  ${s.topical ? `${s.alarms} false alarms` : 'names no topic (never reported)'}`)
  console.log(`false alarms: ${labelled.alarms} = ${pct(labelled.alarms, labelled.topical)} of posts under a topical category (${pct(labelled.alarms, labelled.all)} of all posts)`)
  console.log(`copies under a wrong category (one the post never names): ${copies.wrong}`)
  for (const [name, s] of [...copies.byTarget.entries()].sort()) console.log(`  under ${String(name).padEnd(28)} ${String(s.wrong).padStart(5)} copies  recall ${ratio(s.found, s.wrong)}`)
  console.log(`recall: ${copies.wrongFound}/${copies.wrong} = ${ratio(copies.wrongFound, copies.wrong)}`)
  console.log(`recall over every other topical category, named in the post or not: ${copies.allFound}/${copies.all} = ${ratio(copies.allFound, copies.all)}`)
  if (verbose) {
    console.log('false alarms:')
    for (const a of labelled.examples) console.log(`  ${a}`)
    console.log('misses:')
    for (const m of copies.misses) console.log(`  ${m}`)
  }
}
