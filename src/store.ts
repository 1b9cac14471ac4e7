import { closeSync, openSync, readSync, rmSync, writeSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { StringDecoder } from 'node:string_decoder'
import { join } from 'node:path'
import { addMessageTo } from './engine.js'
import type { ResultSink } from './engine.js'
import type { LintMessage, LintResult } from './types.js'

/** Results kept in memory before a store starts writing them to disk. */
export const SPILL_AFTER = 2000

/**
 * A run's results for the CLI: kept in memory for ordinary runs, and written to a temporary
 * JSON Lines file once there are more than `spillAfter`, so that linting a 50,000-post export
 * keeps memory flat. Site-wide findings added to results already on disk are kept aside and
 * merged back when the results are read. Reading is synchronous and streaming.
 */
/** Stores with a temporary file, removed by `closeAllStores` however a run ends. */
const openStores = new Set<ResultStore>()

export function closeAllStores(): void {
  for (const store of openStores) store.close()
}

export class ResultStore implements ResultSink, Iterable<LintResult> {
  private memory: LintResult[] = []
  /** How many results are on disk (they come first). */
  private onDisk = 0
  private dir: string | undefined
  private fd: number | undefined
  private readonly added = new Map<number, LintMessage[]>()

  constructor(private readonly spillAfter = SPILL_AFTER) {}

  get length(): number {
    return this.onDisk + this.memory.length
  }

  /** Whether results were written to disk (formats that need them all at once load them back). */
  get spilled(): boolean {
    return this.onDisk > 0
  }

  push(result: LintResult): void {
    this.memory.push(result)
    if (this.memory.length > this.spillAfter) this.spill()
  }

  addMessage(index: number, message: LintMessage): void {
    if (index >= this.onDisk) {
      const result = this.memory[index - this.onDisk]
      if (result) addMessageTo(result, message)
      return
    }
    let list = this.added.get(index)
    if (!list) this.added.set(index, (list = []))
    list.push(message)
  }

  private spill(): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'medlint-'))
      this.fd = openSync(join(this.dir, 'results.jsonl'), 'w+')
      openStores.add(this)
    }
    writeSync(this.fd, this.memory.map((r) => JSON.stringify(r)).join('\n') + '\n')
    this.onDisk += this.memory.length
    this.memory = []
  }

  *[Symbol.iterator](): Iterator<LintResult> {
    let index = 0
    if (this.fd !== undefined) {
      for (const line of readLines(this.fd)) {
        const result = JSON.parse(line) as LintResult
        for (const m of this.added.get(index) ?? []) addMessageTo(result, m)
        index++
        yield result
      }
    }
    yield* this.memory
  }

  /** Every result in memory at once (for formats that need them all). */
  toArray(): LintResult[] {
    return [...this]
  }

  /** Removes the temporary file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd)
    if (this.dir) rmSync(this.dir, { recursive: true, force: true })
    this.fd = undefined
    this.dir = undefined
    openStores.delete(this)
  }
}

/** The lines of a file, read in 1 MiB chunks from the start. */
function* readLines(fd: number): Generator<string> {
  const buffer = Buffer.alloc(1 << 20)
  // A chunk can end inside a multi-byte character: the decoder keeps the partial bytes.
  const decoder = new StringDecoder('utf8')
  let position = 0
  let rest = ''
  for (;;) {
    const n = readSync(fd, buffer, 0, buffer.length, position)
    if (n === 0) break
    position += n
    const text = rest + decoder.write(buffer.subarray(0, n))
    const lines = text.split('\n')
    rest = lines.pop()!
    for (const line of lines) if (line) yield line
  }
  if (rest) yield rest
}
