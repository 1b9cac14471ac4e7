/**
 * An error medlint reports as one line, without a stack trace: bad input, bad config,
 * bad usage. `file` is named first in the message when known.
 */
export class MedlintError extends Error {
  readonly kind: 'input' | 'config' | 'usage'
  readonly file: string | undefined

  constructor(kind: 'input' | 'config' | 'usage', message: string, file?: string) {
    super(file ? `${file}: ${message}` : message)
    this.name = 'MedlintError'
    this.kind = kind
    this.file = file
  }
}

export function inputError(file: string, message: string): MedlintError {
  return new MedlintError('input', message, file)
}

export function configError(file: string | undefined, message: string): MedlintError {
  return new MedlintError('config', message, file)
}

export function usageError(message: string): MedlintError {
  return new MedlintError('usage', message)
}
