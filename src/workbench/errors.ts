/**
 * Errors the workbench queries throw, so that each caller can tell bad input from an unknown id: the CLI prints
 * the message either way; the API server answers 400 or 404 with it.
 */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

export class BadInputError extends Error {
  override readonly name = 'BadInputError';
}
