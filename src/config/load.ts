import { readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, join, resolve as resolvePath } from 'node:path'
import { rules as allRules } from '../../rules/index.js'
import { configError, MedlintError } from '../errors.js'
import { resolveConfig } from './resolve.js'
import type { Config, ResolvedConfig, RuleSetting } from './schema.js'
import type { AnyRule } from '../rule.js'

/** Where config is looked for, nearest directory first, up to the project root (package.json). */
export const SEARCH_PLACES = [
  'package.json',
  '.medlintrc',
  '.medlintrc.json',
  '.medlintrc.yaml',
  '.medlintrc.yml',
  '.medlintrc.js',
  '.medlintrc.cjs',
  '.medlintrc.mjs',
  'medlint.config.js',
  'medlint.config.cjs',
  'medlint.config.mjs',
]

export interface LoadConfigOptions {
  /** Directory to search from (default: the current directory). */
  cwd?: string
  /** Use this config file instead of searching. */
  configFile?: string
  /** Ignore config files: use `medlint:recommended`. */
  noConfig?: boolean
  /** `--rule` style overrides applied last. */
  rules?: Record<string, RuleSetting>
}

/** A config file as cosmiconfig returns it (null: none found). */
type Found = { config: unknown; filepath: string; isEmpty?: boolean } | null

/**
 * Finds and loads the medlint config (cosmiconfig, module name `medlint`), validates it and
 * applies its presets. With no config file, `medlint:recommended` applies.
 *
 * Plain JSON configs (and no config at all) are found and read here without loading cosmiconfig
 * and its parsers, which keeps the CLI's start-up short; anything else (YAML, JavaScript,
 * `package.json#medlint`, a file that does not parse, a cosmiconfig meta config) goes to
 * cosmiconfig, so results and error messages are cosmiconfig's.
 */
export async function loadConfig(options: LoadConfigOptions = {}, rules: readonly AnyRule[] = allRules): Promise<ResolvedConfig> {
  const overrides = options.rules ? { ruleOverrides: options.rules } : {}
  if (options.noConfig) return resolveConfig(undefined, rules, overrides)
  let found = quickFind(options)
  if (found === COSMICONFIG) found = await cosmiconfigFind(options)
  if (!found) return resolveConfig(undefined, rules, overrides)
  if (found.isEmpty || found.config === undefined || found.config === null) {
    return resolveConfig({}, rules, { ...overrides, filepath: found.filepath })
  }
  return resolveConfig(found.config as Config, rules, { ...overrides, filepath: found.filepath })
}

async function cosmiconfigFind(options: LoadConfigOptions): Promise<Found> {
  const { cosmiconfig } = await import('cosmiconfig')
  const explorer = cosmiconfig('medlint', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project', cache: false })
  try {
    return options.configFile ? await explorer.load(options.configFile) : await explorer.search(options.cwd ?? process.cwd())
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw configError(options.configFile, 'config file not found')
    if (error instanceof MedlintError) throw error
    // cosmiconfig's parse errors name the file and then the problem over several lines: keep the first.
    const text = String(err.message ?? err).replace(/\s+/g, ' ').trim()
    throw configError(options.configFile, `cannot load config: ${text}`)
  }
}

/** Returned by the quick look when only cosmiconfig can tell (it then does the whole job). */
const COSMICONFIG = Symbol('cosmiconfig')

/** Read failures cosmiconfig's search skips over, as if the file were not there. */
const SKIPPED = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES'])

/**
 * Does what cosmiconfig would do (searchStrategy `project`, empty files skipped) as long as
 * every file that matters is JSON; returns COSMICONFIG as soon as one is not, or is unusual.
 */
function quickFind(options: LoadConfigOptions): Found | typeof COSMICONFIG {
  try {
    if (hasMetaConfig(process.cwd())) return COSMICONFIG
    return options.configFile ? quickLoad(options.configFile) : quickSearch(options.cwd ?? process.cwd())
  } catch {
    return COSMICONFIG
  }
}

/**
 * Whether cosmiconfig would find a meta config in `cwd` (a `cosmiconfig` key in package.json,
 * package.yaml, `.config/config.*`), which can change where and how it looks.
 */
function hasMetaConfig(cwd: string): boolean {
  if (exists(join(cwd, 'package.yaml')) || exists(join(cwd, '.config'))) return true
  const text = read(join(cwd, 'package.json'))
  if (text === undefined) return false
  const pkg = parseObject(text)
  return !pkg || (pkg['cosmiconfig'] ?? null) !== null
}

function quickSearch(from: string): Found | typeof COSMICONFIG {
  let dir = resolvePath(from)
  for (;;) {
    for (const place of SEARCH_PLACES) {
      const filepath = join(dir, place)
      const text = read(filepath)
      if (text === undefined || text.trim() === '') continue
      if (place === 'package.json') {
        const pkg = parseObject(text)
        if (!pkg || (pkg['medlint'] ?? null) !== null) return COSMICONFIG
        continue
      }
      if (place !== '.medlintrc.json' && place !== '.medlintrc') return COSMICONFIG
      const config = parseObject(text)
      if (!config || Object.hasOwn(config, '$import')) return COSMICONFIG
      // `.medlintrc` is YAML to cosmiconfig: JSON reads the same unless it repeats a key or
      // holds characters YAML does not allow.
      if (place === '.medlintrc' && (NON_PRINTABLE.test(text) || memberCount(config) !== colonCount(text))) return COSMICONFIG
      return { config, filepath }
    }
    if (exists(join(dir, 'package.json')) || exists(join(dir, 'package.yaml'))) return null
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

function quickLoad(file: string): Found | typeof COSMICONFIG {
  const filepath = resolvePath(file)
  if (extname(filepath) !== '.json' || basename(filepath) === 'package.json') return COSMICONFIG
  const text = readFileSync(filepath, 'utf8')
  if (text.trim() === '') return { config: undefined, filepath, isEmpty: true }
  const config = parseObject(text)
  if (!config || Object.hasOwn(config, '$import')) return COSMICONFIG
  return { config, filepath }
}

/** A file's text; undefined when cosmiconfig would skip it. Other failures throw. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if (SKIPPED.has((error as NodeJS.ErrnoException).code ?? '')) return undefined
    throw error
  }
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return false
    throw error
  }
}

/** JSON text parsed to a plain object; undefined when it does not parse or is not an object. */
function parseObject(text: string): Record<string, unknown> | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** Characters js-yaml refuses in a document. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/

/** Object members in a parsed JSON value (a repeated key counts once). */
function memberCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + memberCount(v), 0)
  if (value === null || typeof value !== 'object') return 0
  let n = 0
  for (const key of Object.keys(value)) n += 1 + memberCount((value as Record<string, unknown>)[key])
  return n
}

/** Colons outside strings in JSON text: one per object member, repeated keys included. */
function colonCount(text: string): number {
  let n = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x3a) n++
  }
  return n
}
