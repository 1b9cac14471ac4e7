import { readFileSync } from 'node:fs'
import { defaultLoaders } from 'cosmiconfig'
import { describe, expect, it } from 'vitest'
import { formatters } from '../src/formatters/registry.js'
import { root } from './helpers.js'

const yaml = (name: string) => defaultLoaders['.yaml'](`${root}${name}`, readFileSync(`${root}${name}`, 'utf8')) as never

describe('pre-commit hook and GitHub Action', () => {
  it('.pre-commit-hooks.yaml declares a medlint hook that runs the bin on post files', () => {
    const hooks = yaml('.pre-commit-hooks.yaml') as { id: string; entry: string; language: string; files: string }[]
    expect(hooks).toEqual([expect.objectContaining({ id: 'medlint', entry: 'medlint', language: 'node' })])
    const files = new RegExp(hooks[0]!.files)
    expect(['posts/a.json', 'b.html', 'export.xml'].every((f) => files.test(f))).toBe(true)
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
    expect(pkg.bin.medlint).toBe('bin/medlint.js')
  })

  it('action.yml runs the CLI with formats that exist and uploads the SARIF file', () => {
    const action = yaml('action.yml') as { runs: { using: string; steps: { run?: string; uses?: string; with?: Record<string, string> }[] } }
    expect(action.runs.using).toBe('composite')
    const lint = action.runs.steps.find((s) => s.run?.includes('bin/medlint.js'))!
    const used = [...lint.run!.matchAll(/-f "?([a-z-]+)/g)].map((m) => m[1]!)
    expect(used.length).toBeGreaterThan(0)
    for (const f of used) expect(Object.keys(formatters)).toContain(f)
    expect(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true)
  })
})
