// The library entry (package "exports" "."): the stages of the CLI as functions. Only applyPlan
// loads the HTTP stack, and only when it is called.
export type { Credentials } from './api/types.js';
export { type ApplyPlanOptions, type ApplyPlanResult, applyPlan } from './apply/api.js';
export type { RetryPolicy } from './apply/backoff.js';
export type { EmitEvent, RunnerEvent, StepOutcome } from './apply/events.js';
export type { OrderReport } from './apply/report.js';
export { startEmulator } from './emulator/index.js';
export type { Emulator, EmulatorOptions } from './emulator/types.js';
export {
  ApiError,
  ApplyStoppedError,
  ConflictError,
  ExitCode,
  InputError,
  type Issue,
  LockedError,
  OrderformError,
  UsageError,
} from './errors.js';
export { loadManifests, loadValidManifests } from './manifest/load.js';
export type { LoadedManifest, LoadOptions, LoadResult } from './manifest/types.js';
export { type CompileOptions, compilePlan } from './plan/compile.js';
export { renderPlanMarkdown } from './plan/render-markdown.js';
export { renderPlanText } from './plan/render-text.js';
export type { OrderPlan, Plan, PlanStep } from './plan/types.js';
export { VERSION } from './version.js';
