// The benchmark's measurements, each a function the runner calls and the smoke test calls on
// tiny inputs. They return figures; run.js prints them. Nothing here asserts a timing.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { unified } from 'unified'
import rehypeParse from 'rehype-parse'
import { collectGarbage, interleaved, median, msSince, outDir, root } from './lib.js'
import { generateExports } from './gen-wxr.js'

/** medlint's built library (dist/), as a user of the package gets it. */
export async function loadLibrary(dist = join(root, 'dist')) {
  if (!existsSync(join(dist, 'src', 'lint.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm run bench` does)')
  const load = (p) => import(pathToFileURL(join(dist, p)).href)
  const [lintMod, readers, analysis, rulesMod] = await Promise.all([load('src/lint.js'), load('src/readers/index.js'), load('src/analysis.js'), load('rules/index.js')])
  const recommended = lintMod.toResolvedConfig({})
  const none = lintMod.toResolvedConfig({ config: { rules: {} } })
  return {
    lint: lintMod.lint,
    lintRead: lintMod.lintRead,
    toResolvedConfig: lintMod.toResolvedConfig,
    readText: readers.readText,
    Analysis: analysis.Analysis,
    rules: rulesMod.rules,
    recommended,
    none,
  }
}

const FILE = 'post.json'

/**
 * 1. Per post: bare rehype-parse of content.rendered (the floor), then through the library:
 * reading the post JSON (JSON.parse, parsing every field, positions), `lint` with no rules, and
 * `lint` with medlint:recommended. Interleaved rounds after a warm-up; medians.
 */
export async function measurePerPost(lib, entries, { rounds = 5, warmup = 1, slowest = 5, onRound } = {}) {
  const processor = unified().use(rehypeParse, { fragment: true })
  const taxonomies = lib.recommended.settings.taxonomies
  const measures = {
    parse: () => {
      for (const e of entries) processor.parse(e.html)
    },
    read: () => {
      for (const e of entries) lib.readText(e.json, FILE, { taxonomies })
    },
    lintNoRules: async () => {
      for (const e of entries) await lib.lint(e.json, { config: lib.none, filePath: FILE })
    },
    lint: async () => {
      for (const e of entries) await lib.lint(e.json, { config: lib.recommended, filePath: FILE })
    },
  }
  const times = await interleaved(measures, { rounds, warmup, onRound })
  const n = entries.length
  const rows = Object.fromEntries(Object.entries(times).map(([k, t]) => {
    const total = median(t)
    return [k, { totalMs: total, msPerPost: total / n, postsPerSec: (n * 1000) / total, ratio: total / median(times.parse), rounds: t }]
  }))
  // The posts where linting costs most compared with parsing them.
  const perPost = []
  if (slowest > 0) {
    for (const e of entries) {
      let start = process.hrtime.bigint()
      processor.parse(e.html)
      const parseMs = msSince(start)
      start = process.hrtime.bigint()
      await lib.lint(e.json, { config: lib.recommended, filePath: FILE })
      perPost.push({ title: e.post.title?.rendered ?? '', group: e.group, chars: e.html.length, parseMs, lintMs: msSince(start) })
    }
    perPost.sort((a, b) => b.lintMs - a.lintMs)
  }
  return { posts: n, chars: entries.reduce((s, e) => s + e.html.length, 0), rows, slowest: perPost.slice(0, slowest) }
}

/**
 * 2. Rule profile: each rule alone (`{rules: {[id]: 'error'}}`, its default options) against an
 * empty rule set, over posts read once, through `lintRead`; the difference is the rule's cost,
 * including the shared analyses it is the only one to ask for. Also every recommended rule
 * together, to show what sharing saves.
 */
export async function profileRules(lib, entries, { rounds = 3, warmup = 1, onRound } = {}) {
  const taxonomies = lib.recommended.settings.taxonomies
  const reads = entries.flatMap((e) => lib.readText(e.json, FILE, { taxonomies }))
  const configs = Object.fromEntries(lib.rules.map((r) => [r.id, lib.toResolvedConfig({ config: { rules: { [r.id]: 'error' } } })]))
  const last = {}
  const run = (key, config) => () => {
    last[key] = lib.lintRead(reads, config, lib.rules)
  }
  const measures = { '(no rules)': run('(no rules)', lib.none), '(medlint:recommended)': run('(medlint:recommended)', lib.recommended) }
  for (const [id, config] of Object.entries(configs)) measures[id] = run(id, config)
  const times = await interleaved(measures, { rounds, warmup, onRound })
  const n = reads.length
  const base = median(times['(no rules)'])
  const spread = Math.max(...times['(no rules)']) - Math.min(...times['(no rules)'])
  const rules = lib.rules.map((r) => {
    const findings = last[r.id].reduce((s, res) => s + res.messages.filter((m) => m.ruleId === r.id).length, 0)
    const ms = median(times[r.id]) - base
    return { id: r.id, recommended: r.recommended || false, msPerPost: ms / n, totalMs: ms, findingsPerPost: findings / n }
  }).sort((a, b) => b.msPerPost - a.msPerPost)
  const all = median(times['(medlint:recommended)']) - base
  const sumRecommended = rules.filter((r) => r.recommended).reduce((s, r) => s + r.totalMs, 0)
  return { posts: n, baseMsPerPost: base / n, noiseMsPerPost: spread / n, allRecommendedMsPerPost: all / n, sumRecommendedAloneMsPerPost: sumRecommended / n, rules }
}

const SHARED = '(shared analyses)'

/**
 * Time inside each rule during one medlint:recommended run (as ESLint's TIMING does): every
 * rule's check (and site collect/finish) is wrapped with a timer. A first pseudo-rule computes
 * the shared analyses of src/analysis.ts, so they are charged to it, not to whichever rule
 * asks first; analyses rules share through `analysis.shared` go to the first rule that asks.
 */
export async function timeRulesInRun(lib, entries, { rounds = 3, warmup = 1 } = {}) {
  const taxonomies = lib.recommended.settings.taxonomies
  const reads = entries.flatMap((e) => lib.readText(e.json, FILE, { taxonomies }))
  const ns = new Map()
  const timed = (id, fn) => {
    if (!ns.has(id)) ns.set(id, 0n)
    return (...args) => {
      const start = process.hrtime.bigint()
      try {
        return fn(...args)
      } finally {
        ns.set(id, ns.get(id) + process.hrtime.bigint() - start)
      }
    }
  }
  const analyses = {
    id: SHARED,
    check: ({ analysis: a }) => {
      void [a.blocks, a.headings, a.sections, a.proseBlocks, a.text, a.lowerText, a.sentences, a.words, a.links, a.images]
    },
  }
  const rules = [analyses, ...lib.rules].map((rule) => {
    const w = { ...rule }
    if (rule.check) w.check = timed(rule.id, rule.check.bind(rule))
    if (rule.site) w.site = { ...rule.site, collect: timed(rule.id, rule.site.collect.bind(rule.site)), finish: timed(rule.id, rule.site.finish.bind(rule.site)) }
    return w
  })
  const config = { ...lib.recommended, rules: { ...lib.recommended.rules, [SHARED]: { severity: 'info', options: {} } } }
  const perRound = []
  for (let r = 0; r < warmup + rounds; r++) {
    for (const id of ns.keys()) ns.set(id, 0n)
    collectGarbage()
    const start = process.hrtime.bigint()
    lib.lintRead(reads, config, rules)
    const total = msSince(start)
    if (r >= warmup) perRound.push({ total, byRule: new Map([...ns].map(([id, t]) => [id, Number(t) / 1e6])) })
  }
  const n = reads.length
  const byRule = new Map([...ns.keys()].map((id) => [id, median(perRound.map((p) => p.byRule.get(id) ?? 0)) / n]))
  return { posts: n, totalMsPerPost: median(perRound.map((p) => p.total)) / n, sharedAnalysesMsPerPost: byRule.get(SHARED) ?? 0, byRule }
}

/** The shared analyses (src/analysis.ts), each computed alone on fresh Analysis objects (with what it builds on). */
export async function profileAnalyses(lib, entries, { rounds = 3, warmup = 1 } = {}) {
  const taxonomies = lib.recommended.settings.taxonomies
  const posts = entries.flatMap((e) => lib.readText(e.json, FILE, { taxonomies })).map((r) => r.post)
  const getters = ['blocks', 'sections', 'text', 'sentences', 'words', 'links', 'images']
  const measures = {
    '(new Analysis)': () => {
      for (const p of posts) new lib.Analysis(p)
    },
  }
  for (const g of getters) {
    measures[g] = () => {
      for (const p of posts) void new lib.Analysis(p)[g]
    }
  }
  const times = await interleaved(measures, { rounds, warmup })
  const base = median(times['(new Analysis)'])
  return getters.map((g) => ({ id: g, msPerPost: (median(times[g]) - base) / posts.length }))
}

/**
 * A CPU profile of `lint` (medlint:recommended) over the posts, taken in this process with the
 * inspector; returns self time per function and per file, and writes the .cpuprofile to `file`.
 */
export async function cpuProfile(lib, entries, { file, top = 20 } = {}) {
  const { Session } = await import('node:inspector/promises')
  for (const e of entries) await lib.lint(e.json, { config: lib.recommended, filePath: FILE })
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  const start = process.hrtime.bigint()
  for (const e of entries) await lib.lint(e.json, { config: lib.recommended, filePath: FILE })
  const wallMs = msSince(start)
  const { profile } = await session.post('Profiler.stop')
  session.disconnect()
  if (file) {
    mkdirSync(join(file, '..'), { recursive: true })
    const { writeFileSync } = await import('node:fs')
    writeFileSync(file, JSON.stringify(profile))
  }
  return { wallMs, ...summarizeProfile(profile, top) }
}

/** Self time per function and per file (packages grouped by name) of a V8 CPU profile. */
export function summarizeProfile(profile, top = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  const deltas = profile.timeDeltas ?? []
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + ms)
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1
  const fns = new Map()
  const files = new Map()
  for (const [id, ms] of self) {
    const { callFrame } = byId.get(id)
    const where = fileLabel(callFrame.url)
    const name = callFrame.functionName || (where ? '(anonymous)' : callFrame.url || '(program)')
    const key = where ? `${name}  ${where}:${callFrame.lineNumber + 1}` : name
    fns.set(key, (fns.get(key) ?? 0) + ms)
    const fileKey = where || name
    files.set(fileKey, (files.get(fileKey) ?? 0) + ms)
  }
  const rank = (m) => [...m].map(([name, ms]) => ({ name, ms, share: ms / total })).sort((a, b) => b.ms - a.ms).slice(0, top)
  return { totalMs: total, functions: rank(fns), files: rank(files) }
}

function fileLabel(url) {
  if (!url) return ''
  let path = url
  try {
    if (url.startsWith('file:')) path = new URL(url).pathname
  } catch {
    return url
  }
  const nm = path.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const rest = path.slice(nm + 14).split('/')
    const pkg = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
    return `${pkg} (${rest.slice(rest[0].startsWith('@') ? 2 : 1).join('/')})`
  }
  if (path.startsWith(root)) return relative(root, path)
  return path.startsWith('node:') ? path : path.split('/').slice(-2).join('/')
}

/** Runs a command, resolving with its exit code, wall time and the tail of its output. */
function run(cmd, args, { cwd = root, env = {}, timeoutMs = 30 * 60 * 1000 } = {}) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint()
    const child = spawn(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    const keep = (s, chunk) => (s + chunk).slice(-4000)
    child.stdout.on('data', (c) => (out = keep(out, c)))
    child.stderr.on('data', (c) => (err = keep(err, c)))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, wallMs: msSince(start), stdout: out, stderr: err })
    })
  })
}

/** A path relative to the repository when it is inside it (as a user would type it). */
function shortPath(path) {
  const rel = relative(root, path)
  return rel.startsWith('..') ? path : rel
}

/**
 * Reads a `-f json` output (an array of results, or an object holding `results`): how many post
 * results it holds, and the fatal messages (rule crashes) in it, counted by message.
 */
function readResults(file) {
  if (!existsSync(file)) return {}
  try {
    const value = JSON.parse(readFileSync(file, 'utf8'))
    const results = Array.isArray(value) ? value : value?.results
    if (!Array.isArray(results)) return {}
    const fatal = {}
    for (const r of results) {
      for (const m of r.messages ?? []) if (m.fatal) fatal[m.message] = (fatal[m.message] ?? 0) + 1
    }
    return { results: results.length, fatal }
  } catch {
    return {}
  }
}

/** Runs the CLI on an export under the wrapper that reports peak memory. */
export async function lintExport(exportPath, { resultPath = join(outDir, 'result.json'), args = [] } = {}) {
  const usageFile = join(resultPath, '..', 'usage.json')
  rmSync(usageFile, { force: true })
  rmSync(resultPath, { force: true })
  const r = await run(process.execPath, ['bench/rss-wrapper.js', 'bin/medlint.js', shortPath(exportPath), '-f', 'json', '-o', shortPath(resultPath), ...args], {
    env: { MEDLINT_BENCH_USAGE_FILE: usageFile },
  })
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined
  return { ...r, usage, ...readResults(resultPath) }
}

/**
 * 3. Generated WXR exports of each size, linted by the CLI as a child process: wall time, time
 * per post and peak memory. First checks, on a 3-post export, that this build lints WXR at all.
 */
export async function measureWxr(entries, { sizes = [1000, 10000, 50000], force = false, dir = outDir, log = () => {} } = {}) {
  mkdirSync(dir, { recursive: true })
  const [probe] = await generateExports({ counts: [3], dir, entries, force })
  const check = await lintExport(probe.path, { resultPath: join(dir, 'probe.json') })
  if ((check.code !== 0 && check.code !== 1) || check.results !== 3) {
    const why = (check.stderr || check.stdout).trim().split('\n')[0]
    return { skipped: 'WXR not supported by this build', detail: why || `exit code ${check.code}, ${check.results ?? 'no'} results` }
  }
  const files = await generateExports({ counts: sizes, dir, entries, force, log })
  const rows = []
  for (const f of files) {
    log(`linting the ${f.count.toLocaleString('en-US')}-post export (${(f.bytes / 1e6).toFixed(0)} MB)…`)
    const r = await lintExport(f.path, { resultPath: join(dir, 'result.json') })
    const ok = r.code === 0 || r.code === 1
    rows.push({
      posts: f.count,
      bytes: f.bytes,
      wallMs: r.wallMs,
      msPerPost: r.wallMs / f.count,
      postsPerSec: (f.count * 1000) / r.wallMs,
      peakRssMb: r.usage ? r.usage.maxRssKb / 1024 : undefined,
      cpuMs: r.usage ? r.usage.userMs + r.usage.systemMs : undefined,
      results: r.results,
      fatal: r.fatal ?? {},
      exitCode: r.code,
      error: ok ? undefined : r.signal ? `killed (${r.signal})` : r.stderr.trim().split('\n')[0] || `exit code ${r.code}`,
    })
  }
  return { rows }
}

/**
 * 4. Cold start: wall time of `node bin/medlint.js <seed post>` as a user waits for it, against
 * `node -e ""` (the Node floor) and loading the CLI module without running it. Interleaved runs.
 */
export function measureColdStart({ runs = 10, post = 'fixtures/posts/wp-post-424.json' } = {}) {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
  const commands = {
    'node -e ""': [process.execPath, ['-e', '']],
    'import dist/src/cli.js (no run)': [process.execPath, ['--input-type=module', '-e', "await import('./dist/src/cli.js')"]],
    [`medlint ${post}`]: [process.execPath, ['bin/medlint.js', post]],
  }
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  const codes = {}
  for (let r = -1; r < runs; r++) {
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const start = process.hrtime.bigint()
      const res = spawnSync(cmd, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'ignore'] })
      const ms = msSince(start)
      codes[name] = res.status
      if (r >= 0) times[name].push(ms)
    }
  }
  const floor = median(times['node -e ""'])
  return Object.entries(times).map(([name, t]) => ({ name, medianMs: median(t), minMs: Math.min(...t), ratio: median(t) / floor, overFloorMs: median(t) - floor, exitCode: codes[name] }))
}
