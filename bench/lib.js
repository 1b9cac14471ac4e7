// Shared pieces of the benchmark: finding the posts to measure, timing, and printing tables.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** The repository root (bench/..). */
export const root = fileURLToPath(new URL('..', import.meta.url))
/** The shared evaluation corpus, beside the repository when this checkout has it. */
export const defaultCorpusDir = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
/** Where the bench writes what it generates (git-ignored). */
export const outDir = join(root, 'bench', 'out')

/** Whether a parsed JSON value is a WordPress REST post (content.rendered as a string). */
export function isRestPost(value) {
  return !!value && typeof value === 'object' && !Array.isArray(value) &&
    !!value.content && typeof value.content === 'object' && typeof value.content.rendered === 'string' &&
    (value.type === undefined || value.type === 'post')
}

function readPosts(file) {
  const value = JSON.parse(readFileSync(file, 'utf8'))
  return (Array.isArray(value) ? value : [value]).filter(isRestPost)
}

function jsonFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f))
}

/**
 * The posts the bench measures: the shared corpus's medical posts (MedQuAD, NHS) and real REST
 * API posts, or, without the corpus, the project's own fixtures. Each entry keeps the post
 * object, its JSON text (what `lint` reads) and its content HTML (what bare parsing gets).
 */
export function loadPosts({ corpusDir = defaultCorpusDir, fixturesDir = join(root, 'fixtures', 'posts') } = {}) {
  const groups = []
  if (existsSync(corpusDir)) {
    const medquad = jsonFiles(join(corpusDir, 'medical', 'medquad'))
    const nhs = jsonFiles(join(corpusDir, 'medical', 'nhs'))
    const restDir = join(corpusDir, 'wp-rest')
    const rest = existsSync(restDir) ? readdirSync(restDir).sort().flatMap((d) => jsonFiles(join(restDir, d))) : []
    groups.push(['medquad', medquad], ['nhs', nhs], ['wp-rest', rest])
  }
  let source = 'corpus'
  let entries = collect(groups)
  if (!entries.length) {
    source = 'fixtures'
    entries = collect([['fixtures', jsonFiles(fixturesDir)]])
  }
  return { source, corpusDir, posts: entries }
}

function collect(groups) {
  const out = []
  const seen = new Set()
  for (const [group, files] of groups) {
    for (const file of files) {
      let posts
      try {
        posts = readPosts(file)
      } catch {
        continue // not JSON posts (a licence, a list of terms…)
      }
      for (const post of posts) {
        const key = `${group}:${post.link ?? ''}:${post.id ?? out.length}`
        if (seen.has(key)) continue
        seen.add(key)
        out.push({ group, file, post, json: JSON.stringify(post), html: post.content.rendered })
      }
    }
  }
  return out
}

/**
 * A deterministic sample of `n` posts spread evenly over the list (so every corpus file and
 * group is represented in proportion), always keeping the small groups (NHS, REST) whole.
 */
export function samplePosts(posts, n) {
  if (!n || n >= posts.length) return posts.slice()
  const small = posts.filter((p) => p.group !== 'medquad')
  const big = posts.filter((p) => p.group === 'medquad')
  if (!big.length || !small.length) return spread(posts, n)
  const smallCount = Math.min(small.length, Math.max(Math.floor(n / 4), n - big.length))
  return [...spread(big, n - smallCount), ...spread(small, smallCount)]
}

function spread(list, n) {
  if (n >= list.length) return list.slice()
  if (n <= 0) return []
  const out = []
  const step = list.length / n
  for (let i = 0; i < n; i++) out.push(list[Math.floor(i * step)])
  return out
}

/** Milliseconds elapsed since `start` (a process.hrtime.bigint() value). */
export function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Runs `fn` and returns the milliseconds it took (awaiting it if it returns a promise). */
export async function timeIt(fn) {
  const start = process.hrtime.bigint()
  await fn()
  return msSince(start)
}

export function median(values) {
  if (!values.length) return NaN
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** A full garbage collection, so one measure's garbage is not collected on the next one's time. */
export const collectGarbage = (() => {
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc')
    return typeof gc === 'function' ? () => gc() : () => {}
  } catch {
    return () => {}
  }
})()

/**
 * Times several measures in interleaved rounds (a, b, c, a, b, c…) after `warmup` untimed
 * rounds, so they share the same machine conditions; returns each measure's round times.
 */
export async function interleaved(measures, { rounds, warmup = 1, onRound } = {}) {
  const times = Object.fromEntries(Object.keys(measures).map((k) => [k, []]))
  for (let r = 0; r < warmup + rounds; r++) {
    for (const [name, fn] of Object.entries(measures)) {
      collectGarbage()
      const ms = await timeIt(fn)
      if (r >= warmup) times[name].push(ms)
    }
    onRound?.(r - warmup)
  }
  return times
}

export function fmt(n, digits = 2) {
  if (n === undefined || n === null || Number.isNaN(n)) return '–'
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export function fmtInt(n) {
  return n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US')
}

/** Renders rows as a plain-text table; `align` gives 'l' or 'r' per column. */
export function table(header, rows, align = header.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? '')))
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)))
  const line = (r) => r.map((c, i) => (align[i] === 'l' ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd()
  return [line(all[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n')
}

/** Parses `--name value`, `--name=value` and boolean `--flag` arguments. */
export function parseFlags(argv, booleans = []) {
  const flags = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq > 0 ? eq : undefined)
    if (eq > 0) flags[name] = arg.slice(eq + 1)
    else if (booleans.includes(name)) flags[name] = true
    else {
      const value = argv[++i]
      if (value === undefined) throw new Error(`--${name} needs a value`)
      flags[name] = value
    }
  }
  return flags
}

/** A small seeded PRNG (mulberry32), so generated data is the same on every run. */
export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
