import { execFileSync } from 'node:child_process';

// End-to-end tests spawn the built CLI, so the bundle must match the sources under test.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
