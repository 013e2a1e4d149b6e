import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import * as z from 'zod';

/** The part of ipcMain the handlers need; tests pass a fake. */
export type IpcRegistrar = Pick<IpcMain, 'handle'>;

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export interface ValidatedHandler<Args extends unknown[], Result> {
  channel: string;
  /** Schema of the whole argument list, as a tuple: extra arguments are refused too. */
  args: z.ZodType<Args>;
  run: (...args: Args) => Result | Promise<Result>;
}

/**
 * Registers an IPC handler that refuses untrusted senders before looking at anything else, then
 * refuses arguments that do not match the schema. Errors reach the renderer as rejected promises.
 */
export function handleValidated<Args extends unknown[], Result>(
  ipcMain: IpcRegistrar,
  isTrustedSender: SenderCheck,
  handler: ValidatedHandler<Args, Result>,
): void {
  ipcMain.handle(handler.channel, async (event: IpcMainInvokeEvent, ...rawArgs: unknown[]) => {
    if (!isTrustedSender(event)) {
      throw new Error(`Appel refusé (${handler.channel}) : l'expéditeur n'est pas Recouvra.`);
    }
    const parsed = handler.args.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(
        `Arguments invalides (${handler.channel}) :\n${z.prettifyError(parsed.error)}`,
      );
    }
    return handler.run(...parsed.data);
  });
}
