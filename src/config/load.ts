import { cosmiconfig } from 'cosmiconfig'
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

/**
 * Finds and loads the medlint config (cosmiconfig, module name `medlint`), validates it and
 * applies its presets. With no config file, `medlint:recommended` applies.
 */
export async function loadConfig(options: LoadConfigOptions = {}, rules: readonly AnyRule[] = allRules): Promise<ResolvedConfig> {
  const overrides = options.rules ? { ruleOverrides: options.rules } : {}
  if (options.noConfig) return resolveConfig(undefined, rules, overrides)
  const explorer = cosmiconfig('medlint', { searchPlaces: SEARCH_PLACES, searchStrategy: 'project', cache: false })
  let found: { config: unknown; filepath: string; isEmpty?: boolean } | null
  try {
    found = options.configFile ? await explorer.load(options.configFile) : await explorer.search(options.cwd ?? process.cwd())
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    if (err.code === 'ENOENT') throw configError(options.configFile, 'config file not found')
    if (error instanceof MedlintError) throw error
    // cosmiconfig's parse errors name the file and then the problem over several lines: keep the first.
    const text = String(err.message ?? err).replace(/\s+/g, ' ').trim()
    throw configError(options.configFile, `cannot load config: ${text}`)
  }
  if (!found) return resolveConfig(undefined, rules, overrides)
  if (found.isEmpty || found.config === undefined || found.config === null) {
    return resolveConfig({}, rules, { ...overrides, filepath: found.filepath })
  }
  return resolveConfig(found.config as Config, rules, { ...overrides, filepath: found.filepath })
}
