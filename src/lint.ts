import { rules as allRules } from '../rules/index.js'
import { LintSession } from './session.js'
import { resolveConfig } from './config/resolve.js'
import { readText, readValue } from './readers/index.js'
import type { ReadPost } from './readers/index.js'
import type { AnyRule } from './rule.js'
import type { EngineOptions } from './engine.js'
import type { Config, ResolvedConfig, RuleSetting } from './config/schema.js'
import type { LintResult } from './types.js'

export interface LintOptions {
  /** A config object (as in `.medlintrc.json`) or one returned by `loadConfig`. Default: `medlint:recommended`. */
  config?: Config | ResolvedConfig
  /** Rule settings applied over the config, as `--rule` does. */
  rules?: Record<string, RuleSetting>
  /** Name of the input in results and messages (default `<input>`). */
  filePath?: string
  /** Honour `<!-- medlint-disable … -->` comments in the content (default true). */
  inlineConfig?: boolean
  /** Keep each post's content HTML in its result (`result.source`), which the html format renders. */
  keepSource?: boolean
}

/** Posts as `lint` accepts them: a REST post object, an array of them, or JSON/HTML text. */
export type LintInput = string | Record<string, unknown> | readonly Record<string, unknown>[]

export function isResolvedConfig(config: Config | ResolvedConfig | undefined): config is ResolvedConfig {
  return !!config && typeof config === 'object' && 'settings' in config && typeof (config as ResolvedConfig).settings === 'object'
}

/** Resolves a config object against the rules, applying overrides. */
export function toResolvedConfig(options: LintOptions, rules: readonly AnyRule[] = allRules): ResolvedConfig {
  const { config } = options
  if (isResolvedConfig(config)) {
    if (!options.rules) return config
    const patch = resolveConfig({ rules: options.rules }, rules)
    return { ...config, rules: { ...config.rules, ...patch.rules } }
  }
  return resolveConfig(config, rules, options.rules ? { ruleOverrides: options.rules } : {})
}

/** Lints posts that are already read, together (site-wide rules run when there are several). */
export function lintRead(posts: readonly ReadPost[], config: ResolvedConfig, rules: readonly AnyRule[] = allRules, engine: EngineOptions = {}): LintResult[] {
  // Site-wide rules compare posts: with one post there is nothing for them to collect.
  const session = new LintSession(config, rules, posts.length > 1 ? engine : { ...engine, site: false })
  for (const read of posts) session.add(read)
  return session.finish()
}

/**
 * Lints a post (REST API object or JSON/HTML text) or an array of posts. Never prints and never
 * exits; bad input or config rejects with a `MedlintError`.
 */
export async function lint(input: LintInput, options: LintOptions = {}): Promise<LintResult[]> {
  const config = toResolvedConfig(options)
  const path = options.filePath ?? '<input>'
  const read = typeof input === 'string'
    ? readText(input, path, { taxonomies: config.settings.taxonomies })
    : readValue(input, path, { taxonomies: config.settings.taxonomies })
  return lintRead(read, config, allRules, { inlineConfig: options.inlineConfig !== false, keepSource: !!options.keepSource })
}
