import type { ErrorBody } from '../../contracts/sync.ts';

/** A refused request: HTTP status, a stable code and a French message for the user. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  body(): ErrorBody & Record<string, unknown> {
    return { error: this.code, message: this.message, ...this.extra };
  }
}

export const unauthenticated = (message = 'Connectez-vous pour accéder au serveur Recouvra.') =>
  new HttpError(401, 'unauthenticated', message);

export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);

export const badRequest = (message: string) => new HttpError(400, 'bad_request', message);

export const notFound = (message: string) => new HttpError(404, 'not_found', message);

export const conflict = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new HttpError(409, code, message, extra);
