// The contract's method names alone. The desktop preload's build replaces this
// module with the list itself (scripts/build-main.mjs), so the preload carries
// no zod; everywhere else the names are read from the contract's keys.
export { methodNames } from './contract';
