#!/usr/bin/env node
// medlint's benchmark: `npm run bench` (builds first; this measures the built dist/).
// Prints figures as ratios against baselines measured in the same run; asserts nothing.
import { writeFileSync, mkdirSync } from 'node:fs'
import { cpus, platform, arch, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { spawnSync } from 'node:child_process'
import { loadPosts, samplePosts, parseFlags, table, fmt, fmtInt, outDir, root } from './lib.js'
import { loadLibrary, measurePerPost, profileRules, timeRulesInRun, profileAnalyses, cpuProfile, measureWxr, measureColdStart } from './measure.js'

const HELP = `node bench/run.js [options]   (npm run bench builds dist/ first)

  --quick             Fewer posts and rounds, and no 50,000-post export (about a minute)
  --posts <n|all>     Corpus posts to measure per round (default 600; spread over every file)
  --rounds <n>        Timed rounds after the warm-up (default 5; the rule profile uses 3)
  --sizes <a,b,…>     Export sizes for the WXR step (default 1000,10000,50000)
  --only <steps>      Run some steps: post,rules,wxr,cold (comma-separated)
  --cpu-prof          Also profile the library run: top functions and files by self time,
                      and bench/out/lint.cpuprofile (open it in Chrome DevTools)
  --corpus <dir>      The evaluation corpus (default ../shared/corpus beside the repository);
                      without it, the project's fixtures/posts are measured
  --results <file>    Where to write the figures as JSON (default bench/out/bench-results.json)
  --regen             Rebuild the generated exports even if they are up to date
  -h, --help          Show this help

Targets (issue 5): lint ≤ 1.5× bare parse per post; peak memory < 300 MB for 50,000 posts;
time per post flat as the export grows; cold start < 250 ms.`

const argv = process.argv.slice(2).map((a) => (a === '-h' ? '--help' : a))
let flags
try {
  flags = parseFlags(argv, ['quick', 'help', 'cpu-prof', 'regen'])
} catch (error) {
  console.error(`bench: ${error.message}\n\n${HELP}`)
  process.exit(2)
}
if (flags.help) {
  console.log(HELP)
  process.exit(0)
}
const quick = !!flags.quick
const postCount = flags.posts === 'all' ? Infinity : Number(flags.posts ?? (quick ? 200 : 600))
const rounds = Number(flags.rounds ?? (quick ? 3 : 5))
const profileRounds = Math.max(1, Math.min(rounds, quick ? 2 : 3))
const sizes = String(flags.sizes ?? (quick ? '1000,10000' : '1000,10000,50000')).split(',').filter(Boolean).map(Number)
const steps = new Set(String(flags.only ?? 'post,rules,wxr,cold').split(','))
const log = (m) => process.stderr.write(`  … ${m}\n`)
const out = {}
const started = process.hrtime.bigint()
const load0 = loadavg()[0]

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : 'unknown'
}

const corpus = loadPosts(flags.corpus ? { corpusDir: resolve(String(flags.corpus)) } : {})
const entries = samplePosts(corpus.posts, postCount)
const groups = Object.entries(entries.reduce((m, e) => ({ ...m, [e.group]: (m[e.group] ?? 0) + 1 }), {})).map(([g, n]) => `${g} ${n}`).join(', ')
const lib = await loadLibrary()

console.log(`medlint benchmark: node ${process.version}, ${platform()} ${arch()}, ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, commit ${gitCommit()}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`)
if (corpus.source === 'fixtures') {
  console.log(`The shared corpus (${corpus.corpusDir}) is absent: measuring the project's fixtures/posts instead (too few posts for stable figures).`)
}
const load = loadavg()[0]
if (load > cpus().length) console.log(`Load average ${fmt(load, 1)} on ${cpus().length} CPUs: other work is running, so figures are noisier than usual.`)
console.log(`Posts: ${entries.length} of ${corpus.posts.length} ${corpus.source} posts (${groups}), ${fmt(entries.reduce((s, e) => s + e.html.length, 0) / 1e6, 1)} M characters of content HTML.`)
out.meta = { node: process.version, cpus: cpus().length, commit: gitCommit(), date: new Date().toISOString(), source: corpus.source, posts: entries.length, rounds, quick }

if (steps.has('post')) {
  console.log(`\n1. Per post (${rounds} rounds after a warm-up, median; ratio against bare rehype-parse of content.rendered)\n`)
  const r = await measurePerPost(lib, entries, { rounds, onRound: (i) => i >= 0 && log(`per-post round ${i + 1}/${rounds}`) })
  out.perPost = r
  const labels = {
    parse: 'rehype-parse content.rendered (floor)',
    read: 'readText: post JSON → post model',
    lintNoRules: 'lint(), no rules',
    lint: 'lint(), medlint:recommended',
  }
  console.log(table(['measure', 'ms/round', 'ms/post', 'posts/s', '× parse'], Object.entries(labels).map(([k, label]) => {
    const row = r.rows[k]
    return [label, fmt(row.totalMs, 0), fmt(row.msPerPost, 3), fmtInt(row.postsPerSec), fmt(row.ratio, 2) + (k === 'lint' ? '   target ≤ 1.50' : '')]
  })))
  if (r.slowest.length) {
    console.log(`\nSlowest posts to lint (one timed pass):\n`)
    console.log(table(['post', 'group', 'chars', 'parse ms', 'lint ms', '×'], r.slowest.map((p) => [p.title.slice(0, 48), p.group, fmtInt(p.chars), fmt(p.parseMs, 2), fmt(p.lintMs, 2), fmt(p.lintMs / p.parseMs, 1)])))
  }
}

if (steps.has('rules')) {
  console.log(`\n2. Rule profile: each rule alone minus no rules, on posts read once (lintRead; ${profileRounds} rounds, median)\n`)
  const r = await profileRules(lib, entries, { rounds: profileRounds, onRound: (i) => i >= 0 && log(`rule profile round ${i + 1}/${profileRounds}`) })
  const inRun = await timeRulesInRun(lib, entries, { rounds: profileRounds })
  out.rules = { ...r, inRun: { ...inRun, byRule: Object.fromEntries(inRun.byRule) } }
  const runTotal = inRun.totalMsPerPost
  console.log(table(['rule', 'recommended', 'alone ms/post', 'in run ms/post', 'share of run', 'findings/post'], [
    ...r.rules.map((x) => {
      const mine = inRun.byRule.get(x.id) ?? 0
      return [x.id, x.recommended || 'off', fmt(x.msPerPost, 3), x.recommended ? fmt(mine, 3) : '', x.recommended ? `${fmt((100 * mine) / runTotal, 1)}%` : '', fmt(x.findingsPerPost, 2)]
    }),
    ['(shared analyses: blocks … words, links)', '', '', fmt(inRun.sharedAnalysesMsPerPost, 3), `${fmt((100 * inRun.sharedAnalysesMsPerPost) / runTotal, 1)}%`, ''],
  ], ['l', 'l', 'r', 'r', 'r', 'r']))
  console.log(`\n"alone": the rule as the only one enabled, minus no rules (it pays for every analysis it uses). "in run": time inside the rule's`)
  console.log(`check during one medlint:recommended run over the same posts, with src/analysis.ts analyses computed first (${fmt(runTotal, 3)} ms/post in all).`)
  console.log(`Engine with no rules (results, directives): ${fmt(r.baseMsPerPost, 3)} ms/post; noise (spread of its rounds) ±${fmt(r.noiseMsPerPost, 3)} ms/post.`)
  console.log(`Recommended rules together: ${fmt(r.allRecommendedMsPerPost, 3)} ms/post; each alone, summed: ${fmt(r.sumRecommendedAloneMsPerPost, 3)} ms/post (the difference is what shared analyses save).`)
  const analyses = await profileAnalyses(lib, entries, { rounds: profileRounds })
  out.analyses = analyses
  console.log(`\nShared analyses (src/analysis.ts), each alone with what it builds on: ${analyses.map((a) => `${a.id} ${fmt(a.msPerPost, 3)}`).join(', ')} ms/post`)
}

if (flags['cpu-prof']) {
  const file = join(outDir, 'lint.cpuprofile')
  console.log(`\nCPU profile of lint() with medlint:recommended over the same posts (self time; ${file.slice(root.length)})\n`)
  const p = await cpuProfile(lib, entries, { file, top: 25 })
  out.cpuProfile = { functions: p.functions, files: p.files }
  console.log(table(['function  file:line', 'ms', 'share'], p.functions.map((f) => [f.name, fmt(f.ms, 0), `${fmt(100 * f.share, 1)}%`])))
  console.log('')
  console.log(table(['file or package', 'ms', 'share'], p.files.slice(0, 15).map((f) => [f.name, fmt(f.ms, 0), `${fmt(100 * f.share, 1)}%`])))
}

if (steps.has('wxr')) {
  console.log(`\n3. Generated WXR exports, linted by the CLI (node bin/medlint.js <export> -f json -o bench/out/result.json)\n`)
  const r = await measureWxr(corpus.posts, { sizes, force: !!flags.regen, log })
  out.wxr = r
  if (r.skipped) {
    console.log(`skipped: ${r.skipped}${r.detail ? ` (${r.detail})` : ''}`)
  } else {
    const first = r.rows[0]
    console.log(table(['posts', 'file MB', 'wall s', 'ms/post', '× first', 'posts/s', 'CPU s', 'peak RSS MB', 'results', 'exit'], r.rows.map((x) => [
      fmtInt(x.posts),
      fmt(x.bytes / 1e6, 0),
      fmt(x.wallMs / 1000, 1),
      fmt(x.msPerPost, 2),
      first ? fmt(x.msPerPost / first.msPerPost, 2) : '–',
      fmtInt(x.postsPerSec),
      fmt(x.cpuMs / 1000, 1),
      fmt(x.peakRssMb, 0) + (x.posts === 50000 ? '   target < 300' : ''),
      x.results === undefined ? '–' : fmtInt(x.results),
      String(x.exitCode ?? '–'),
    ])))
    console.log('\n(× first: time per post against the smallest export; flat means linear growth. CPU s above wall s means worker threads.)')
    for (const x of r.rows) {
      if (x.error) console.log(`${fmtInt(x.posts)} posts: failed: ${x.error}`)
      for (const [message, n] of Object.entries(x.fatal ?? {})) console.log(`${fmtInt(x.posts)} posts: ${n} × fatal: ${message}`)
    }
  }
}

if (steps.has('cold')) {
  const runs = quick ? 5 : 10
  console.log(`\n4. CLI cold start (${runs} runs after one untimed, median wall time)\n`)
  const r = measureColdStart({ runs })
  out.coldStart = r
  console.log(table(['command', 'median ms', 'min ms', 'over node ms', '× node'], r.map((x, i) => [
    x.name + (x.exitCode > 1 ? `  (exit ${x.exitCode})` : ''),
    fmt(x.medianMs, 0) + (i === r.length - 1 ? '   target < 250' : ''),
    fmt(x.minMs, 0),
    fmt(x.overFloorMs, 0),
    fmt(x.ratio, 2),
  ])))
}

const resultsFile = flags.results ? resolve(String(flags.results)) : join(outDir, 'bench-results.json')
out.meta.loadAverage = { start: load0, end: loadavg()[0] }
mkdirSync(dirname(resultsFile), { recursive: true })
writeFileSync(resultsFile, JSON.stringify(out, null, 2) + '\n')
console.log(`\nBench took ${fmt(Number(process.hrtime.bigint() - started) / 1e9, 0)} s (load average ${fmt(load0, 1)} at the start, ${fmt(loadavg()[0], 1)} at the end); figures in ${resultsFile.startsWith(root) ? resultsFile.slice(root.length) : resultsFile}.`)
