// A lint worker thread: lints the texts the main thread sends, with the config it was started
// with, and posts back plain-data units (results + site entries) or a one-line error.
import { parentPort, workerData } from 'node:worker_threads'
import { rules } from '../rules/index.js'
import { MedlintError } from './errors.js'
import { readText } from './readers/index.js'
import { lintUnit } from './session.js'
import type { ResolvedConfig } from './config/schema.js'

export interface WorkerJob {
  id: number
  text: string
  shown: string
}

export type WorkerAnswer =
  | { id: number; unit: import('./session.js').LintedUnit }
  | { id: number; error: { kind: 'input' | 'config' | 'usage' | 'internal'; message: string; stack?: string } }

const { config, inlineConfig, keepSource } = workerData as { config: ResolvedConfig; inlineConfig: boolean; keepSource: boolean }

parentPort!.on('message', (job: WorkerJob) => {
  let answer: WorkerAnswer
  try {
    const unit = lintUnit(readText(job.text, job.shown, { taxonomies: config.settings.taxonomies }), config, rules, { inlineConfig, keepSource })
    answer = { id: job.id, unit }
  } catch (error) {
    answer =
      error instanceof MedlintError
        ? { id: job.id, error: { kind: error.kind, message: error.message } }
        : { id: job.id, error: { kind: 'internal', message: (error as Error)?.message ?? String(error), ...((error as Error)?.stack ? { stack: (error as Error).stack! } : {}) } }
  }
  parentPort!.postMessage(answer)
})
