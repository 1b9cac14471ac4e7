import { rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { createTwoFilesPatch } from 'diff'
import { applyFixes } from './fix.js'
import type { FixType } from './fix.js'
import { inputError } from './errors.js'
import { readText } from './readers/index.js'
import { LintSession } from './session.js'
import type { AnyRule } from './rule.js'
import type { EngineOptions } from './engine.js'
import type { ResolvedConfig } from './config/schema.js'
import type { ReadPost } from './readers/index.js'
import type { LintResult } from './types.js'

/** Most passes over one file: a fix can uncover another (ESLint stops at 10 too). */
const MAX_PASSES = 10

export interface FixOutcome {
  /** The reads and results of the final text (what is reported). */
  reads: ReadPost[]
  results: LintResult[]
  /** The fixed text, when anything changed. */
  output?: string
  applied: number
}

/**
 * Lints a file's text, applies the allowed fixes, and lints again until nothing more is fixed.
 * Pure apart from the rules: writing is the caller's choice.
 */
export function fixText(text: string, path: string, config: ResolvedConfig, rules: readonly AnyRule[], types: ReadonlySet<FixType>, engine: EngineOptions = {}): FixOutcome {
  let current = text
  let applied = 0
  for (let pass = 0; ; pass++) {
    const reads = readText(current, path, { taxonomies: config.settings.taxonomies })
    const session = new LintSession(config, rules, engine)
    for (const read of reads) session.add(read)
    const results = session.results
    const next = pass < MAX_PASSES ? applyFixes(current, reads, results, types) : { text: current, applied: 0 }
    if (next.applied === 0 || next.text === current) {
      return current === text ? { reads, results, applied } : { reads, results, output: current, applied }
    }
    applied += next.applied
    current = next.text
  }
}

/** A unified diff of a fix, as `--fix-dry-run` prints it. */
export function fixDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 })
}

/**
 * Writes a fixed file atomically: a temporary file beside it, then a rename over it. A file
 * without write permission is refused (even for root, who could write it anyway).
 */
export async function writeAtomically(path: string, text: string, shown: string): Promise<void> {
  let mode: number
  try {
    mode = (await stat(path)).mode
  } catch {
    throw inputError(shown, 'cannot write the fix: file not found')
  }
  if ((mode & 0o222) === 0) throw inputError(shown, 'cannot write the fix: file is read-only')
  const temp = join(dirname(path), `.${basename(path)}.medlint-${process.pid}.tmp`)
  try {
    await writeFile(temp, text, { mode: mode & 0o7777 })
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw inputError(shown, `cannot write the fix: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}
