#!/usr/bin/env node
// Runs a Node script in this process and, when the process exits, writes its peak memory
// (the resident set size high-water mark, `process.resourceUsage().maxRSS`, which covers worker
// threads too) and its CPU time as JSON to the file named by MEDLINT_BENCH_USAGE_FILE.
//
//   MEDLINT_BENCH_USAGE_FILE=usage.json node bench/rss-wrapper.js bin/medlint.js <args…>
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node bench/rss-wrapper.js <script.js> [args…]')
  process.exit(2)
}
const usageFile = process.env['MEDLINT_BENCH_USAGE_FILE']
const scriptPath = resolve(script)
process.on('exit', (code) => {
  if (!usageFile) return
  const u = process.resourceUsage()
  writeFileSync(usageFile, JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, exitCode: code }) + '\n')
})
// The script sees the arguments as if it had been started directly.
process.argv = [process.argv[0], scriptPath, ...args]
await import(pathToFileURL(scriptPath).href)
