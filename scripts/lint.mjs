// npm run lint: ESLint (code rules and the boundaries between the parts of the app),
// dependency-cruiser (no import cycles) and Prettier's check, run side by side. Each tool's
// output is printed whole once it is done; the step fails when any of them does.
import { runSideBySide } from './side-by-side.mjs';

await runSideBySide(
  'Lint',
  [
    { title: 'ESLint', bin: 'eslint', args: ['.', '--max-warnings=0'] },
    { title: 'dependency-cruiser', bin: 'depcruise', args: ['main', 'shared', 'renderer', '--config', '.dependency-cruiser.cjs'] },
    { title: 'Prettier', bin: 'prettier', args: ['--check', '.', '--log-level=warn'] },
  ],
  3,
);
