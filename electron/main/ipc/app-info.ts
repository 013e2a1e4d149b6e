import * as z from 'zod';
import { type AppInfo, IPC_CHANNELS } from '../../../contracts';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';

export interface AppInfoDeps {
  isTrustedSender: SenderCheck;
  appInfo: () => AppInfo;
}

export function registerAppInfoHandler(ipcMain: IpcRegistrar, deps: AppInfoDeps): void {
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.appInfo,
    args: z.tuple([]),
    run: () => deps.appInfo(),
  });
}
