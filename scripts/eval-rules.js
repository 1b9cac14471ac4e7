// Runs every rule of `medlint:recommended` (and, for comparison, `medlint:all`) over the shared
// medical corpus and prints each rule's share of posts flagged, per source, so a noisy rule shows up.
// The NHS pages are well-edited health content: a rule that flags most of them for something they do
// well is too noisy. No rule may crash. Run after `npm run build`: `node scripts/eval-rules.js`.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const corpus = fileURLToPath(new URL('../../shared/corpus/medical/', import.meta.url))
if (!existsSync(corpus)) {
  console.log('eval-rules: skipped, the shared corpus (../shared/corpus/medical/) is not beside this checkout.')
  process.exit(0)
}
const { lint, rules } = await import(new URL('../dist/src/index.js', import.meta.url).href)

const sources = []
const medquad = `${corpus}medquad/`
if (existsSync(medquad)) {
  const posts = readdirSync(medquad).filter((f) => f.endsWith('.json')).sort().flatMap((f) => JSON.parse(readFileSync(`${medquad}${f}`, 'utf8')))
  sources.push({ name: 'MedQuAD (NIH)', posts })
}
const nhs = `${corpus}nhs/nhs-pages.json`
if (existsSync(nhs)) sources.push({ name: 'NHS', posts: JSON.parse(readFileSync(nhs, 'utf8')) })

let crashes = 0
for (const preset of ['medlint:recommended', 'medlint:all']) {
  const table = new Map(rules.map((r) => [r.id, {}]))
  const counts = {}
  for (const { name, posts } of sources) {
    counts[name] = posts.length
    // One post at a time: site-wide rules (which compare posts) are measured by their own tests.
    for (const post of posts) {
      const [result] = await lint(post, { config: { extends: [preset], locale: name === 'NHS' ? 'en-GB' : 'en-US' } })
      const flagged = new Set()
      for (const m of result.messages) {
        if (m.fatal) {
          crashes++
          console.error(`crash: ${m.ruleId} on post ${post.id}: ${m.message}`)
        }
        if (m.ruleId) flagged.add(m.ruleId)
      }
      for (const id of flagged) table.get(id)[name] = (table.get(id)[name] ?? 0) + 1
    }
  }
  const names = sources.map((s) => s.name)
  console.log(`\n${preset}: share of posts flagged by each rule`)
  console.log(`${'rule'.padEnd(32)}${names.map((n) => `${n} (${counts[n]})`.padStart(22)).join('')}`)
  const enabled = rules.filter((r) => preset === 'medlint:all' || r.recommended)
  for (const rule of enabled) {
    const row = table.get(rule.id)
    const cells = names.map((n) => `${(((row[n] ?? 0) / counts[n]) * 100).toFixed(1)}%`.padStart(22))
    console.log(`${rule.id.padEnd(32)}${cells.join('')}`)
  }
}
console.log(`\nrule crashes: ${crashes}`)
if (crashes) process.exitCode = 1
