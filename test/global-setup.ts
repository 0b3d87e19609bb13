import { execFileSync } from 'node:child_process';

// End-to-end tests spawn the built CLI, so dist/ must match the sources under test. Nothing
// rebuilds it while tests run.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
