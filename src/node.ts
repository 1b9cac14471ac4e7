// The Node.js entry: everything in the core, plus file system and config-file loading.
export * from './index.js'
export { lintFiles } from './files.js'
export type { LintFilesOptions } from './files.js'
export { loadConfig } from './config/load.js'
export type { LoadConfigOptions } from './config/load.js'
