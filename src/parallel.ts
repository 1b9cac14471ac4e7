import { Worker } from 'node:worker_threads'
import { MedlintError } from './errors.js'
import type { ResolvedConfig } from './config/schema.js'
import type { LintedUnit } from './session.js'
import type { WorkerAnswer, WorkerJob } from './worker.js'

export interface ParallelInput {
  text: string
  shown: string
  /** Already linted (taken from the cache): passed through in order without a worker. */
  unit?: LintedUnit
}

/**
 * Lints inputs on `concurrency` worker threads and hands back each unit in input order (so the
 * output does not depend on which worker finished first). An input error rejects with the same
 * one-line MedlintError the main thread would have raised, for the first failing input in order.
 */
export async function lintInWorkers(
  inputs: AsyncIterable<ParallelInput> | Iterable<ParallelInput>,
  config: ResolvedConfig,
  options: { concurrency: number; inlineConfig: boolean; keepSource: boolean },
  onUnit: (unit: LintedUnit, index: number) => void | Promise<void>,
): Promise<void> {
  const url = new URL('./worker.js', import.meta.url)
  const workers = Array.from({ length: Math.max(1, options.concurrency) }, () => new Worker(url, { workerData: { config, inlineConfig: options.inlineConfig, keepSource: options.keepSource } }))
  const pending = new Map<number, { resolve: (a: WorkerAnswer) => void }>()
  const answers = new Map<number, Promise<WorkerAnswer>>()
  const idle: Worker[] = [...workers]
  const waiters: ((w: Worker) => void)[] = []
  let failure: unknown
  for (const worker of workers) {
    worker.on('message', (answer: WorkerAnswer) => {
      pending.get(answer.id)?.resolve(answer)
      pending.delete(answer.id)
      const waiter = waiters.shift()
      if (waiter) waiter(worker)
      else idle.push(worker)
    })
    worker.on('error', (error) => {
      failure ??= error
      for (const p of pending.values()) p.resolve({ id: -1, error: { kind: 'internal', message: error.message } })
      pending.clear()
    })
  }
  const take = (): Promise<Worker> => {
    const w = idle.pop()
    return w ? Promise.resolve(w) : new Promise((resolve) => waiters.push(resolve))
  }

  let next = 0
  let delivered = 0
  const deliver = async () => {
    while (answers.has(delivered)) {
      const answer = await answers.get(delivered)!
      answers.delete(delivered)
      if ('error' in answer) {
        if (answer.error.kind === 'internal') {
          const error = new Error(answer.error.message)
          if (answer.error.stack) error.stack = answer.error.stack
          throw error
        }
        // The worker's message already names the file.
        const error = new MedlintError(answer.error.kind, answer.error.message)
        throw error
      }
      await onUnit(answer.unit, delivered)
      delivered++
    }
  }
  try {
    for await (const input of inputs) {
      if (failure) throw failure
      const id = next++
      if (input.unit) {
        answers.set(id, Promise.resolve({ id, unit: input.unit }))
      } else {
        const worker = await take()
        answers.set(id, new Promise<WorkerAnswer>((resolve) => pending.set(id, { resolve })))
        worker.postMessage({ id, text: input.text, shown: input.shown } satisfies WorkerJob)
      }
      // Deliver whatever is ready in order; keep at most a few answers waiting behind a slow one.
      if (answers.size > workers.length * 4) await deliver()
      else if (answers.has(delivered)) {
        const first = answers.get(delivered)!
        const settled = await Promise.race([first.then(() => true), Promise.resolve(false)])
        if (settled) await deliver()
      }
    }
    await deliver()
    if (failure) throw failure
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}
