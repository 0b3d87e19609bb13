// The import directions between the folders of src/ (README, Development). `npm run boundaries`
// checks them, and `npm run check` runs it, so a wrong-way import fails before it can land.
// Type-only imports count: a type drags its module's meaning along even when no code follows.

// Any folder may use these: plain data types and pure helpers, the error classes, the version.
const NEUTRAL = ['shared/', 'errors\\.ts$', 'version\\.ts$'];

// Folder -> the folders of ours it may import besides itself and NEUTRAL.
const ALLOWED = {
  cli: ['apply', 'state', 'plan', 'api', 'manifest', 'catalog', 'emulator'],
  apply: ['state', 'plan', 'api', 'manifest', 'catalog'],
  state: ['plan', 'api', 'manifest'],
  // catalog reads go through api; plan never imports catalog, so it cannot reach api through it.
  catalog: ['api', 'manifest'],
  plan: ['manifest'],
  api: [],
  manifest: [],
  // Only its own folder and NEUTRAL; the rule below also keeps it from the layers it serves.
  emulator: [],
  shared: [],
};

const alternatives = (names) =>
  names.map((name) => (name.includes('\\') || name.endsWith('/') ? name : `${name}/`));

const directionRules = Object.entries(ALLOWED).map(([from, allowed]) => ({
  name: `${from}-imports`,
  comment: `src/${from}/ may import only ${[from, ...allowed].join(', ')} and ${NEUTRAL.join(', ')}`,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: {
    path: '^src/',
    pathNot: `^src/(${alternatives([from, ...allowed]).join('|')}|${NEUTRAL.join('|')})`,
  },
}));

module.exports = {
  forbidden: [
    ...directionRules,
    {
      name: 'emulator-importers',
      comment: 'The emulator is a product apart: only the CLI and the library entry start it (and tests).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli/|emulator/|index\\.ts$)' },
      to: { path: '^src/emulator/' },
    },
    {
      name: 'neutral-imports-nothing',
      comment: 'errors.ts, version.ts and shared/ sit under every folder, so they import none of them.',
      severity: 'error',
      from: { path: `^src/(${NEUTRAL.join('|')})` },
      to: { path: '^src/', pathNot: `^src/(${NEUTRAL.join('|')})` },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one; split out what both need.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // TypeScript 7 has no compiler API that dependency-cruiser can load; swc parses the sources.
    parser: 'swc',
    tsPreCompilationDeps: true,
  },
};
