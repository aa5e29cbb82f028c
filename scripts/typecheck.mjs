// npm run typecheck: the compiler over each part with its own libraries (shared has neither Node nor the
// DOM, main has Node, the renderer the DOM) and over everything with the tests, side by side.
import { runSideBySide } from './side-by-side.mjs';

await runSideBySide(
  'Type check',
  ['tsconfig.json', 'renderer/tsconfig.json', 'main/tsconfig.json', 'shared/tsconfig.json'].map((project) => ({
    title: `tsc -p ${project}`,
    bin: 'tsc',
    args: ['--noEmit', '-p', project],
  })),
);
