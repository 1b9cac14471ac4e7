import type { SeverityName } from '../types.js'

/** id → name (or {name, slug}) maps used when a REST post carries term ids only. */
export interface TaxonomyMap {
  categories?: Record<string, string | { name: string; slug?: string }>
  tags?: Record<string, string | { name: string; slug?: string }>
}

export type RuleSetting = SeverityName | 0 | 1 | 2 | [SeverityName | 0 | 1 | 2, Record<string, unknown>?]

/** A config file's contents (`.medlintrc.json`, `package.json#medlint`, `medlint.config.js`…). */
export interface Config {
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  /** Site locale, e.g. `en-US`, `en-GB`: picks emergency numbers and spelling. */
  locale?: string
  taxonomies?: TaxonomyMap
}

/** Settings every rule can read. */
export interface Settings {
  locale: string
  taxonomies: TaxonomyMap
}

export interface ResolvedRule {
  severity: Exclude<SeverityName, 'off'>
  options: Record<string, unknown>
}

/** A config with presets applied and options validated: what the engine runs. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRule>
  settings: Settings
  /** Where the config came from (undefined: defaults). */
  filepath?: string | undefined
}

export const CONFIG_KEYS = ['extends', 'rules', 'locale', 'taxonomies', '$schema'] as const
