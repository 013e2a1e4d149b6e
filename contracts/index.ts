/**
 * contracts/: what the Electron main process, the preload and the renderer agree on — IPC
 * channel names, size limits, request and result types (./ipc.ts) and the zod schemas of what
 * the main process accepts (./ipcSchemas.ts). Declarations and schemas only: this folder imports
 * nothing but zod, and nothing from electron/ or renderer/ (tests/unit/architecture.test.ts).
 *
 * The sandboxed preload imports ./ipc.ts directly, so zod is not bundled into it.
 */
export * from './ipc';
export * from './ipcSchemas';
export * from './sync';
