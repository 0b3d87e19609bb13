/** The environment a test run of the CLI sees: this one, less what would point it at a real account. */
export function cliEnv(given: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...given };
  for (const key of [
    'HOSTWAY_API_URL',
    'HOSTWAY_USERNAME',
    'HOSTWAY_PASSWORD',
    'CI',
    'FORCE_COLOR',
    'ORDERFORM_STATE',
    'ORDERFORM_STATE_KEY',
  ]) {
    if (!(key in given)) delete env[key];
  }
  return env;
}
