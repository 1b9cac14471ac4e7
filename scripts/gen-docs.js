// Regenerates the README rules table and docs/rules/<id>.md from rule metadata (run after a build).
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { rules } from '../dist/rules/index.js'
import { updateReadme, ruleDoc } from '../dist/src/docs.js'

const root = new URL('../', import.meta.url)
const readmeUrl = new URL('README.md', root)
writeFileSync(readmeUrl, updateReadme(readFileSync(readmeUrl, 'utf8'), rules))
const dir = new URL('docs/rules/', root)
mkdirSync(dir, { recursive: true })
const keep = new Set(rules.map((r) => `${r.id}.md`))
for (const f of readdirSync(dir)) if (f.endsWith('.md') && !keep.has(f)) rmSync(new URL(f, dir))
for (const rule of rules) writeFileSync(new URL(`${rule.id}.md`, dir), ruleDoc(rule))
console.log(`wrote README.md rules table and ${rules.length} rule docs`)
