import { createHash } from 'node:crypto'
import { readFile, rename, writeFile } from 'node:fs/promises'
import type { ResolvedConfig } from './config/schema.js'
import type { LintedUnit } from './session.js'

interface CacheFile {
  /** medlint version + config hash: a change to either empties the cache. */
  key: string
  entries: Record<string, { hash: string; unit: LintedUnit }>
}

export const DEFAULT_CACHE_LOCATION = '.medlintcache'

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * `--cache`: results of unchanged inputs are taken from the cache file instead of linting them
 * again. An input is unchanged when its content hash is; the cache is keyed by medlint's version
 * and a hash of the resolved config, so a new version or config lints everything again.
 */
export class LintCache {
  private data: CacheFile
  private dirty = false
  private used = new Set<string>()

  private constructor(
    readonly location: string,
    readonly key: string,
    data: CacheFile | undefined,
  ) {
    this.data = data && data.key === key ? data : { key, entries: {} }
  }

  static async open(location: string, config: ResolvedConfig, version: string): Promise<LintCache> {
    const key = `${version}:${hashText(JSON.stringify({ rules: config.rules, settings: config.settings }))}`
    let data: CacheFile | undefined
    try {
      data = JSON.parse(await readFile(location, 'utf8')) as CacheFile
      if (!data || typeof data !== 'object' || typeof data.entries !== 'object') data = undefined
    } catch {
      // No cache yet, or an unreadable one: start afresh.
      data = undefined
    }
    return new LintCache(location, key, data)
  }

  get(file: string, hash: string): LintedUnit | undefined {
    const entry = this.data.entries[file]
    if (!entry || entry.hash !== hash) return undefined
    this.used.add(file)
    return entry.unit
  }

  set(file: string, hash: string, unit: LintedUnit): void {
    this.data.entries[file] = { hash, unit }
    this.used.add(file)
    this.dirty = true
  }

  /** Writes the cache (atomically), keeping entries for files this run did not see. */
  async save(): Promise<void> {
    if (!this.dirty) return
    const temp = `${this.location}.${process.pid}.tmp`
    await writeFile(temp, JSON.stringify(this.data))
    await rename(temp, this.location)
  }
}
