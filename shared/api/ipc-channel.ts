/** IPC channel of a contract method (desktop shell). */
export const ipcChannel = (name: string): string => `briefdesk:${name}`;
