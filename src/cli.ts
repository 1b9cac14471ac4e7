import { parseArgs } from 'node:util'
import { mkdir, writeFile } from 'node:fs/promises'
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { dirname, resolve as resolvePath } from 'node:path'
import { availableParallelism } from 'node:os'
import { MedlintError, usageError } from './errors.js'
import type { LintResult } from './types.js'
import type { RuleSetting } from './config/schema.js'

/** Where the CLI reads and writes; replaced in tests. */
export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown; isTTY?: boolean }
  stdin: AsyncIterable<string | Buffer>
  cwd: string
  env: Record<string, string | undefined>
}

const HELP = `medlint [options] <files|directories|globs|->

Lint WordPress posts (REST API JSON, HTML) for medical content quality and SEO.

Input:
  <file>                     A post JSON file, a JSON array of posts, or an HTML file
  <export.xml>               A WordPress export (WXR 1.0-1.2), streamed post by post
  <directory>                Every .json, .html, .htm and .xml file below it
  --url <url>                Fetch a post from the REST API (/wp-json/wp/v2/posts/123) with
                             _embed; MEDLINT_WP_USER and MEDLINT_WP_APP_PASSWORD (an application
                             password) add context=edit (repeatable)
  --timeout <ms>             How long --url waits for an answer (default 10000)
  -, --stdin                 Read one post from standard input
  --stdin-filename <name>    Name to show for standard input
  --post-type <types>        Post types to read from WXR exports (default post; any for all)

Config:
  -c, --config <file>        Use this config file instead of searching for one
  --no-config                Ignore config files (use medlint:recommended)
  --rule <id:severity>       Set a rule, e.g. --rule heading-hierarchy:warn or
                             --rule 'title-length:["warn",{"max":65}]' (repeatable)
  --no-inline-config         Ignore <!-- medlint-disable ... --> comments in posts
  --concurrency <n|auto|off> Worker threads for many files (default auto: one per core
                             when there are enough files to be worth it)
  --cache                    Only lint files that changed since the last run with --cache
  --cache-location <file>    Where the cache is kept (default .medlintcache)
  --fix                      Apply safe structural fixes (heading levels, emphasis wrapping a
                             heading) to the files, atomically
  --fix-type <types>         structure (default), content: also add suggested medical text
                             (disclaimer, emergency line); comma-separated
  --fix-dry-run              Print the fixes as a diff instead of writing them
  --print-config             Print the resolved config and exit
  --list-rules               List every rule with its severity in the resolved config

Output:
  -f, --format <name[=file]> stylish (default), json, json-with-metadata, sarif, github,
                             junit, markdown, html;
                             repeatable: -f stylish -f sarif=medlint.sarif
  -o, --output-file <file>   Write the output to a file instead of standard output
  --quiet                    Print errors only (the exit code still counts warnings)
  --max-warnings <n>         Exit 1 when there are more than n warnings
  --color, --no-color        Force colour on or off (default: on for a terminal)
  --debug                    Show stack traces for internal errors

  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 lint errors or too many
warnings, 2 usage, config, input or internal failure.
`

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', multiple: true },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        'no-inline-config': { type: 'boolean' },
        url: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        cache: { type: 'boolean' },
        concurrency: { type: 'string' },
        'post-type': { type: 'string', multiple: true },
        'cache-location': { type: 'string' },
        'fix-dry-run': { type: 'boolean' },
        'fix-type': { type: 'string', multiple: true },
        timeout: { type: 'string' },
        rule: { type: 'string', multiple: true },
        quiet: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'output-file': { type: 'string', short: 'o' },
        'print-config': { type: 'boolean' },
        'list-rules': { type: 'boolean' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    // parseArgs explains itself over two sentences; one line is enough.
    throw usageError(String((error as Error).message).split('\n')[0]!.replace(/\. To specify.*$/, '.'))
  }
}

/** `--rule id:severity` or `--rule 'id:["warn", {...}]'` → a rules map. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const i = flag.indexOf(':')
    if (i <= 0) throw usageError(`--rule ${JSON.stringify(flag)}: expected <rule-id>:<severity>, e.g. heading-hierarchy:warn`)
    const id = flag.slice(0, i).trim()
    const value = flag.slice(i + 1).trim()
    if (value.startsWith('[')) {
      try {
        out[id] = JSON.parse(value) as RuleSetting
      } catch {
        throw usageError(`--rule ${JSON.stringify(flag)}: the value after the colon is not valid JSON`)
      }
    } else out[id] = value as RuleSetting
  }
  return out
}

export function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1
  if (!/^-?\d+$/.test(value.trim())) throw usageError(`--max-warnings expects a whole number, got ${JSON.stringify(value)}`)
  return Number(value)
}

async function readStdin(stdin: AsyncIterable<string | Buffer>): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}

/** Runs the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let debug = argv.includes('--debug')
  try {
    const { values, positionals } = parse(argv)
    debug = !!values.debug
    if (values.help) {
      io.stdout.write(HELP)
      return 0
    }
    if (values.version) {
      io.stdout.write(`${version()}\n`)
      return 0
    }
    return await run(values, positionals, io)
  } catch (error) {
    ;(await import('./store.js')).closeAllStores()
    if (error instanceof MedlintError) {
      io.stderr.write(`medlint: ${error.message}\n`)
      if (error.kind === 'usage') io.stderr.write('Run medlint --help for usage.\n')
      return 2
    }
    const err = error as Error
    io.stderr.write(`medlint: internal error: ${err?.message ?? String(error)}\n`)
    if (debug && err?.stack) io.stderr.write(`${err.stack}\n`)
    else io.stderr.write('Run with --debug for a stack trace.\n')
    return 2
  }
}

type Values = ReturnType<typeof parse>['values']

async function run(values: Values, positionals: string[], io: CliIO): Promise<number> {
  // Loaded here, not at the top, so --help and --version start fast.
  const [{ loadConfig }, { LintSession, lintUnit, summarize }, { expandPatterns, readInputFile, peekFile }, { readText, isWxrText, loadWxrReader }, { rules }, { formatters }] = await Promise.all([
    import('./config/load.js'),
    import('./session.js'),
    import('./files.js'),
    import('./readers/text.js'), // loads the WXR reader only when an input is an export
    import('../rules/index.js'),
    import('./formatters/registry.js'),
  ])

  if (values['no-config'] && values.config) throw usageError('--config and --no-config cannot be used together')
  const maxWarnings = parseMaxWarnings(values['max-warnings'])
  workerCount(values.concurrency, 0) // validates the flag before any work
  const ruleFlags = parseRuleFlags(values.rule ?? [])
  const formats = (values.format?.length ? values.format : ['stylish']).map((f) => {
    const i = f.indexOf('=')
    const name = (i === -1 ? f : f.slice(0, i)).trim()
    const file = i === -1 ? undefined : f.slice(i + 1).trim()
    if (!formatters[name]) throw usageError(`unknown format "${name}" (formats: ${Object.keys(formatters).join(', ')})`)
    if (file === '') throw usageError(`-f ${f}: missing file name after "="`)
    return { name, file }
  })

  const config = await loadConfig({
    cwd: io.cwd,
    ...(values.config ? { configFile: resolvePath(io.cwd, values.config) } : {}),
    ...(values['no-config'] ? { noConfig: true } : {}),
    rules: ruleFlags,
  })

  if (values['print-config']) {
    io.stdout.write(`${JSON.stringify({ filepath: config.filepath ?? null, settings: config.settings, rules: config.rules }, null, 2)}\n`)
    return 0
  }
  if (values['list-rules']) {
    const width = Math.max(...rules.map((r) => r.id.length))
    for (const rule of rules) {
      const setting = config.rules[rule.id]?.severity ?? 'off'
      io.stdout.write(`${rule.id.padEnd(width)}  ${setting.padEnd(5)}  ${rule.category.padEnd(11)}  ${rule.description}\n`)
    }
    return 0
  }

  const useStdin = values.stdin || positionals.includes('-')
  const patterns = positionals.filter((p) => p !== '-')
  const urls = values.url ?? []
  if (!useStdin && !patterns.length && !urls.length) throw usageError('no input: give files, directories or globs, --url, or - for standard input')
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout)
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) throw usageError(`--timeout expects a number of milliseconds, got ${JSON.stringify(values.timeout)}`)
  if (values['stdin-filename'] && !useStdin) throw usageError('--stdin-filename needs --stdin or -')

  const inlineConfig = !values['no-inline-config']
  const keepSource = formats.some((f) => f.name === 'html')
  const { ResultStore } = await import('./store.js')
  const store = new ResultStore()
  const session = new LintSession(config, rules, { inlineConfig, keepSource }, store)
  const taxonomies = config.settings.taxonomies
  const postTypes = (values['post-type'] ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean)
  const readOptions = { taxonomies, ...(postTypes.length ? { postTypes } : {}) }
  const fixTypes = parseFixTypes(values['fix-type'])
  const fixing = values.fix || values['fix-dry-run']
  if (values['fix-type'] && !fixing) throw usageError('--fix-type needs --fix or --fix-dry-run')
  if (values.fix && useStdin && !values['fix-dry-run']) throw usageError('--fix cannot write to standard input: use --fix-dry-run to see the fixes')
  const cache = values.cache ? await (await import('./cache.js')).LintCache.open(resolvePath(io.cwd, values['cache-location'] ?? '.medlintcache'), config, version()) : undefined
  /** Lints one input; with --fix, fixes it first (writing it back unless it is stdin or a dry run). */
  const lintInput = async (text: string, shown: string, file: string | undefined) => {
    if (isWxrText(text)) await loadWxrReader()
    if (!fixing || isWxrText(text)) {
      if (cache && file) {
        const { hashText } = await import('./cache.js')
        const hash = hashText(text)
        let unit = cache.get(file, hash)
        if (!unit) {
          unit = lintUnit(readText(text, shown, readOptions), config, rules, { inlineConfig, keepSource })
          cache.set(file, hash, unit)
        }
        session.addLinted(unit)
        return
      }
      for (const read of readText(text, shown, readOptions)) session.add(read)
      return
    }
    const { fixText, fixDiff, writeAtomically } = await import('./fixer.js')
    const outcome = fixText(text, shown, config, rules, fixTypes, { inlineConfig, keepSource })
    if (outcome.output !== undefined) {
      if (values['fix-dry-run'] || !file) io.stdout.write(fixDiff(shown, text, outcome.output))
      else await writeAtomically(file, outcome.output, shown)
    }
    for (const read of outcome.reads) session.add(read)
  }
  if (useStdin) {
    const name = values['stdin-filename'] ?? '<stdin>'
    await lintInput(await readStdin(io.stdin), name, undefined)
  }
  if (patterns.length) {
    const files = await expandPatterns(patterns, io.cwd)
    const { createProgress } = await import('./progress.js')
    const progress = createProgress(io.stderr, io.env, files.length)
    let filesDone = 0
    const wxr = new Set<string>()
    for (const file of files) if (/\.xml$/i.test(file) && isWxrText(await peekFile(file))) wxr.add(file)
    // Exports are streamed on the main thread; worker threads take runs of post files.
    const workers = fixing || wxr.size ? 0 : workerCount(values.concurrency, files.length)
    if (workers > 1) {
      const { lintInWorkers } = await import('./parallel.js')
      const { hashText } = await import('./cache.js')
      const hashes: string[] = []
      async function* inputs() {
        for (const file of files) {
          const shown = relativeTo(io.cwd, file)
          const text = await readInputFile(file, shown)
          const hash = cache ? hashText(text) : ''
          hashes.push(hash)
          const unit = cache?.get(file, hash)
          yield unit ? { text: '', shown, unit } : { text, shown }
        }
      }
      await lintInWorkers(inputs(), config, { concurrency: workers, inlineConfig, keepSource }, (unit, i) => {
        if (cache) cache.set(files[i]!, hashes[i]!, unit)
        session.addLinted(unit)
        progress.update(session.count, ++filesDone)
      })
    } else {
      for (const file of files) {
        const shown = relativeTo(io.cwd, file)
        if (wxr.has(file)) {
          const { streamWxrFile } = await import('./readers/wxr-file.js')
          await streamWxrFile(
            file,
            readOptions,
            (read) => {
              session.add(read)
              progress.update(session.count, filesDone)
            },
            shown,
          )
        } else {
          await lintInput(await readInputFile(file, shown), shown, file)
        }
        progress.update(session.count, ++filesDone)
      }
    }
    progress.done()
  }
  if (urls.length) {
    const { fetchPost } = await import('./url.js')
    for (const url of urls) {
      const text = await fetchPost(url, { ...(timeout ? { timeout } : {}), user: io.env['MEDLINT_WP_USER'], password: io.env['MEDLINT_WP_APP_PASSWORD'] })
      if (isWxrText(text)) await loadWxrReader()
      for (const read of readText(text, url, readOptions)) session.add(read)
    }
  }
  session.finishSite()
  await cache?.save()
  try {
    return await report(store, formats, values, maxWarnings, io, rules, summarize)
  } finally {
    store.close()
  }
}

/** Prints or writes every requested format and returns the exit code. */
async function report(
  store: import('./store.js').ResultStore,
  formats: { name: string; file: string | undefined }[],
  values: Values,
  maxWarnings: number,
  io: CliIO,
  rules: readonly import('./rule.js').AnyRule[],
  summarize: (results: Iterable<LintResult>) => import('./session.js').SiteSummary,
): Promise<number> {
  const { formatters, streamFormatters } = await import('./formatters/registry.js')
  let errorCount = 0
  let warningCount = 0
  let fatal = false
  for (const r of store) {
    errorCount += r.errorCount
    warningCount += r.warningCount
    if (r.fatalErrorCount > 0) fatal = true
  }
  const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings
  const quiet = (r: LintResult): LintResult => (values.quiet ? { ...r, messages: r.messages.filter((m) => m.severity === 2) } : r)
  // Small runs are held in memory; a run the store wrote to disk is streamed to the formats that can.
  const inMemory = store.spilled ? undefined : store.toArray().map(quiet)
  const shown: Iterable<LintResult> = inMemory ?? {
    *[Symbol.iterator]() {
      for (const r of store) yield quiet(r)
    },
  }
  const color = values['no-color'] ? false : values.color ? true : !!io.stdout.isTTY && !io.env['NO_COLOR'] && !values['output-file']
  const context = {
    cwd: io.cwd,
    rules,
    color,
    version: version(),
    ...(store.length > 1 ? { summary: summarize(store) } : {}),
    ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings, foundWarnings: warningCount } } : {}),
  }
  for (const { name, file } of formats) {
    const target = file ?? values['output-file']
    const ctx = target ? { ...context, color: false } : context
    const path = target ? resolvePath(io.cwd, target) : undefined
    try {
      if (path) await mkdir(dirname(path), { recursive: true })
      const stream = !inMemory ? streamFormatters[name] : undefined
      if (stream) {
        const fd = path ? openSync(path, 'w') : undefined
        let last = ''
        try {
          ;(await stream())(shown, ctx, (chunk) => {
            if (!chunk) return
            last = chunk
            if (fd !== undefined) writeSync(fd, chunk)
            else io.stdout.write(chunk)
          })
          if (fd === undefined && last && !last.endsWith('\n')) io.stdout.write('\n')
        } finally {
          if (fd !== undefined) closeSync(fd)
        }
        continue
      }
      const output = (await formatters[name]!())(inMemory ?? store.toArray().map(quiet), ctx)
      if (path) await writeFile(path, output)
      else if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (path && code) throw usageError(`cannot write ${target}: ${code}`)
      throw error
    }
  }

  if (fatal) return 2
  return errorCount > 0 || tooManyWarnings ? 1 : 0
}

/** Inputs below which starting worker threads costs more than it saves. */
const AUTO_WORKER_MIN_FILES = 24

/** How many worker threads to use for `files` inputs (0 or 1: lint on the main thread). */
export function workerCount(flag: string | undefined, files: number): number {
  const value = (flag ?? 'auto').trim()
  if (value === 'off' || value === '0' || value === '1') return 0
  if (value === 'auto') return files >= AUTO_WORKER_MIN_FILES ? Math.min(availableParallelism(), files) : 0
  if (!/^\d+$/.test(value)) throw usageError(`--concurrency expects a number, "auto" or "off", got ${JSON.stringify(value)}`)
  return files > 1 ? Math.min(Number(value), files) : 0
}

function parseFixTypes(values: string[] | undefined): ReadonlySet<'structure' | 'content'> {
  const types = new Set<'structure' | 'content'>(['structure'])
  for (const t of (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    if (t !== 'structure' && t !== 'content') throw usageError(`--fix-type: unknown type "${t}" (types: structure, content)`)
    types.add(t)
  }
  return types
}

function relativeTo(cwd: string, file: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`
  return file.startsWith(prefix) ? file.slice(prefix.length) : file
}

function defaultIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  }
}
