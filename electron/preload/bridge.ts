import { CHANNELS, bridgeName, type MenuCommand, type PilahBridge } from '../../shared/ipc-contract';
import appStrings from '../../shared/i18n/strings/app';
import { MENU_COMMAND_EVENT, type IpcReply } from '../common/ipc-reply';

/** The part of Electron's `ipcRenderer` the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function unwrap(reply: unknown): unknown {
  const r = reply as IpcReply<unknown> | null;
  if (r && r.ok === true) return r.value;
  // The message is already in the user's language; only it crosses to the page. A reply of
  // any other shape means main is broken, which the student can only be told in general.
  throw new Error(r && r.ok === false ? r.message : appStrings.id.errorUnexpected);
}

/**
 * `window.pilah`: one function per channel of the contract, each forwarding to main and
 * unwrapping its reply, plus the menu-command subscription. `ipcRenderer` itself never
 * reaches the page.
 */
export function createBridge(ipc: IpcRendererLike): PilahBridge {
  const bridge: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    bridge[bridgeName(channel)] = async (...args: unknown[]) => unwrap(await ipc.invoke(channel, ...args));
  }
  bridge.onMenuCommand = (listener: (command: MenuCommand) => void) => {
    const forward = (_event: unknown, payload: unknown) => {
      const command = (payload as { command?: unknown } | null)?.command;
      if (typeof command === 'string') listener(command as MenuCommand);
    };
    ipc.on(MENU_COMMAND_EVENT, forward);
    return () => {
      ipc.removeListener(MENU_COMMAND_EVENT, forward);
    };
  };
  return bridge as PilahBridge;
}
