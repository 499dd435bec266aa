import type { ArgsOf, Channel } from '../../../shared/ipc-contract';
import { CHANNELS } from '../../../shared/ipc-contract';
import type { IpcReply } from '../../common/ipc-reply';
import { UserError, type AppStringKey } from '../user-error';
import type { Handlers } from './handlers';
import { argsSchemas } from './schemas';

/** The part of an invoke event the adapter looks at. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
}

/** The part of Electron's `ipcMain` the adapter uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcReply<unknown>>): void;
}

export interface RegisterOptions {
  /** True for a page of the app itself (see `isAppUrl`). */
  isTrustedSender(url: string): boolean;
  /** An `app:` string in the user's current language. */
  message(key: AppStringKey, values?: Record<string, string | number>): string;
  /** Where refused requests and unexpected errors are written for developers. */
  log(message: string, detail?: unknown): void;
}

function senderUrl(event: InvokeEventLike): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    // Electron throws when the frame was destroyed while the request was in flight.
    return null;
  }
}

/**
 * The one adapter between Electron and the handlers: for every channel it refuses senders
 * that are not the app's own pages, validates the arguments, runs the handler and answers
 * with an {@link IpcReply} — the result, or a translated message without any stack.
 */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, options: RegisterOptions): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, ...args) => {
      const url = senderUrl(event);
      if (url === null || !options.isTrustedSender(url)) {
        options.log(`IPC ${channel} refused: sender ${url ?? '(gone)'} is not the app`);
        return { ok: false, message: options.message('errorBadRequest') };
      }
      const parsed = argsSchemas[channel].safeParse(args);
      if (!parsed.success) {
        options.log(`IPC ${channel} refused: malformed arguments`, parsed.error.issues);
        return { ok: false, message: options.message('errorBadRequest') };
      }
      try {
        const handler = handlers[channel] as (...a: ArgsOf<Channel>) => Promise<unknown>;
        return { ok: true, value: await handler(...(parsed.data as ArgsOf<Channel>)) };
      } catch (error) {
        if (error instanceof UserError) {
          if (error.cause) options.log(`IPC ${channel}: ${error.key}`, error.cause);
          return { ok: false, message: options.message(error.key, error.values) };
        }
        options.log(`IPC ${channel} failed`, error);
        return { ok: false, message: options.message('errorUnexpected') };
      }
    });
  }
}
