/**
 * The contract's method names, without the schemas: what the desktop preload
 * needs (it is bundled on its own, and should not carry zod). contract.ts
 * checks at compile time that this list and the contract's keys are the same.
 */
export const methodNames = [
  'listBriefs',
  'getBrief',
  'createBrief',
  'saveBrief',
  'duplicateBrief',
  'trashBrief',
  'restoreBrief',
  'purgeBrief',
  'addImage',
  'getAppInfo',
] as const;

export type MethodName = (typeof methodNames)[number];

/** IPC channel of a method (desktop shell). */
export const ipcChannel = (name: MethodName): string => `briefdesk:${name}`;
