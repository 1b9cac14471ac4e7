import { configError } from '../errors.js'
import type { AnyRule, OptionSpec } from '../rule.js'
import type { SeverityName } from '../types.js'
import { CONFIG_KEYS } from './schema.js'
import type { Config, ResolvedConfig, ResolvedRule, RuleSetting, Settings, TaxonomyMap } from './schema.js'

export const PRESET_NAMES = ['medlint:recommended', 'medlint:all', 'medlint:strict', 'medlint:ymyl'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

export const DEFAULT_SETTINGS: Settings = { locale: 'en-US', taxonomies: {} }

/** Rule severities of a preset, derived from each rule's metadata. */
export function presetRules(name: PresetName, rules: readonly AnyRule[]): Record<string, SeverityName> {
  const out: Record<string, SeverityName> = {}
  for (const rule of rules) {
    switch (name) {
      case 'medlint:recommended':
        out[rule.id] = rule.recommended || 'off'
        break
      case 'medlint:all':
      case 'medlint:strict':
        out[rule.id] = rule.severity
        break
      case 'medlint:ymyl':
        out[rule.id] = rule.ymyl ?? (rule.category === 'medical' || rule.category === 'trust' ? 'error' : rule.recommended || 'off')
        break
    }
  }
  return out
}

const SEVERITIES: Record<string, SeverityName> = {
  off: 'off',
  '0': 'off',
  info: 'info',
  warn: 'warn',
  warning: 'warn',
  '1': 'warn',
  error: 'error',
  '2': 'error',
}

export function parseSeverity(value: unknown): SeverityName | undefined {
  return typeof value === 'string' || typeof value === 'number' ? SEVERITIES[String(value)] : undefined
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v
}

/** Checks one option value against its spec; returns a problem or undefined. */
export function checkOption(spec: OptionSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected a boolean, got ${typeName(value)}`
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number, got ${typeName(value)}`
      if (spec.integer && !Number.isInteger(value)) return `expected a whole number, got ${value}`
      if (spec.min !== undefined && value < spec.min) return `expected at least ${spec.min}, got ${value}`
      if (spec.max !== undefined && value > spec.max) return `expected at most ${spec.max}, got ${value}`
      return undefined
    }
    case 'string':
      if (typeof value !== 'string') return `expected a string, got ${typeName(value)}`
      if (spec.enum && !spec.enum.includes(value)) return `expected one of ${spec.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}`
      return undefined
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'expected an array of strings'
    case 'number[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'number') ? undefined : 'expected an array of numbers'
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) return `expected an object, got ${typeName(value)}`
      return spec.validate?.(value as Record<string, unknown>)
  }
}

/** Fills in defaults and validates a rule's options; `where` names the config key for errors. */
export function resolveOptions(rule: AnyRule, given: Record<string, unknown> | undefined, file: string | undefined, where: string): Record<string, unknown> {
  const options: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(rule.options as Record<string, OptionSpec>)) options[key] = spec.default
  if (given === undefined) return options
  if (!given || typeof given !== 'object' || Array.isArray(given)) throw configError(file, `${where}: options must be an object`)
  for (const [key, value] of Object.entries(given)) {
    const spec = (rule.options as Record<string, OptionSpec>)[key]
    if (!spec) {
      const known = Object.keys(rule.options)
      throw configError(file, `${where}: unknown option "${key}" for rule "${rule.id}"${known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'}`)
    }
    const problem = checkOption(spec, value)
    if (problem) throw configError(file, `${where}.${key}: ${problem}`)
    options[key] = value
  }
  return options
}

function parseRuleSetting(rule: AnyRule, setting: RuleSetting | unknown, file: string | undefined, where: string): { severity: SeverityName; options?: Record<string, unknown> } {
  if (Array.isArray(setting)) {
    if (setting.length === 0 || setting.length > 2) throw configError(file, `${where}: expected [severity, options]`)
    const severity = parseSeverity(setting[0])
    if (!severity) throw configError(file, `${where}: unknown severity ${JSON.stringify(setting[0])} (use "off", "info", "warn" or "error")`)
    const opts = setting[1] as Record<string, unknown> | undefined
    return opts === undefined ? { severity } : { severity, options: opts }
  }
  const severity = parseSeverity(setting)
  if (!severity) throw configError(file, `${where}: unknown severity ${JSON.stringify(setting)} (use "off", "info", "warn" or "error")`)
  return { severity }
}

export interface ResolveOptions {
  /** The file the config came from, named in errors. */
  filepath?: string | undefined
  /** `--rule id:severity` overrides, applied last. */
  ruleOverrides?: Record<string, RuleSetting>
}

/**
 * Applies presets and rule settings, and validates everything: an unknown key, preset, rule id,
 * severity or option is an error naming the key and the file.
 */
export function resolveConfig(config: Config | undefined, rules: readonly AnyRule[], options: ResolveOptions = {}): ResolvedConfig {
  const file = options.filepath
  const byId = new Map(rules.map((r) => [r.id, r]))
  const raw = (config ?? { extends: ['medlint:recommended'] }) as Record<string, unknown>
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw configError(file, 'config must be an object')
  for (const key of Object.keys(raw)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      throw configError(file, `unknown config key "${key}" (allowed: ${CONFIG_KEYS.filter((k) => k !== '$schema').join(', ')})`)
    }
  }
  const ext = raw['extends'] === undefined ? [] : Array.isArray(raw['extends']) ? raw['extends'] : [raw['extends']]
  const severities: Record<string, SeverityName> = {}
  const ruleOptions: Record<string, Record<string, unknown> | undefined> = {}
  for (const name of ext) {
    if (typeof name !== 'string' || !(PRESET_NAMES as readonly string[]).includes(name)) {
      throw configError(file, `extends: unknown preset ${JSON.stringify(name)} (presets: ${PRESET_NAMES.join(', ')})`)
    }
    Object.assign(severities, presetRules(name as PresetName, rules))
  }

  const apply = (settings: unknown, where: string) => {
    if (settings === undefined) return
    if (!settings || typeof settings !== 'object' || Array.isArray(settings)) throw configError(file, `${where}: must be an object mapping rule ids to severities`)
    for (const [id, setting] of Object.entries(settings)) {
      const rule = byId.get(id)
      if (!rule) throw configError(file, `${where}: unknown rule "${id}"${suggest(id, [...byId.keys()])}`)
      const parsed = parseRuleSetting(rule, setting, file, `${where}.${id}`)
      severities[id] = parsed.severity
      if (parsed.options) ruleOptions[id] = resolveOptions(rule, parsed.options, file, `${where}.${id}`)
    }
  }
  apply(raw['rules'], 'rules')
  if (options.ruleOverrides) apply(options.ruleOverrides, '--rule')

  const locale = raw['locale'] ?? DEFAULT_SETTINGS.locale
  if (typeof locale !== 'string' || !/^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/.test(locale)) throw configError(file, `locale: expected a language tag such as "en-US", got ${JSON.stringify(locale)}`)
  const taxonomies = checkTaxonomies(raw['taxonomies'], file)

  const resolved: Record<string, ResolvedRule> = {}
  for (const rule of rules) {
    const severity = severities[rule.id]
    if (!severity || severity === 'off') continue
    resolved[rule.id] = { severity, options: ruleOptions[rule.id] ?? resolveOptions(rule, undefined, file, `rules.${rule.id}`) }
  }
  return { rules: resolved, settings: { locale: locale.replace('_', '-'), taxonomies }, filepath: file }
}

function checkTaxonomies(value: unknown, file: string | undefined): TaxonomyMap {
  if (value === undefined) return {}
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw configError(file, 'taxonomies: expected an object with "categories" and/or "tags"')
  for (const [key, map] of Object.entries(value)) {
    if (key !== 'categories' && key !== 'tags') throw configError(file, `taxonomies: unknown key "${key}" (allowed: categories, tags)`)
    if (!map || typeof map !== 'object' || Array.isArray(map)) throw configError(file, `taxonomies.${key}: expected an object mapping term ids to names`)
    for (const [id, name] of Object.entries(map)) {
      if (!/^\d+$/.test(id)) throw configError(file, `taxonomies.${key}: "${id}" is not a term id`)
      const ok = typeof name === 'string' || (!!name && typeof name === 'object' && typeof (name as { name?: unknown }).name === 'string')
      if (!ok) throw configError(file, `taxonomies.${key}.${id}: expected a name or {name, slug}`)
    }
  }
  return value as TaxonomyMap
}

function suggest(id: string, known: string[]): string {
  const close = known.filter((k) => k.includes(id) || id.includes(k) || editDistance(k, id) <= 3)
  return close.length ? ` (did you mean ${close.slice(0, 3).map((c) => `"${c}"`).join(', ')}?)` : ''
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length]!
}
